package org.tocworkbench.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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
        Object done = new Object();
        boolean[] exited = {false};
        TocLanguageServer[] holder = new TocLanguageServer[1];
        TocLanguageServer server = new TocLanguageServer(log, () -> {
            synchronized (done) {
                exited[0] = true;
                done.notifyAll();
            }
        });
        holder[0] = server;
        Future<Void> listening = launcher(server, in, out).startListening();
        Thread waiter = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                log.println("toc lsp: connection ended: " + e.getCause());
            }
            synchronized (done) {
                done.notifyAll();
            }
        }, "toc-lsp-input");
        waiter.setDaemon(true);
        waiter.start();
        synchronized (done) {
            while (!exited[0] && !listening.isDone()) {
                try {
                    done.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return holder[0].isShutdown() ? 0 : 1;
    }
}
