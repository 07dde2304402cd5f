package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, item 1: no command writes its output over the theory, a file the theory imports, or
 * a data workbook it binds (also through a symbolic link), and {@code toc template} replaces a
 * workbook that holds data only with {@code --force}.
 */
class OutputsNeverReplaceInputsTest {
    private static final Path SAMPLE = Path.of("samples/knowledge-learning");

    @TempDir
    Path dir;

    private Path toc;
    private Path workbook;
    private byte[] monitoring;

    @BeforeEach
    void copySample() throws IOException {
        for (String name : List.of("learning.toc", "actors.toc", "learning-monitoring.xlsx")) {
            Files.copy(SAMPLE.resolve(name), dir.resolve(name));
        }
        toc = dir.resolve("learning.toc");
        workbook = dir.resolve("learning-monitoring.xlsx");
        monitoring = Files.readAllBytes(workbook);
    }

    static Stream<Arguments> writers() {
        return Stream.of(
                Arguments.of("template", List.of("template", "THEORY", "-o", "learning-monitoring.xlsx")),
                Arguments.of("logframe workbook", List.of("export", "THEORY", "--format", "logframe-xlsx", "-o",
                        "learning-monitoring.xlsx")),
                Arguments.of("json export over an imported file", List.of("export", "THEORY", "-o", "actors.toc")),
                Arguments.of("diagram through a link", List.of("render", "THEORY", "-o", "link.svg")),
                Arguments.of("report through a link", List.of("evaluate", "THEORY", "-o", "link.html")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void everyWritingCommandRefusesAFileTheTheoryReferences(String what, List<String> args) throws IOException {
        Files.createSymbolicLink(dir.resolve("link.svg"), workbook);
        Files.createSymbolicLink(dir.resolve("link.html"), workbook);
        byte[] actors = Files.readAllBytes(dir.resolve("actors.toc"));
        String[] resolved = args.stream().map(a -> a.equals("THEORY") ? toc.toString()
                : a.contains(".") && !a.startsWith("-") ? dir.resolve(a).toString() : a).toArray(String[]::new);

        CliRunner.Run run = CliRunner.run(resolved);

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("refusing to write"), run.err());
        assertArrayEquals(monitoring, Files.readAllBytes(workbook), "the monitoring workbook is untouched");
        assertArrayEquals(actors, Files.readAllBytes(dir.resolve("actors.toc")), "the imported file is untouched");
    }

    @Test
    void theTemplateReplacesAWorkbookThatHoldsDataOnlyWhenForced() throws IOException {
        Path copy = Files.copy(workbook, dir.resolve("last-year.xlsx"));

        CliRunner.Run refused = CliRunner.run("template", toc.toString(), "-o", copy.toString());
        assertEquals(3, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("holds data") && refused.err().contains("--force"), refused.err());
        assertArrayEquals(monitoring, Files.readAllBytes(copy));

        CliRunner.Run forced = CliRunner.run("template", toc.toString(), "-o", copy.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.size(copy) > 0);
    }

    @Test
    void anEmptyTemplateIsReplacedWithoutForce() throws IOException {
        Path template = dir.resolve("new.xlsx");
        assertEquals(0, CliRunner.run("template", toc.toString(), "-o", template.toString()).exitCode());
        CliRunner.Run again = CliRunner.run("template", toc.toString(), "-o", template.toString());
        assertEquals(0, again.exitCode(), again.err());
    }

    @Test
    void aTextFileNamedLikeTheOutputIsNotReplacedWithoutForce() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.xlsx"), "my notes, not a workbook\n");
        CliRunner.Run run = CliRunner.run("template", toc.toString(), "-o", notes.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("my notes, not a workbook\n", Files.readString(notes));
    }
}
