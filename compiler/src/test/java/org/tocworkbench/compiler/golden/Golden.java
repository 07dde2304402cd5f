package org.tocworkbench.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: the expected output of a case sits next to it. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the expectations, then review the diff like code.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (updating()) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expectedFile)) {
                fail(expectedFile + " is missing; run `mvn test -Dgolden.update=true` to create it, then review it");
            }
            String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertEquals(expected, actual, () -> "output differs from " + expectedFile
                    + " (if the change is intended, rerun with -Dgolden.update=true and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case files directly in a folder with this extension, sorted by name. */
    public static List<Path> cases(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(extension))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code TOC201-cycle.toc} → {@code TOC201-cycle.expected}. */
    public static Path sibling(Path caseFile, String newExtension) {
        String name = caseFile.getFileName().toString();
        return caseFile.resolveSibling(name.substring(0, name.lastIndexOf('.')) + newExtension);
    }
}
