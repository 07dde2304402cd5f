package org.tocworkbench.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error for work made of a few steps
 * ({@code [=====     ] 2/3 comparing}), shown only when standard error is a terminal and
 * cleared when the work is done, so that piped and captured output never holds it.
 */
final class StepProgress implements AutoCloseable {
    private static final int WIDTH = 20;
    private final PrintWriter err;
    private final int steps;
    private final boolean shown;
    private int lastLength;

    StepProgress(PrintWriter err, int steps) {
        this(err, steps, System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM")));
    }

    StepProgress(PrintWriter err, int steps, boolean shown) {
        this.err = err;
        this.steps = steps;
        this.shown = shown;
    }

    /** Starts step {@code step} (1-based), saying what it does. */
    void step(int step, String what) {
        if (!shown) {
            return;
        }
        int filled = WIDTH * (step - 1) / steps;
        String line = "[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + step + "/" + steps + " " + what;
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Clears the line; again is harmless, so it may come before a message and at the end. */
    @Override
    public void close() {
        if (shown && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
