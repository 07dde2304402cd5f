import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.tocworkbench.lsp.LanguageServerLauncher;
import org.tocworkbench.lsp.TocLanguageServer;

/**
 * Measures the language server's didChange → publishDiagnostics latency: a JSON-RPC client and
 * the server in one JVM, over pipes. Each edit appends a comment line to the document after a
 * quiet spell (longer than the debounce interval, as between bursts of typing), and the time
 * until the diagnostics of that version arrive is recorded. Warm-up edits are not counted.
 * Each edit is sent as an editor sends it to a server that offers incremental sync: one ranged
 * change that inserts the line at the end of the document. With {@code --full} the whole text is
 * sent instead, as under full sync (the server still takes it: a change without a range).
 *
 * <p>Run by bench/lsp-benchmark.sh: {@code java -cp cli/target/toc.jar bench/LspBenchmark.java FILE WARMUP RUNS [--full]}.
 * Prints one line: {@code file nodes median_ms p90_ms min_ms max_ms}.
 */
public final class LspBenchmark {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int warmup = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        boolean full = args.length > 3 && args[3].equals("--full");
        if (args.length > 3 && !full) {
            System.err.println("LspBenchmark: unknown option " + args[3] + " (usage: FILE WARMUP RUNS [--full])");
            System.exit(2);
        }
        String text = Files.readString(file);
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

        // NIO pipes rather than PipedInputStream, which fails a read when the thread that last
        // wrote has ended (the server's check thread does, at shutdown).
        java.nio.channels.Pipe toServer = java.nio.channels.Pipe.open();
        java.nio.channels.Pipe toClient = java.nio.channels.Pipe.open();
        var serverIn = java.nio.channels.Channels.newInputStream(toServer.source());
        var clientOut = java.nio.channels.Channels.newOutputStream(toServer.sink());
        var clientIn = java.nio.channels.Channels.newInputStream(toClient.source());
        var serverOut = java.nio.channels.Channels.newOutputStream(toClient.sink());
        TocLanguageServer tocServer = new TocLanguageServer(new PrintStream(System.err, true), () -> { });
        LanguageServerLauncher.launcher(tocServer, serverIn, serverOut).startListening();
        var clientLauncher = LSPLauncher.createClientLauncher(new Client(published), clientIn, clientOut);
        clientLauncher.startListening();
        LanguageServer server = clientLauncher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());

        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "toc", 1, text)));
        await(published, uri, 1);
        List<Double> times = new ArrayList<>();
        StringBuilder edited = full ? new StringBuilder(text) : null;
        Position end = end(text);
        for (int i = 0; i < warmup + runs; i++) {
            Thread.sleep(TocLanguageServer.DEBOUNCE_MILLIS * 2);
            int version = i + 2;
            String line = "// edit " + i;
            TextDocumentContentChangeEvent change;
            long start = System.nanoTime();
            if (full) {
                edited.append('\n').append(line);
                change = new TextDocumentContentChangeEvent(edited.toString());
            } else {
                change = new TextDocumentContentChangeEvent(new Range(end, end), "\n" + line);
                end = new Position(end.getLine() + 1, line.length());
            }
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
            PublishDiagnosticsParams result = await(published, uri, version);
            double ms = (System.nanoTime() - start) / 1e6;
            if (result.getDiagnostics().stream().anyMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error)) {
                throw new IllegalStateException("the benchmark file has errors: " + result.getDiagnostics());
            }
            if (i >= warmup) {
                times.add(ms);
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double p90 = sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
        long nodes = Arrays.stream(text.split("\n")).filter(l -> l.matches("^(impact|goal|outcome|output|activity|intervention|precondition) .*")).count();
        System.out.printf(Locale.ROOT, "%s %d %.1f %.1f %.1f %.1f%n", args[0], nodes, median, p90, sorted[0],
                sorted[sorted.length - 1]);
        server.shutdown().get(10, TimeUnit.SECONDS);
        System.exit(0);
    }

    /** The position after the last character: lines end at LF, CRLF or CR; columns count UTF-16 units. */
    private static Position end(String text) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, text.length() - lineStart);
    }

    private static PublishDiagnosticsParams await(BlockingQueue<PublishDiagnosticsParams> queue, String uri, int version)
            throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p = queue.poll(120, TimeUnit.SECONDS);
            if (p == null) {
                throw new IllegalStateException("no diagnostics for version " + version + " within 120 s");
            }
            if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
        }
    }

    private record Client(BlockingQueue<PublishDiagnosticsParams> published) implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
