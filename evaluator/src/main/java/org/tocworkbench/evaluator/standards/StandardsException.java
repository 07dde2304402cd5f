package org.tocworkbench.evaluator.standards;

/**
 * A source {@code toc import} cannot use, with one message saying what was looked for and what
 * was found. {@code unreadable} is true when the file could not be read at all (exit 3); false
 * when it was read and is not what it should be (exit 1); {@code usage} when an option does not fit the
 * file (exit 2).
 */
public final class StandardsException extends Exception {
    private final boolean unreadable;
    private final boolean usage;

    public StandardsException(String message, boolean unreadable) {
        this(message, unreadable, false);
    }

    private StandardsException(String message, boolean unreadable, boolean usage) {
        super(message);
        this.unreadable = unreadable;
        this.usage = usage;
    }

    /** An option that does not fit the file (an unknown {@code --activity}): a usage error, exit 2. */
    static StandardsException usage(String message) {
        return new StandardsException(message, false, true);
    }

    public boolean usage() {
        return usage;
    }

    public boolean unreadable() {
        return unreadable;
    }
}
