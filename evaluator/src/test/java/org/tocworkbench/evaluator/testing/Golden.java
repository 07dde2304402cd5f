package org.tocworkbench.evaluator.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under evaluator/src/test/resources/golden; with
 * {@code -Dgolden.update=true} rewrites the file instead, so the change is reviewed in the diff.
 */
public final class Golden {
    public static final Path FOLDER = Path.of("evaluator/src/test/resources/golden");

    private Golden() {
    }

    public static void check(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden file " + file + "; run with -Dgolden.update=true to create it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "differs from " + file + " (rerun with -Dgolden.update=true and review the diff if the change is right)");
    }
}
