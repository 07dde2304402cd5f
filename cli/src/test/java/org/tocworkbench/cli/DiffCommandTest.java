package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code toc diff} as a user runs it: two files, a file at git revisions (imports read at the same
 * revision), git's external diff driver set up as docs/diff.md says, and the bad inputs.
 */
class DiffCommandTest {
    private static final String ACTORS_V1 = "actor M1 \"Member one\" role member\n";
    private static final String ACTORS_V2 = "actor M1 \"Member one\" role member\nactor M2 \"Member two\" role member\n";
    private static final String V1 = """
            theory "Small network" {
                version "1.0"
                period 2024 to 2028
            }
            import "actors.toc"
            impact I "Communities thrive"
            outcome O1 "Ministries adopt evidence-based policies" horizon long by M1 {
                indicator O1_1 "Policies adopted" { unit count baseline 0 at 2024 target 5 by 2027 }
            }
            outcome O2 "Ministries use the network's evidence briefs" horizon short by M1 {
                indicator O2_1 "Ministries citing briefs" { unit percent baseline 10% at 2024 target 40% by 2027 }
            }
            activity A1 "Write evidence briefs for ministries" by M1
            A1 -> O2 -> O1 -> I
            """;
    private static final String V2 = V1.replace("version \"1.0\"", "version \"2.0\" at 2026-03-15 level major because \"Mid-term review\"")
            .replace("O2", "O_USE").replace("target 5 by 2027", "target 7 by 2027")
            .replace("horizon long by M1", "horizon medium by M1, M2");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void twoFilesShowARenameAChangedTargetAndTheReason() throws IOException {
        write("actors.toc", ACTORS_V2);
        Path old = write("old.toc", V1);
        Path now = write("new.toc", V2);
        CliRunner.Run run = CliRunner.run("diff", old.toString(), now.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("> O2 -> O_USE  renamed"), run.out());
        assertTrue(run.out().contains("target: 5 by 2027 -> 7 by 2027"), run.out());
        assertTrue(run.out().contains("horizon: long -> medium"), run.out());
        assertTrue(run.out().contains("2.0     2026-03-15  major     Mid-term review"), run.out());
        assertTrue(!run.out().contains("measures:"), "the indicator of the renamed result is not changed: " + run.out());
    }

    @Test
    void markdownAndJsonFollowTheOutputExtension() throws IOException {
        write("actors.toc", ACTORS_V2);
        Path old = write("old.toc", V1);
        Path now = write("new.toc", V2);
        Path md = dir.resolve("changes.md");
        assertEquals(0, CliRunner.run("diff", old.toString(), now.toString(), "-o", md.toString()).exitCode());
        assertTrue(Files.readString(md).contains("| 2026-03-15 | 2.0 | major | Mid-term review |"));
        CliRunner.Run json = CliRunner.run("diff", old.toString(), now.toString(), "--format", "json");
        assertTrue(json.out().contains("\"schema\" : \"toc-diff/1\""), json.out());
    }

    @Test
    void theoriesWithNothingInCommonGetANoteAndStillADiff() throws IOException {
        write("actors.toc", ACTORS_V1);
        Path old = write("old.toc", V1);
        Path other = write("other.toc", "impact X \"Rivers are clean\"\noutput Y \"Nets recovered\"\nY -> X\n");
        CliRunner.Run run = CliRunner.run("diff", old.toString(), other.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: the two theories have no actor, result, assumption or indicator in common"), run.out());
        assertTrue(run.out().contains("+ X"), run.out());
    }

    @Test
    void aFileThatDoesNotCompileGivesItsDiagnosticsAndExit1() throws IOException {
        write("actors.toc", ACTORS_V1);
        Path old = write("old.toc", V1);
        Path bad = write("bad.toc", "impact I \"x\"\nO9 -> I\n");
        CliRunner.Run run = CliRunner.run("diff", old.toString(), bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("TOC101"), run.err());
    }

    @Test
    void usageErrorsExit2AndAMissingFileExits3() throws IOException {
        write("actors.toc", ACTORS_V1);
        Path old = write("old.toc", V1);
        assertEquals(2, CliRunner.run("diff", old.toString()).exitCode());
        assertEquals(2, CliRunner.run("diff", old.toString(), "--to", "HEAD").exitCode());
        assertEquals(2, CliRunner.run("diff", old.toString(), old.toString(), "--format", "pptx").exitCode());
        assertEquals(3, CliRunner.run("diff", old.toString(), dir.resolve("missing.toc").toString()).exitCode());
    }

    @Test
    void revisionsAreReadWithGitImportsIncluded() throws Exception {
        Path repo = repository();
        Path theory = repo.resolve("theory.toc");
        CliRunner.Run run = CliRunner.run("diff", theory.toString(), "--from", "HEAD~1", "--to", "HEAD");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("theory.toc@HEAD~1"), run.out());
        assertTrue(run.out().contains("+ M2  \"Member two\""), "the import is read at each revision: " + run.out());
        assertTrue(run.out().contains("> O2 -> O_USE"), run.out());
        write("repo/theory.toc", V2.replace("Mid-term review", "Mid-term review, revised"));
        CliRunner.Run working = CliRunner.run("diff", theory.toString(), "--from", "HEAD");
        assertTrue(working.out().contains("Mid-term review, revised"), working.out());
    }

    @Test
    void anUnknownRevisionOrNoRepositoryExits3WithGitsMessage() throws Exception {
        Path repo = repository();
        CliRunner.Run unknown = CliRunner.run("diff", repo.resolve("theory.toc").toString(), "--from", "v9.9");
        assertEquals(3, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown revision `v9.9`"), unknown.err());
        CliRunner.Run notThere = CliRunner.run("diff", repo.resolve("later.toc").toString(), "--from", "HEAD");
        assertEquals(3, notThere.exitCode());
        assertTrue(notThere.err().contains("git cannot show `later.toc` at `HEAD`: path 'later.toc' does not exist in 'HEAD'"),
                notThere.err());
        Path outside = write("elsewhere/theory.toc", V1);
        CliRunner.Run noRepo = CliRunner.run("diff", outside.toString(), "--from", "HEAD");
        assertEquals(3, noRepo.exitCode());
        assertTrue(noRepo.err().contains("is not in a git repository (git: not a git repository"), noRepo.err());
    }

    @Test
    void gitDiffUsesTheDriverAsDocumented() throws Exception {
        Path repo = repository();
        Files.writeString(repo.resolve(".gitattributes"), "*.toc diff=toc\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.tocworkbench.cli.TocCommand diff --git-external";
        git(repo, "config", "diff.toc.command", command);
        String out = git(repo, "diff", "HEAD~1", "HEAD", "--", "theory.toc");
        assertTrue(out.contains("toc diff a/theory.toc b/theory.toc"), out);
        assertTrue(out.contains("> O2 -> O_USE  renamed"), out);
        assertTrue(out.contains("version: 1.0 -> 2.0"), out);
        write("repo/extra.toc", "impact X \"Rivers are clean\"\n");
        git(repo, "add", "extra.toc");
        git(repo, "commit", "-q", "-m", "extra");
        String added = git(repo, "diff", "HEAD~1", "HEAD", "--", "extra.toc");
        assertTrue(added.contains("+ X  \"Rivers are clean\""), added);
        String deleted = git(repo, "diff", "HEAD", "HEAD~1", "--", "extra.toc");
        assertTrue(deleted.contains("- X  \"Rivers are clean\""), deleted);
    }

    /** A repository with two commits of theory.toc and its import. */
    private Path repository() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        GitRepository.init(repo);
        write("repo/actors.toc", ACTORS_V1);
        write("repo/theory.toc", V1);
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "v1");
        write("repo/actors.toc", ACTORS_V2);
        write("repo/theory.toc", V2);
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "v2");
        return repo;
    }

    private static String git(Path repo, String... args) throws Exception {
        return GitRepository.git(repo, args);
    }
}
