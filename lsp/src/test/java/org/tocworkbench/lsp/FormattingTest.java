package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.format.TocFormatter;
import org.tocworkbench.compiler.source.SourceFile;

/** textDocument/formatting through toc fmt's formatter. */
class FormattingTest {
    private static final String MESSY = "impact   I \"Goal\"\r\noutcome O1 \"Out\" horizon short {indicator O1_1 \"n\" {unit count\r\n"
            + "baseline 1 at 2024 target 5 by 2026}}\r\n\r\n\r\nO1->I\r\nactivity A \"🌍 act\"\r\nA -> O1";

    @Test
    void anUnformattedDocumentGetsOneEditThatGivesTheFormattersText(@TempDir Path dir) throws Exception {
        String uri = Documents.uri(dir.resolve("messy.toc"));
        try (LspSession session = new LspSession()) {
            assertTrue(session.initialized.getCapabilities().getDocumentFormattingProvider().getLeft());
            session.open(uri, MESSY);
            List<? extends TextEdit> edits = format(session, uri);
            assertEquals(1, edits.size());
            assertEquals(new Position(0, 0), edits.get(0).getRange().getStart());
            assertEquals(new Position(7, "A -> O1".length()), edits.get(0).getRange().getEnd(), "the end of the whole text");
            String expected = new TocFormatter().format(new SourceFile("messy.toc", MESSY)).text();
            assertEquals(expected, edits.get(0).getNewText());

            session.change(uri, 2, expected);
            assertEquals(List.of(), format(session, uri), "a formatted document gets no edit");
        }
    }

    @Test
    void aSampleIsAlreadyFormatted() throws Exception {
        Path file = Path.of("samples/pandemic-preparedness/pandemic.toc");
        String text = Files.readString(file);
        try (LspSession session = new LspSession()) {
            session.open(Documents.uri(file), text);
            String formatted = new TocFormatter().format(new SourceFile("pandemic.toc", text)).text();
            List<? extends TextEdit> edits = format(session, Documents.uri(file));
            assertEquals(formatted.equals(text) ? 0 : 1, edits.size());
        }
    }

    @Test
    void aDocumentWithSyntaxErrorsIsLeftAloneAndTheEditorIsToldWhy(@TempDir Path dir) throws Exception {
        String uri = Documents.uri(dir.resolve("broken.toc"));
        try (LspSession session = new LspSession()) {
            session.open(uri, "impact I \"Goal\nO1 -> \n");
            assertEquals(List.of(), format(session, uri));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (session.messages().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            var message = session.messages().get(0);
            assertEquals(MessageType.Warning, message.getType());
            assertTrue(message.getMessage().startsWith("toc: not formatted: the file has syntax errors; "), message.getMessage());
        }
    }

    private static List<? extends TextEdit> format(LspSession session, String uri) throws Exception {
        DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(uri),
                new FormattingOptions(4, true));
        return session.server.getTextDocumentService().formatting(params).get(20, TimeUnit.SECONDS);
    }
}
