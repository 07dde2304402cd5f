package org.tocworkbench.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on standard error for work done in a few known steps ("reading data",
 * "evaluating", "drawing"): {@code [####------] 2/3 evaluating · 4 s}, redrawn in place. Shown
 * only on a terminal and only once the work has taken longer than {@link #DELAY_MS}, so that
 * quick runs, pipes, files and tests print nothing. Closing it wipes the line.
 */
final class StepProgress implements AutoCloseable {
    static final long DELAY_MS = 800;
    private static final int WIDTH = 20;

    private final PrintStream err;
    private final int steps;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile int step;
    private volatile String name = "";
    private volatile boolean drawn;

    StepProgress(PrintStream err, int steps, boolean terminal) {
        this.err = err;
        this.steps = steps;
        if (terminal) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "toc-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, DELAY_MS, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** A bar of {@code steps} steps on standard error when it is a terminal; otherwise silent. */
    static StepProgress onTerminal(int steps) {
        return new StepProgress(System.err, steps, System.console() != null);
    }

    /** Starts the next step. */
    void step(String stepName) {
        step = Math.min(steps, step + 1);
        name = stepName;
    }

    /** The line as drawn for the current step and elapsed time. */
    String line() {
        int done = Math.max(0, step - 1);
        int filled = steps == 0 ? WIDTH : (done * WIDTH + (step > 0 ? WIDTH / 2 : 0)) / steps;
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        return String.format(Locale.ROOT, "[%s%s] %d/%d %s \u00b7 %d s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), step, steps, name, seconds);
    }

    private synchronized void draw() {
        err.print("\r" + line() + "\u001b[K");
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
