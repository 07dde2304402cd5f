package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handler that fails is logged to stderr and answered empty; the server goes on serving. */
class RobustnessTest {
    @Test
    void aDocumentWithNoTextFailsItsHandlersButNotTheServer(@TempDir Path dir) throws Exception {
        String broken = Documents.uri(dir.resolve("broken.toc"));
        String good = Documents.uri(dir.resolve("good.toc"));
        try (LspSession session = new LspSession()) {
            var service = session.server.getTextDocumentService();
            TextDocumentItem noText = new TextDocumentItem();
            noText.setUri(broken);
            noText.setLanguageId("toc");
            noText.setVersion(1);
            service.didOpen(new DidOpenTextDocumentParams(noText));
            assertNull(service.hover(new HoverParams(new TextDocumentIdentifier(broken), new Position(0, 0))).get(20, TimeUnit.SECONDS));
            assertEquals(List.of(), service.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(broken)))
                    .get(20, TimeUnit.SECONDS));
            assertTrue(service.completion(new CompletionParams(new TextDocumentIdentifier(broken), new Position(0, 0)))
                    .get(20, TimeUnit.SECONDS).getLeft().isEmpty());
            session.open(good, "impact I \"Goal\"\nactivity A \"Act\"\nA -> Z\n");
            assertEquals(List.of("TOC101"), DiagnosticsTest.codes(session.awaitDiagnostics(good)));
            assertTrue(session.log().contains("toc lsp: hover failed"), session.log());
        }
    }

    @Test
    void positionsOutsideTheTextAreClampedNotFailed(@TempDir Path dir) throws Exception {
        String uri = Documents.uri(dir.resolve("small.toc"));
        try (LspSession session = new LspSession()) {
            session.open(uri, "impact I \"Goal\"\n");
            var service = session.server.getTextDocumentService();
            for (Position p : List.of(new Position(-3, -1), new Position(0, 10_000), new Position(50, 2))) {
                assertNull(service.hover(new HoverParams(new TextDocumentIdentifier(uri), p)).get(20, TimeUnit.SECONDS));
                service.completion(new CompletionParams(new TextDocumentIdentifier(uri), p)).get(20, TimeUnit.SECONDS);
            }
            assertTrue(!session.log().contains("failed"), session.log());
        }
    }
}
