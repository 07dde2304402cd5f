package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

/** The editor knows the record-of-changes words and offers the diff against the last commit as a command. */
class DiffLspTest {
    private static final String V1 = """
            theory "T" {
                version "1.0" at 2025-01-10 because "First version"
            }
            impact I "Communities thrive"
            output OP1 "Evidence briefs written for ministries"
            OP1 -> I
            """;
    private static final String V2 = """
            theory "T" {
                version "1.1" at 2026-03-15 level minor because "Brief renamed"
                changes {
                    "1.0" at 2025-01-10 "First version"
                }
            }
            impact I "Communities thrive"
            output OP_BRIEFS "Evidence briefs written for ministries"
            OP_BRIEFS -> I
            """;

    @TempDir
    Path dir;

    private static List<String> labels(String before) {
        Theory theory = new TocCompiler().compile(new SourceFile("t.toc", V2), CompileOptions.DEFAULT).theory();
        return new Completions(theory).at(new SourceFile("t.toc", before), before.length()).stream()
                .map(CompletionItem::getLabel).toList();
    }

    @Test
    void completionOffersChangesLevelsAndBecause() {
        assertTrue(labels("theory \"T\" {\n    ").contains("changes"));
        assertTrue(labels("theory \"T\" {\n    changes {\n        \"1.0\" at 2025 ").containsAll(List.of("level", "because")));
        assertTrue(labels("theory \"T\" {\n    version \"2\" at 2026 level ").containsAll(List.of("minor", "moderate", "major")));
    }

    @Test
    void hoverOnTheVersionLineShowsTheRecordOfChanges() {
        SourceFile file = new SourceFile("t.toc", V2);
        Theory theory = new TocCompiler().compile(file, CompileOptions.DEFAULT).theory();
        String text = Hovers.recordOfChanges(theory, theory.sources().get(0), V2.indexOf("Brief renamed")).orElseThrow().text();
        assertTrue(text.contains("| 2025-01-10 | 1.0 |  | First version |"), text);
        assertTrue(text.contains("| 2026-03-15 | 1.1 | minor | Brief renamed |"), text);
    }

    @Test
    void theDiffCommandComparesTheOpenBufferWithTheLastCommit() throws Exception {
        git("init", "-q");
        git("config", "user.email", "t@example.org");
        git("config", "user.name", "T");
        Path file = dir.resolve("t.toc");
        Files.writeString(file, V1, StandardCharsets.UTF_8);
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        try (LspSession session = new LspSession()) {
            assertTrue(session.initialized.getCapabilities().getExecuteCommandProvider().getCommands().contains("toc.diff"));
            String uri = file.toUri().toString();
            session.open(uri, V2);
            session.textAt(uri, 1);
            Object answer = session.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("toc.diff", List.of(uri))).get(60, TimeUnit.SECONDS);
            String markdown = String.valueOf(answer);
            assertTrue(markdown.contains("| renamed | `OP1` → `OP_BRIEFS` |"), markdown);
            assertTrue(markdown.contains("| 2026-03-15 | 1.1 | minor | Brief renamed |"), markdown);
            Object unknown = session.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("toc.diff", List.of(uri, "v9"))).get(60, TimeUnit.SECONDS);
            assertTrue(String.valueOf(unknown).startsWith("No diff: unknown revision `v9`"), String.valueOf(unknown));
        }
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }
}
