package org.tocworkbench.compiler.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.model.Theory;

/**
 * The acceptance test of issue 12: published theories of change and results frameworks,
 * transcribed as published into {@code src/test/resources/published/}, check with no error
 * (warnings allowed) and hold exactly the results, links, assumptions and indicators counted in
 * their sources. Each file cites its source at the top and says how it was counted.
 */
class PublishedTheoriesTest {
    private static final Path DIR = Path.of("src/test/resources/published");

    /**
     * file, results, links, assumptions, indicators, actors, as counted in the source:
     * <ul>
     * <li>superwomen: the long-term outcome, the three preconditions of stage 2, the outcome "women
     *     attend training classes" of the indicators page and intervention 1; three stated arrows
     *     into the long-term outcome and one inferred; the two basic assumptions; the four sample
     *     indicators.</li>
     * <li>sdg6-targets: targets 6.1-6.6, 6.a, 6.b (eight), no links, no assumptions, eleven
     *     indicators (6.1.1, 6.2.1, 6.3.1-2, 6.4.1-2, 6.5.1-2, 6.6.1, 6.a.1, 6.b.1).</li>
     * <li>equip-tanzania: four intermediate-outcome boxes, two outcomes, one impact in Figure 3;
     *     each intermediate outcome contributes to both outcomes (8) and both outcomes to the
     *     impact (2); five "intermediate outcomes to outcome" assumptions; no indicators.</li>
     * <li>ifrc-school-logframe: output 2.1 with indicator 1.1, the only legible row.</li>
     * <li>share-net-burundi: the thirteen IATI {@code result} elements (four of type 2, outcome; nine of
     *     type 1, output), no links (IATI states none), no assumptions, and their 28 {@code indicator}
     *     elements (1 + 2 + 8 + 2 + 1 + 2 + 1 + 1 + 4 + 1 + 1 + 3 + 1 in document order); its two
     *     participating organisations (implementing and funding).</li>
     * <li>regelrecht-outcome-mapping: the one outcome challenge that is filled in, the four
     *     boundary partners; no links, assumptions or indicators (progress markers are empty).</li>
     * </ul>
     */
    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("superwomen.toc", 6, 4, 2, 4, 0),
                Arguments.of("sdg6-targets.toc", 8, 0, 0, 11, 0),
                Arguments.of("equip-tanzania.toc", 7, 10, 5, 0, 0),
                Arguments.of("ifrc-school-logframe.toc", 1, 0, 0, 1, 0),
                Arguments.of("share-net-burundi.toc", 13, 0, 0, 28, 2),
                Arguments.of("regelrecht-outcome-mapping.toc", 1, 0, 0, 0, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void checksWithoutErrorAndHoldsWhatTheSourceHolds(String file, int results, int links, int assumptions, int indicators,
                                                      int actors) {
        Compilation compilation = new TocCompiler().compile(DIR.resolve(file), CompileOptions.DEFAULT);
        List<Diagnostic> errors = compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), () -> file + " has errors:\n" + errors.stream().map(d -> new HumanDiagnosticPrinter().print(d)).collect(Collectors.joining("\n")));
        Theory theory = compilation.theory();
        assertEquals(results, theory.nodes().size(), file + ": results");
        assertEquals(links, theory.links().size(), file + ": links");
        assertEquals(assumptions, theory.assumptions().size(), file + ": assumptions");
        assertEquals(indicators, theory.indicators().size(), file + ": indicators");
        assertEquals(actors, theory.actors().size(), file + ": actors");
    }

    @Test
    void everyFileInTheCorpusIsInTheTableAndCitesItsSource() throws IOException {
        Set<String> listed = corpus().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".toc")).toList()) {
                String name = path.getFileName().toString();
                assertTrue(listed.contains(name), name + " is in the corpus but not in the table of counts");
                String head = Files.readString(path).lines().limit(12).collect(Collectors.joining("\n"));
                assertTrue(head.contains("Source:") && head.contains("http"), name + " must cite its source (with its address) at the top");
            }
        }
    }
}
