package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
    private static final String MISSPELT = """
            impact Impact "Children learn"
            outcome O1 "Teachers teach well" horizon short {
                indicator O1_1 "Lessons observed as good" { unit percent baseline 20% at 2024 target 60% by 2026 }
            }
            activity A1 "Train teachers"
            A1 -> O1 -> Impakt
            """;

    @Test
    void anUndefinedNameIsPublishedWithItsExactRangeCodeSeverityAndSuggestion(@TempDir Path dir) throws Exception {
        String uri = Documents.uri(dir.resolve("theory.toc"));
        try (LspSession session = new LspSession()) {
            session.open(uri, MISSPELT);
            PublishDiagnosticsParams params = session.awaitDiagnostics(uri);
            assertEquals(1, params.getVersion());
            Diagnostic d = only(params.getDiagnostics(), "TOC101");
            Position start = LspSession.at(MISSPELT, "Impakt", 0);
            assertEquals(new Range(start, new Position(start.getLine(), start.getCharacter() + 6)), d.getRange());
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
            assertEquals("toc", d.getSource());
            assertTrue(d.getMessage().contains("help: did you mean `Impact`?"), d.getMessage());
        }
    }

    @Test
    void aPositionAfterAnEmojiCountsItAsTwoUtf16Units(@TempDir Path dir) throws Exception {
        String text = "impact I \"🌍 World 🙂\"\noutcome O1 \"🌱 Growth\" horizon shrot\nO1 -> I\n";
        String uri = Documents.uri(dir.resolve("emoji.toc"));
        try (LspSession session = new LspSession()) {
            session.open(uri, text);
            List<Diagnostic> diagnostics = session.awaitDiagnostics(uri).getDiagnostics();
            Diagnostic horizon = diagnostics.stream().filter(d -> d.getMessage().contains("did you mean `short`"))
                    .findFirst().orElseThrow(() -> new AssertionError(diagnostics.toString()));
            int column = text.split("\n")[1].indexOf("shrot");
            assertEquals(new Range(new Position(1, column), new Position(1, column + 5)), horizon.getRange());
            assertEquals(31, column, "the two-unit emoji is counted as two columns");
        }
    }

    @Test
    void diagnosticsInAnImportedFileGoToThatFileAndAreClearedOnClose(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("actors.toc"), "actor HUB \"Hub\" role backbne\n");
        String root = "import \"actors.toc\"\nimpact I \"Goal\" by HUB\nactivity A \"Act\" by HUB\nA -> I\n";
        String rootUri = Documents.uri(dir.resolve("main.toc"));
        String actorsUri = Documents.uri(dir.resolve("actors.toc"));
        try (LspSession session = new LspSession()) {
            session.open(rootUri, root);
            PublishDiagnosticsParams imported = session.awaitDiagnostics(actorsUri, p -> !p.getDiagnostics().isEmpty(),
                    Duration.ofSeconds(20));
            Diagnostic role = imported.getDiagnostics().get(0);
            assertEquals(0, role.getRange().getStart().getLine());
            assertTrue(role.getMessage().contains("`backbone`"), role.getMessage());
            int before = session.publishedCount();
            session.close(rootUri);
            session.awaitDiagnostics(actorsUri, p -> p.getDiagnostics().isEmpty()
                    && session.published().indexOf(p) >= before, Duration.ofSeconds(20));
        }
    }

    @Test
    void anOpenBufferOfAnImportedFileTakesPrecedenceOverTheDisk(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("actors.toc"), "actor HUB \"Hub\" role backbone\n");
        String root = "import \"actors.toc\"\nimpact I \"Goal\" by HUB2\nactivity A \"Act\" by HUB\nA -> I\n";
        String rootUri = Documents.uri(dir.resolve("main.toc"));
        String actorsUri = Documents.uri(dir.resolve("actors.toc"));
        try (LspSession session = new LspSession()) {
            session.open(rootUri, root);
            session.awaitDiagnostics(rootUri, p -> codes(p).contains("TOC101"), Duration.ofSeconds(20));
            session.open(actorsUri, "actor HUB \"Hub\" role backbone\nactor HUB2 \"Second hub\" role member\n");
            session.awaitDiagnostics(rootUri, p -> !codes(p).contains("TOC101"), Duration.ofSeconds(20));
        }
    }

    @Test
    void anImportedFileChangedOnDiskIsReadAgainWhenTheEditorSaysFilesChanged(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("actors.toc"), "actor HUB \"Hub\" role backbone\n");
        String root = "import \"actors.toc\"\nimpact I \"Goal\" by HUB2\nactivity A \"Act\" by HUB\nA -> I\n";
        String rootUri = Documents.uri(dir.resolve("main.toc"));
        try (LspSession session = new LspSession()) {
            session.open(rootUri, root);
            session.awaitDiagnostics(rootUri, p -> codes(p).contains("TOC101"), Duration.ofSeconds(20));
            Files.writeString(dir.resolve("actors.toc"), "actor HUB \"Hub\" role backbone\nactor HUB2 \"Hub 2\" role member\n");
            session.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                    List.of(new org.eclipse.lsp4j.FileEvent(Documents.uri(dir.resolve("actors.toc")),
                            org.eclipse.lsp4j.FileChangeType.Changed))));
            session.awaitDiagnostics(rootUri, p -> !codes(p).contains("TOC101"), Duration.ofSeconds(20));
        }
    }

    @Test
    void aFixedErrorIsClearedByTheNextVersion(@TempDir Path dir) throws Exception {
        String uri = Documents.uri(dir.resolve("theory.toc"));
        try (LspSession session = new LspSession()) {
            session.open(uri, MISSPELT);
            session.awaitDiagnostics(uri, p -> codes(p).contains("TOC101"), Duration.ofSeconds(20));
            session.change(uri, 2, MISSPELT.replace("Impakt", "Impact"));
            PublishDiagnosticsParams fixed = session.awaitDiagnostics(uri, p -> p.getVersion() == 2, Duration.ofSeconds(20));
            assertFalse(codes(fixed).contains("TOC101"), fixed.toString());
        }
    }

    static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        List<Diagnostic> matching = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
        assertEquals(1, matching.size(), diagnostics.toString());
        return matching.get(0);
    }
}
