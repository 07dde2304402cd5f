package org.tocworkbench.render;

/**
 * The status of a result in a progress overlay, as the evaluator computes it (PRODUCT.md §5).
 * The diagram fills the node with the status colour and writes the status word in the label,
 * so that the status reads in greyscale and for colour-blind readers too.
 */
public enum ProgressStatus {
    ACHIEVED("achieved"),
    ON_TRACK("on track"),
    AT_RISK("at risk"),
    OFF_TRACK("off track"),
    NO_DATA("no data"),
    NOT_STARTED("not started");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    /** As printed in the diagram, e.g. "on track". */
    public String label() {
        return label;
    }
}
