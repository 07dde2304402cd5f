package org.tocworkbench.evaluator.standards;

/**
 * A source {@code toc import} cannot use, with one message saying what was looked for and what
 * was found. {@code unreadable} is true when the file could not be read at all (exit 3); false
 * when it was read and is not what it should be (exit 1).
 */
public final class StandardsException extends Exception {
    private final boolean unreadable;

    public StandardsException(String message, boolean unreadable) {
        super(message);
        this.unreadable = unreadable;
    }

    public boolean unreadable() {
        return unreadable;
    }
}
