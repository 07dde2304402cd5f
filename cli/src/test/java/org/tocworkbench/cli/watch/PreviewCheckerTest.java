package org.tocworkbench.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.cli.HtmlIds;
import org.tocworkbench.evaluator.report.ProgressDiagram;
import org.tocworkbench.render.ProgressOverlayDiagram;

class PreviewCheckerTest {
    private static final Path LEARNING = Path.of("samples", "knowledge-learning", "learning.toc");
    /** Draws nothing but says how many results the overlay coloured, so that tests see what the renderer was given. */
    private static final ProgressDiagram COUNTING = (theory, progress, asOf) ->
            "<svg data-coloured=\"" + progress.size() + "\" data-as-of=\"" + asOf + "\"></svg>";

    @TempDir
    Path dir;

    private static PreviewChecker checker(Path file, List<Path> data, UnaryOperator<ImportRequest> mapping,
                                          ProgressDiagram renderer) {
        return new PreviewChecker(file, data, null, StatusBands.DEFAULT, CompileOptions.DEFAULT, mapping, renderer);
    }

    @Test
    void theTheorysImportsAndWorkbooksAreItsInputsAndItsDataColourTheDiagram() {
        PreviewChecker checker = checker(LEARNING, List.of(), r -> r, COUNTING);
        PreviewSnapshot s = checker.check();
        assertTrue(s.ok(), s.summary());
        Set<Path> inputs = checker.inputs();
        assertTrue(inputs.contains(LEARNING.resolveSibling("actors.toc").toAbsolutePath()), inputs.toString());
        assertTrue(inputs.contains(LEARNING.resolveSibling("learning-monitoring.xlsx").toAbsolutePath()), inputs.toString());
        assertFalse(s.svg().contains("data-coloured=\"0\""), "the overlay has statuses: " + s.svg());
        assertTrue(s.svg().contains("data-as-of=\"2026-06-30\""), s.svg());
        assertTrue(s.dataSummary().startsWith("progress as of 2026-06-30"), s.dataSummary());
        assertEquals(2, checker.check().version());
    }

    @Test
    void aRendererFailureIsAProblemAndNotAnException() {
        PreviewSnapshot s = checker(LEARNING, List.of(), r -> r, (t, p, a) -> {
            throw new IllegalStateException("dot crashed");
        }).check();
        assertEquals(List.of("the diagram could not be drawn: dot crashed"), s.problems());
        assertNull(s.svg());
        assertFalse(s.ok());
    }

    @Test
    void anInternalFailureKeepsThePreviewGoingWithTheLastGoodDiagram() throws Exception {
        Path toc = dir.resolve("t.toc");
        Files.copy(LEARNING, toc);
        Files.copy(LEARNING.resolveSibling("actors.toc"), dir.resolve("actors.toc"));
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "indicator,period,value\n");
        boolean[] fail = {false};
        PreviewChecker checker = checker(toc, List.of(csv), r -> {
            if (fail[0]) {
                throw new IllegalStateException("boom");
            }
            return r;
        }, COUNTING);
        assertTrue(checker.check().ok());
        fail[0] = true;
        PreviewSnapshot s = checker.check();
        assertTrue(s.problems().get(0).startsWith("internal error: java.lang.IllegalStateException: boom"), s.problems().toString());
        assertTrue(s.stale() && s.svg() != null, "the last good diagram, stale");
    }

    @Test
    void thePageWithTheRealDiagramUsesEveryIdOnce() {
        PreviewSnapshot s = checker(LEARNING, List.of(), r -> r, new ProgressOverlayDiagram()).check();
        assertTrue(s.ok(), s.summary());
        for (String html : List.of(PreviewPage.page(s), PreviewPage.fragment(s))) {
            List<String> ids = HtmlIds.all(html);
            assertTrue(ids.containsAll(List.of("preview", "diagram", "toc-theory", "toc-diagram", "toc-legend")), ids.toString());
            assertEquals(List.of(), HtmlIds.duplicates(html), "ids used twice on the preview page");
        }
    }

    @Test
    void theStatusBandsGivenToWatchRateTheOverlay() {
        java.util.function.Function<StatusBands, Map<String, String>> statuses = bands -> {
            Map<String, String> seen = new java.util.TreeMap<>();
            new PreviewChecker(LEARNING, List.of(), null, bands, CompileOptions.DEFAULT, r -> r, (t, progress, a) -> {
                progress.forEach((id, p) -> seen.put(id, p.status().toString()));
                return "<svg></svg>";
            }).check();
            return seen;
        };
        Map<String, String> usual = statuses.apply(StatusBands.DEFAULT);
        Map<String, String> narrow = statuses.apply(new StatusBands(1, 3, 5));
        assertEquals(usual.keySet(), narrow.keySet());
        assertFalse(usual.equals(narrow), "narrow bands rate some results worse: " + usual + " / " + narrow);
    }
}
