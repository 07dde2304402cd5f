package org.tocworkbench.compiler.whatif;

/** What becomes of a result when something fails, from best to worst (docs/what-if.md). */
public enum FailureState {
    /** Untouched, or kept alive by a sufficient cause. */
    STANDS("stands"),
    /** Lost a cause (or its cause is itself weakened) but not one it cannot do without. */
    WEAKENED("weakened"),
    /** Failed itself, lost a necessary cause, lost every cause, or rests on an assumption that failed. */
    FAILED("fails");

    private final String label;

    FailureState(String label) {
        this.label = label;
    }

    /** As the reports say it: {@code fails}. */
    public String label() {
        return label;
    }

    /** Stable machine-readable form: {@code failed}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    FailureState worse(FailureState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
