package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throw-away git repository for the tests of `toc diff` and the preview's changes panel. */
public final class GitRepository {
    private GitRepository() {
    }

    /** A new repository in {@code dir} with a committer set. */
    public static void init(Path dir) throws Exception {
        git(dir, "init", "-q");
        git(dir, "config", "user.email", "test@example.org");
        git(dir, "config", "user.name", "Test");
    }

    /** Runs git in the repository; fails the test when git fails. Returns what it printed. */
    public static String git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "git did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }
}
