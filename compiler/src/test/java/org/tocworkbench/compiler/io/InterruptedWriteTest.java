package org.tocworkbench.compiler.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 8: a process interrupted (SIGTERM, as Ctrl-C's SIGINT) while it writes an
 * output leaves no hidden temporary file behind. A child JVM starts a write and waits; the test
 * stops it and looks at the folder.
 */
class InterruptedWriteTest {
    @TempDir
    Path dir;

    /** The child: creates the temporary file of a write to args[0], says so, and waits to be stopped. */
    public static void main(String[] args) throws Exception {
        Path temporary = OutputFile.temporaryFor(Path.of(args[0]).toAbsolutePath());
        Files.writeString(temporary, "half a report");
        System.out.println("writing " + temporary);
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void aSignalDuringAWriteRemovesTheTemporaryFile() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                InterruptedWriteTest.class.getName(), dir.resolve("report.html").toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("writing "), String.valueOf(line));
            assertEquals(1, listing().size(), "the temporary file exists while the write runs");
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ends on SIGTERM");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(List.of(), listing(), "nothing is left in the output folder");
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
