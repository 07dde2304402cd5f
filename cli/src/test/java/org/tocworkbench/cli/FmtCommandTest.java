package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
    private static final String MESSY = """
            impact IMP   "Communities thrive"
            outcome O1 "Policies adopted" horizon long {indicator O1_1 "Policies" { unit count baseline 0 at 2024
              target 5 by 2027 } }   # a comment
            activity A1 "Write briefs"
            A1,O1->IMP
            """;
    private static final String TIDY = """
            impact IMP "Communities thrive"
            outcome O1 "Policies adopted" horizon long {
                indicator O1_1 "Policies" {
                    unit count
                    baseline 0 at 2024
                    target 5 by 2027
                }
            } # a comment
            activity A1 "Write briefs"
            A1, O1 -> IMP
            """;
    private static final String BROKEN = "impact IMP \"Communities thrive\"\noutcome O1 \"Policies\" {\n  horizon long\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void rewritesAFileInPlaceInTheCanonicalLayout() throws IOException {
        Path file = write("messy.toc", MESSY);
        CliRunner.Run run = CliRunner.run("fmt", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(TIDY, read(file));
        assertTrue(run.out().contains("formatted " + file), run.out());
        assertTrue(run.err().contains("fmt: 1 file reformatted, 0 files already formatted"), run.err());
        assertEquals(List.of("messy.toc"), fileNames(), "no temporary file is left behind");
    }

    @Test
    void leavesAFormattedFileUntouched() throws IOException {
        Path file = write("tidy.toc", TIDY);
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, before);
        CliRunner.Run run = CliRunner.run("fmt", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(before, Files.getLastModifiedTime(file), "a formatted file is not rewritten");
        assertEquals("", run.out());
        assertTrue(run.err().contains("0 files reformatted, 1 file already formatted"), run.err());
    }

    @Test
    void convertsWindowsLineEndsAndDropsTheByteOrderMark() throws IOException {
        Path file = dir.resolve("windows.toc");
        Files.write(file, ("\uFEFF" + TIDY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertEquals(1, CliRunner.run("fmt", "--check", file.toString()).exitCode());
        assertEquals(0, CliRunner.run("fmt", file.toString()).exitCode());
        assertArrayEquals(TIDY.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void checkListsUnformattedFilesWritesNothingAndExitsOne() throws IOException {
        Path messy = write("a/messy.toc", MESSY);
        Path tidy = write("a/tidy.toc", TIDY);
        CliRunner.Run run = CliRunner.run("fmt", "--check", messy.toString(), tidy.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(messy + System.lineSeparator(), run.out());
        assertEquals(MESSY, read(messy), "--check writes nothing");
        assertTrue(run.err().contains("1 file would be reformatted, 1 file already formatted"), run.err());
    }

    @Test
    void checkOfFormattedFilesExitsZero() throws IOException {
        Path tidy = write("tidy.toc", TIDY);
        CliRunner.Run run = CliRunner.run("fmt", "--check", tidy.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
    }

    /** The four sample theories and the knowledge-learning sample's actors file. */
    @Test
    void checkOfTheSamplesFolderIsClean() {
        CliRunner.Run run = CliRunner.run("fmt", "--check", "samples");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("0 files would be reformatted, 5 files already formatted"), run.err());
    }

    @Test
    void aFolderStandsForEveryTocFileUnderIt() throws IOException {
        Path one = write("theories/one.toc", MESSY);
        Path two = write("theories/nested/two.toc", MESSY);
        write("theories/notes.txt", MESSY);
        write("theories/.hidden/three.toc", MESSY);
        CliRunner.Run run = CliRunner.run("fmt", dir.resolve("theories").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(TIDY, read(one));
        assertEquals(TIDY, read(two));
        assertEquals(MESSY, read(dir.resolve("theories/notes.txt")));
        assertEquals(MESSY, read(dir.resolve("theories/.hidden/three.toc")));
    }

    @Test
    void diffShowsTheChangeAndWritesNothing() throws IOException {
        Path file = write("messy.toc", MESSY);
        CliRunner.Run run = CliRunner.run("fmt", "--diff", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("--- " + file + "\n+++ " + file + "\n@@ -1,5 +1,10 @@\n"), run.out());
        assertTrue(run.out().contains("\n-A1,O1->IMP\n"), run.out());
        assertTrue(run.out().contains("\n+A1, O1 -> IMP\n"), run.out());
        assertEquals(MESSY, read(file));
    }

    @Test
    void diffOfARelativePathUsesGitPrefixes() {
        assertEquals("--- a/x.toc\n+++ b/x.toc\n@@ -1,1 +1,1 @@\n-A->B\n+A -> B\n",
                FmtCommand.unifiedDiff("x.toc", "A->B\n", "A -> B\n"));
    }

    @Test
    void diffSaysSoWhenOnlyLineEndsWouldChange() throws IOException {
        Path file = dir.resolve("crlf.toc");
        Files.write(file, TIDY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        CliRunner.Run run = CliRunner.run("fmt", "--diff", file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(file + ": only the line ends, a byte-order mark or the final newline would change\n", run.out());
    }

    @Test
    void aFileWithSyntaxErrorsIsRefusedAndLeftByteIdentical() throws IOException {
        Path broken = write("broken.toc", BROKEN);
        Path messy = write("messy.toc", MESSY);
        byte[] before = Files.readAllBytes(broken);
        CliRunner.Run run = CliRunner.run("fmt", broken.toString(), messy.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertArrayEquals(before, Files.readAllBytes(broken));
        assertTrue(run.err().contains(broken + ":2:23: error[TOC001]"), run.err());
        assertTrue(run.err().contains("2 | outcome O1 \"Policies\" {"), run.err());
        assertTrue(run.err().contains("`" + broken + "` has syntax errors and was not formatted"), run.err());
        assertEquals(TIDY, read(messy), "the other files are still formatted");
    }

    @Test
    void aMissingFileExitsThreeWithAClearMessage() {
        String missing = dir.resolve("nowhere.toc").toString();
        CliRunner.Run run = CliRunner.run("fmt", missing);
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("toc: `" + missing + "` does not exist"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMissingFolderExitsThree() {
        CliRunner.Run run = CliRunner.run("fmt", "--check", dir.resolve("no-such-folder").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void aBinaryFileExitsThreeAndIsNotTouched() throws IOException {
        Path file = dir.resolve("binary.toc");
        byte[] bytes = {'i', 'm', 0, 1, 2};
        Files.write(file, bytes);
        CliRunner.Run run = CliRunner.run("fmt", file.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("is not a text file"), run.err());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void standardInputIsFormattedToStandardOutput() {
        CliRunner.Run run = withStdin(MESSY, "fmt", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(TIDY, run.out());
        assertEquals(TIDY, withStdin(MESSY, "fmt", "--stdin").out());
    }

    @Test
    void standardInputWithSyntaxErrorsPrintsNothingOnStandardOutput() {
        CliRunner.Run run = withStdin(BROKEN, "fmt", "--stdin", "--stdin-name", "buffer.toc");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("buffer.toc:2:23: error[TOC001]"), run.err());
    }

    @Test
    void standardInputWithCheck() {
        assertEquals(1, withStdin(MESSY, "fmt", "--check", "-").exitCode());
        CliRunner.Run clean = withStdin(TIDY, "fmt", "--check", "-");
        assertEquals(0, clean.exitCode());
        assertEquals("", clean.out());
    }

    @Test
    void standardInputCannotBeMixedWithFiles() throws IOException {
        Path file = write("tidy.toc", TIDY);
        CliRunner.Run run = CliRunner.run("fmt", "-", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot be combined with files"), run.err());
    }

    @Test
    void noFileIsAUsageError() {
        CliRunner.Run run = CliRunner.run("fmt");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give the .toc files to format"), run.err());
    }

    @Test
    void helpHasExamples() {
        CliRunner.Run run = CliRunner.run("fmt", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("toc fmt --check ."), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    private static CliRunner.Run withStdin(String text, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return CliRunner.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
