package org.tocworkbench.compiler.diff;

/** What kind of element of a theory a change is about, in the order a diff lists them. */
public enum ElementKind {
    THEORY("theory", "Theory"),
    ACTOR("actor", "Actors"),
    RESULT("result", "Results"),
    LINK("link", "Links"),
    ASSUMPTION("assumption", "Assumptions"),
    INDICATOR("indicator", "Indicators"),
    PATHWAY("pathway", "Pathways"),
    DATA("data", "Data bindings");

    private final String word;
    private final String heading;

    ElementKind(String word, String heading) {
        this.word = word;
        this.heading = heading;
    }

    /** The word in JSON ({@code result}). */
    public String word() {
        return word;
    }

    /** The heading of the kind's group in a summary ({@code Results}). */
    public String heading() {
        return heading;
    }
}
