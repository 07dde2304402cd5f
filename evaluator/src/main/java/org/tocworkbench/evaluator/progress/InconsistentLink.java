package org.tocworkbench.evaluator.progress;

/**
 * A link whose cause is off track while its effect is on track or achieved: either the theory is
 * missing another cause of the effect, or the data of one of the two are wrong.
 */
public record InconsistentLink(String from, String to, Status fromStatus, Status toStatus, String message) {
    public String key() {
        return from + " -> " + to;
    }
}
