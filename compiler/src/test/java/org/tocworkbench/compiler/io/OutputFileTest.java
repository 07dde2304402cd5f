package org.tocworkbench.compiler.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewOutputIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path out = dir.resolve("report.md");
        OutputFile.write(out, bytes("# Report"), List.of());
        assertEquals("# Report", Files.readString(out));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aReplacedOutputKeepsItsPermissions() throws Exception {
        Path out = Files.writeString(dir.resolve("report.md"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        OutputFile.write(out, bytes("new"), List.of());
        assertEquals("new", Files.readString(out));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void anInputIsNeverOverwrittenAndNoTemporaryFileIsLeft() throws Exception {
        Path input = Files.writeString(dir.resolve("theory.toc"), "impact I \"x\"");
        assertThrows(OutputFile.OutputException.class,
                () -> OutputFile.write(dir.resolve("./theory.toc"), bytes("overwritten"), List.of(input)));
        assertEquals("impact I \"x\"", Files.readString(input));
        assertEquals(List.of(input.getFileName().toString()), names());
    }

    @Test
    void aMissingFolderIsAClearError() {
        OutputFile.OutputException e = assertThrows(OutputFile.OutputException.class,
                () -> OutputFile.write(dir.resolve("no/such/out.md"), bytes("x"), List.of()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
