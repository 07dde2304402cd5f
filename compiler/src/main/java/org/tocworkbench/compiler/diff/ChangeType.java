package org.tocworkbench.compiler.diff;

/** How an element differs between two versions of a theory. */
public enum ChangeType {
    /** Only in the new version. */
    ADDED("added", "+"),
    /** Only in the old version. */
    REMOVED("removed", "-"),
    /** In both under the same id, with some property changed. */
    CHANGED("changed", "~"),
    /** The same element under a new id (matched by its content), possibly with some property changed too. */
    RENAMED("renamed", ">");

    private final String word;
    private final String marker;

    ChangeType(String word, String marker) {
        this.word = word;
        this.marker = marker;
    }

    public String word() {
        return word;
    }

    /** The one-character marker of the terminal summary. */
    public String marker() {
        return marker;
    }
}
