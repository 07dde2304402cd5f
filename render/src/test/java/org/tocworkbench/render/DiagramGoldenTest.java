package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The DOT of every test theory and sample in every view, against golden files under
 * src/test/resources/render/golden. {@code -Dgolden.update=true} rewrites them; review the diff.
 */
class DiagramGoldenTest {
    private final DiagramRenderer renderer = new DiagramRenderer();

    @TestFactory
    Stream<DynamicTest> everyTheoryInEveryViewMatchesItsGoldenDot() throws IOException {
        List<RenderFixtures.Case> cases = RenderFixtures.allCases();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String dot = renderer.dot(c.subject().theory(), c.options());
            assertEquals(dot, renderer.dot(c.subject().theory(), c.options()), "the same input gives the same DOT");
            check(c.golden(), dot);
        }));
    }

    static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            throw new AssertionError("no golden file " + golden + "; run with -Dgolden.update=true to create it");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "differs from " + golden + " (rerun with -Dgolden.update=true and review the diff if the change is right)");
    }
}
