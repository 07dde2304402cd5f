package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Typing a sample from its first character to its last: every prefix (with a stride, a few
 * thousand versions; with the environment variable {@code TOC_EXHAUSTIVE=1}, which CI sets,
 * every prefix of every sample, character by character) is sent as a change as fast as the
 * client can send it. The server must
 * never fail, must answer requests between changes, and must end with diagnostics for the last
 * version — exactly those of the whole sample.
 */
class HalfTypedTest {
    private static final boolean EXHAUSTIVE = "1".equals(System.getenv("TOC_EXHAUSTIVE"));

    @ParameterizedTest
    @ValueSource(strings = {"samples/pandemic-preparedness/pandemic.toc", "samples/knowledge-learning/learning.toc",
            "samples/humanitarian-communication/humanitarian.toc", "samples/knowledge-learning/actors.toc"})
    void everyPrefixOfASampleIsCheckedWithoutAFailureAndTheLastVersionIsPublished(String sample) throws Exception {
        Path file = Path.of(sample);
        String text = Files.readString(file);
        String uri = Documents.uri(file.toAbsolutePath().getParent().resolve("typing-" + file.getFileName()));
        int stride = EXHAUSTIVE ? 1 : Math.max(1, text.length() / 3000);
        try (LspSession session = new LspSession()) {
            session.open(uri, "");
            int version = 1;
            for (int end = 1; end < text.length(); end += stride) {
                version++;
                String prefix = text.substring(0, end);
                session.change(uri, version, prefix);
                if (version % 500 == 0) {
                    Position last = new Position(prefix.split("\n", -1).length - 1, 0);
                    var service = session.server.getTextDocumentService();
                    service.hover(new HoverParams(new TextDocumentIdentifier(uri), last)).get(30, TimeUnit.SECONDS);
                    assertNotNull(service.completion(new CompletionParams(new TextDocumentIdentifier(uri), last))
                            .get(30, TimeUnit.SECONDS));
                    assertNotNull(service.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                            .get(30, TimeUnit.SECONDS));
                }
            }
            version++;
            session.change(uri, version, text);
            int finalVersion = version;
            PublishDiagnosticsParams last = session.awaitDiagnostics(uri, p -> p.getVersion() != null
                    && p.getVersion() == finalVersion, Duration.ofSeconds(60));
            assertFalse(session.log().contains("failed"), session.log());
            List<String> codes = DiagnosticsTest.codes(last);
            assertFalse(codes.stream().anyMatch(c -> c.startsWith("TOC0")), "the whole sample has no syntax error: " + codes);
            long published = session.published().stream().filter(p -> p.getUri().equals(uri)).count();
            assertEquals(true, published < version, "debouncing skips most intermediate versions (" + published
                    + " published for " + version + " versions)");
        }
    }
}
