package org.tocworkbench.lsp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP4J client talking JSON-RPC to a server in the same process over two pipes: what the
 * tests (and the latency benchmark) drive. Every published diagnostics message is kept in order.
 */
final class LspSession implements AutoCloseable {
    final LanguageServer server;
    /** The server object itself, for tests that look at its state. */
    final TocLanguageServer tocServer;
    private final List<PublishDiagnosticsParams> published = new ArrayList<>();
    private final List<MessageParams> messages = new ArrayList<>();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lsp-test-pipes");
        t.setDaemon(true);
        return t;
    });
    final InitializeResult initialized;

    LspSession() throws Exception {
        // NIO pipes rather than PipedInputStream, which fails a read when the thread that last
        // wrote has ended (the server's check thread does, at shutdown).
        java.nio.channels.Pipe toServer = java.nio.channels.Pipe.open();
        java.nio.channels.Pipe toClient = java.nio.channels.Pipe.open();
        var serverIn = java.nio.channels.Channels.newInputStream(toServer.source());
        var clientOut = java.nio.channels.Channels.newOutputStream(toServer.sink());
        var clientIn = java.nio.channels.Channels.newInputStream(toClient.source());
        var serverOut = java.nio.channels.Channels.newOutputStream(toClient.sink());
        PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
        tocServer = new TocLanguageServer(log, () -> { });
        Launcher<LanguageClient> serverLauncher = LanguageServerLauncher.launcher(tocServer, serverIn, serverOut);
        serverLauncher.startListening();
        Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut,
                threads, null);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        initialized = server.initialize(params).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "toc", 1, text)));
    }

    void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Sends one didChange with these changes (ranged or whole-text), in order. */
    void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), changes));
    }

    /** The text the server holds for {@code uri} once it has taken in {@code version} (waits for it). */
    String textAt(String uri, int version) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            var document = tocServer.documents().get(uri);
            if (document.isPresent() && document.get().version() >= version) {
                return document.get().text();
            }
            Thread.sleep(1);
        }
        throw new AssertionError("the server did not take in version " + version + " of " + uri + "\nserver log:\n" + log());
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Waits for a diagnostics message for {@code uri} that matches, published after the {@code skip}-th message. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> matching, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (published) {
            int seen = 0;
            while (true) {
                for (; seen < published.size(); seen++) {
                    PublishDiagnosticsParams p = published.get(seen);
                    if (p.getUri().equals(uri) && matching.test(p)) {
                        return p;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching diagnostics for " + uri + " in " + timeout
                            + "; published: " + published + "\nserver log:\n" + log());
                }
                published.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    PublishDiagnosticsParams awaitDiagnostics(String uri) throws InterruptedException {
        return awaitDiagnostics(uri, p -> true, Duration.ofSeconds(20));
    }

    /** How many diagnostics messages have been published so far. */
    int publishedCount() {
        synchronized (published) {
            return published.size();
        }
    }

    List<PublishDiagnosticsParams> published() {
        synchronized (published) {
            return new ArrayList<>(published);
        }
    }

    List<MessageParams> messages() {
        synchronized (messages) {
            return new ArrayList<>(messages);
        }
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    static Position at(String text, String needle, int extra) {
        int offset = text.indexOf(needle);
        if (offset < 0) {
            throw new AssertionError("`" + needle + "` not in the text");
        }
        offset += extra;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    @Override
    public void close() {
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the server did not shut down: " + e + "\nserver log:\n" + log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            threads.shutdownNow();
        }
    }

    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            synchronized (published) {
                published.add(diagnostics);
                published.notifyAll();
            }
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            synchronized (messages) {
                messages.add(messageParams);
            }
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            synchronized (messages) {
                messages.add(message);
            }
        }
    }

}
