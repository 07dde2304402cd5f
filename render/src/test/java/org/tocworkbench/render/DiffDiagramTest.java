package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diff.TheoryDiff;
import org.tocworkbench.compiler.diff.TheoryDiffer;
import org.tocworkbench.compiler.model.Theory;

/**
 * The diff diagram of each sample against its revised copy (compiler/src/test/resources/diff) as
 * golden DOT ({@code render/golden/diff/NAME.dot}), and what a reader must see in it.
 */
class DiffDiagramTest {
    private static final Path FIXTURES = Path.of("../compiler/src/test/resources/diff");
    private static final List<String> FOLDERS = List.of("pandemic-preparedness", "humanitarian-communication",
            "knowledge-learning", "training-followup");

    private static Theory compile(Path file) {
        Compilation c = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertFalse(c.hasErrors(), () -> file + ": " + c.diagnostics());
        return c.theory();
    }

    private static TheoryDiff diff(String name) {
        String folder = FOLDERS.stream().filter(f -> Path.of("../samples", f, name + ".toc").toFile().exists())
                .findFirst().orElseThrow();
        return new TheoryDiffer().diff(name + ".toc", compile(Path.of("../samples", folder, name + ".toc")),
                name + "-v2.toc", compile(FIXTURES.resolve(name + "-v2.toc")));
    }

    private static String dot(TheoryDiff diff) throws Exception {
        return new DiagramRenderer().dot(DiffDiagram.theory(diff), DiffDiagram.options(diff, DiagramOptions.DEFAULT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pandemic", "humanitarian", "learning", "training"})
    void diffDiagramOfEachSampleMatchesItsGoldenDot(String name) throws Exception {
        DiagramGoldenTest.check(RenderFixtures.GOLDEN.resolve("diff").resolve(name + ".dot"), dot(diff(name)));
    }

    @Test
    void removedResultsAndLinksAreGhostsAndEveryChangeIsMarked() throws Exception {
        String dot = dot(diff("pandemic"));
        assertTrue(dot.contains("class=\"toc-node kind-output diff-removed\""), "OP10 is drawn as a ghost");
        assertTrue(dot.contains("\"OP10\" [id=\"node-OP10\", class=\"toc-node kind-output diff-removed\", style=\"rounded,dashed,filled\""), "the ghost is dashed");
        assertTrue(dot.contains("diff-added"), "OP11 is marked as new");
        assertTrue(dot.contains("renamed from OP4"), "the rename says where it comes from");
        assertTrue(dot.contains("changed: horizon"), "a moved result says what moved");
        assertTrue(dot.contains("toc-link diff-removed"), "the removed links are drawn, dashed");
        assertTrue(dot.contains("Changes"), "the legend explains the marks");
    }
}
