package org.tocworkbench.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
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
        return launcher(server, in, out, System.err);
    }

    /**
     * As above, with the log for what cannot be answered. Messages are read by
     * {@link ResilientMessageProducer} (a bad frame is answered and skipped), and a failing
     * handler answers with an error and no stack trace: {@code -32601} for a method the server
     * does not offer, {@code -32603} with a one-line message otherwise.
     */
    public static Launcher<LanguageClient> launcher(TocLanguageServer server, InputStream in, OutputStream out,
                                                    PrintStream log) {
        Launcher<LanguageClient> launcher = new ResilientBuilder(log)
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExceptionHandler(error -> answer(error, log))
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    static ResponseError answer(Throwable error, PrintStream log) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof ResponseErrorException e) {
            return e.getResponseError();
        }
        if (cause instanceof UnsupportedOperationException) {
            return new ResponseError(ResponseErrorCode.MethodNotFound, "the toc language server does not offer this"
                    + " method", null);
        }
        log.println("toc lsp: a request failed: " + cause);
        return new ResponseError(ResponseErrorCode.InternalError, "the request failed: " + cause, null);
    }

    /** LSP4J's launcher with {@link ResilientMessageProducer} in place of its stream reader. */
    private static final class ResilientBuilder extends LSPLauncher.Builder<LanguageClient> {
        private final PrintStream log;
        private MessageJsonHandler json;
        private MessageConsumer outgoing;
        private RemoteEndpoint endpoint;

        ResilientBuilder(PrintStream log) {
            this.log = log;
        }

        @Override
        protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
            json = jsonHandler;
            outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
            Endpoint local = ServiceEndpoints.toEndpoint(localServices);
            endpoint = exceptionHandler == null ? new RemoteEndpoint(outgoing, local)
                    : new RemoteEndpoint(outgoing, local, exceptionHandler);
            jsonHandler.setMethodProvider(endpoint);
            endpoint.setJsonHandler(jsonHandler);
            return endpoint;
        }

        @Override
        protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader,
                                                                    MessageConsumer messageConsumer,
                                                                    LanguageClient remoteProxy) {
            return new ConcurrentMessageProcessor(new ResilientMessageProducer(input, json, endpoint, outgoing, log),
                    messageConsumer);
        }
    }

    /**
     * Serves until the input ends or the client sends {@code exit}.
     *
     * @return the exit code: 0 after shutdown then exit, 1 when the client left without shutting down
     */
    public static int serve(InputStream in, OutputStream out, PrintStream log) {
        CountDownLatch ended = new CountDownLatch(1);
        TocLanguageServer server = new TocLanguageServer(log, ended::countDown);
        Future<Void> listening = launcher(server, in, out, log).startListening();
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
