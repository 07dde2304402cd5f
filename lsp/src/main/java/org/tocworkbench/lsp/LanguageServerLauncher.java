package org.tocworkbench.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the server over a pair of streams (stdin/stdout for {@code toc lsp}, pipes in tests). */
public final class LanguageServerLauncher {
    /**
     * LSP4J logs through java.util.logging (to stderr); "the input stream was closed" at every
     * normal end is not worth a line. Held here so that the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger JSONRPC_LOG = java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc");

    static {
        JSONRPC_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private LanguageServerLauncher() {
    }

    /** A server connected to a client at the other end of the streams; listening starts with {@link Launcher#startListening()}. */
    public static Launcher<LanguageClient> launcher(TocLanguageServer server, InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /**
     * Serves until the input ends or the client sends {@code exit}.
     *
     * @return the exit code: 0 after shutdown then exit, 1 when the client left without shutting down
     */
    public static int serve(InputStream in, OutputStream out, PrintStream log) {
        CountDownLatch ended = new CountDownLatch(1);
        TocLanguageServer server = new TocLanguageServer(log, ended::countDown);
        Future<Void> listening = launcher(server, in, out).startListening();
        Thread input = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                log.println("toc lsp: connection ended: " + e.getCause());
            }
            ended.countDown();
        }, "toc-lsp-input");
        input.setDaemon(true);
        input.start();
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return server.isShutdown() ? 0 : 1;
    }
}
