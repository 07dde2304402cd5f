package org.tocworkbench.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.golden.Golden;
import org.tocworkbench.compiler.model.Theory;

/**
 * Each sample against its revised copy ({@code diff/NAME-v2.toc}: renamed, reworded, moved and
 * retargeted elements), in every text format: {@code diff/NAME.txt}, {@code .md}, {@code .json}.
 * {@code -Dgolden.update=true} rewrites the expectations.
 */
class DiffGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/diff");

    static List<String[]> samples() {
        return List.of(new String[] {"pandemic", "pandemic-preparedness"},
                new String[] {"humanitarian", "humanitarian-communication"},
                new String[] {"learning", "knowledge-learning"},
                new String[] {"training", "training-followup"});
    }

    static Theory compile(Path file) {
        Compilation c = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertFalse(c.hasErrors(), () -> file + " does not compile: " + c.diagnostics());
        return c.theory();
    }

    static TheoryDiff diff(String name, String folder) {
        Theory before = compile(Path.of("../samples", folder, name + ".toc"));
        Theory after = compile(FIXTURES.resolve(name + "-v2.toc"));
        return new TheoryDiffer().diff(name + ".toc", before, name + "-v2.toc", after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleAndItsRevisionDiffAsTheGoldenFilesSay(String name, String folder) {
        TheoryDiff diff = diff(name, folder);
        Golden.assertMatches(FIXTURES.resolve(name + ".txt"), new DiffTextWriter(false).write(diff));
        Golden.assertMatches(FIXTURES.resolve(name + ".md"), new DiffMarkdownWriter().write(diff));
        Golden.assertMatches(FIXTURES.resolve(name + ".json"), new DiffJsonWriter().write(diff));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyRevisionHasARenameAndNoRenamedIdIsReportedAsRemoved(String name, String folder) {
        TheoryDiff diff = diff(name, folder);
        List<ElementChange> renames = diff.changes().stream().filter(c -> c.type() == ChangeType.RENAMED).toList();
        assertFalse(renames.isEmpty(), "the fixture renames an element");
        for (ElementChange r : renames) {
            assertFalse(diff.changes().stream().anyMatch(c -> c.type() == ChangeType.REMOVED && c.id().equals(r.oldId())),
                    r.oldId() + " is renamed, not removed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSampleComparedWithItselfHasNoChanges(String name, String folder) {
        Theory theory = compile(Path.of("../samples", folder, name + ".toc"));
        TheoryDiff diff = new TheoryDiffer().diff("a", theory, "b", theory);
        assertEquals(List.of(), diff.changes());
        assertFalse(diff.nothingInCommon());
    }
}
