package org.tocworkbench.cli.watch;

import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A running live preview: the checker, the HTTP server that shows its latest snapshot, and the
 * watcher that runs a new check when the theory, one of its imports or one of its workbooks
 * changes. After each check the watched set follows what the theory now imports and reads,
 * and open pages are told the new version.
 */
public final class WatchSession implements Closeable {
    /** Quiet time after the last file event before a check, so that one save is one check. */
    public static final long DEBOUNCE_MILLIS = 150;

    private final PreviewChecker checker;
    private final Consumer<PreviewSnapshot> onCheck;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile PreviewSnapshot current;
    private PreviewServer server;
    private SourceWatcher watcher;

    private WatchSession(PreviewChecker checker, Consumer<PreviewSnapshot> onCheck) {
        this.checker = checker;
        this.onCheck = onCheck;
    }

    /**
     * Checks once, then serves on {@code port} (0 for a free one) and watches.
     *
     * @param onCheck told about every check, the first included (for the terminal line)
     * @throws IOException when the port cannot be bound or the file system cannot be watched
     */
    public static WatchSession start(PreviewChecker checker, int port, Consumer<PreviewSnapshot> onCheck)
            throws IOException {
        WatchSession session = new WatchSession(Objects.requireNonNull(checker), Objects.requireNonNull(onCheck));
        session.current = checker.check();
        onCheck.accept(session.current);
        try {
            session.watcher = new SourceWatcher(session::recheck, DEBOUNCE_MILLIS);
            session.watcher.watch(checker.inputs());
            session.server = PreviewServer.start(port, () -> session.current);
            session.watcher.start();
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** Checks again now and tells open pages; also what the watcher runs after a change. */
    public void recheck() {
        if (closed.get()) {
            return;
        }
        PreviewSnapshot snapshot = checker.check();
        current = snapshot;
        watcher.watch(checker.inputs());
        onCheck.accept(snapshot);
        server.publish(snapshot.version());
    }

    public PreviewSnapshot current() {
        return current;
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** The number of files watched besides the theory itself. */
    public int otherFiles() {
        return Math.max(0, watcher.files().size() - 1);
    }

    /** Stops watching and serving; the port is free when this returns. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
        if (server != null) {
            server.close();
        }
    }
}
