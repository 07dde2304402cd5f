package org.tocworkbench.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.cli.GitRepository;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.evaluator.progress.StatusBands;

/** The preview shows what changed since the last commit when the theory is in git, and nothing when it is not. */
class LastCommitDiffTest {
    private static final String V1 = """
            impact I "Communities thrive"
            output OP1 "Evidence briefs written for ministries"
            OP1 -> I
            """;

    @TempDir
    Path dir;

    private static PreviewChecker checker(Path file) {
        return new PreviewChecker(file, List.of(), null, StatusBands.DEFAULT, CompileOptions.DEFAULT, r -> r, (t, p, a) -> "<svg></svg>");
    }

    @Test
    void thePreviewListsTheChangesSinceTheLastCommit() throws Exception {
        GitRepository.init(dir);
        Path file = dir.resolve("t.toc");
        Files.writeString(file, V1, StandardCharsets.UTF_8);
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        PreviewChecker checker = checker(file);
        assertTrue(checker.check().changes().startsWith("t.toc@HEAD (no version) -> t.toc (no version)"));
        Files.writeString(file, V1.replace("OP1", "OP_BRIEFS"), StandardCharsets.UTF_8);
        PreviewSnapshot s = checker.check();
        assertTrue(s.changes().contains("> OP1 -> OP_BRIEFS  renamed"), s.changes());
        String page = PreviewPage.page(s);
        assertTrue(page.contains("<h2>Changes since the last commit</h2>"), page);
        assertTrue(page.contains("OP1 -&gt; OP_BRIEFS"), page);
    }

    @Test
    void outsideGitThereIsNoPanel() throws Exception {
        Path file = dir.resolve("t.toc");
        Files.writeString(file, V1, StandardCharsets.UTF_8);
        PreviewSnapshot s = checker(file).check();
        assertEquals("", s.changes());
        assertFalse(PreviewPage.page(s).contains("Changes since the last commit"));
    }

    private void git(String... args) throws Exception {
        GitRepository.git(dir, args);
    }
}
