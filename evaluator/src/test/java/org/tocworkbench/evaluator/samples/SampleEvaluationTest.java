package org.tocworkbench.evaluator.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.ingest.ImportResult;
import org.tocworkbench.evaluator.ingest.MonitoringImporter;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.report.JsonReportWriter;
import org.tocworkbench.evaluator.report.MarkdownReportWriter;
import org.tocworkbench.evaluator.report.TerminalSummary;
import org.tocworkbench.evaluator.series.SeriesStore;
import org.tocworkbench.evaluator.testing.Golden;

/**
 * Each sample theory evaluated with the workbook its {@code data} block binds, through the classes
 * {@code toc evaluate} uses (compiler → importer → series store → evaluator), against reviewed
 * golden reports under golden/samples/ (rewrite with {@code -Dgolden.update=true} and review the
 * diff). The data issues must be exactly the deliberate ones.
 */
class SampleEvaluationTest {

    enum Sample {
        PANDEMIC("samples/pandemic-preparedness/pandemic.toc", Map.of()),
        HUMANITARIAN("samples/humanitarian-communication/humanitarian.toc", Map.of(
                // a code with a typo (OP6_11 for OP6_1), a quarter written without its year, and a blank
                // value whose comment says why
                "'Indicator results'!A318", DataIssue.Kind.UNKNOWN_INDICATOR,
                "'Indicator results'!C148", DataIssue.Kind.UNREADABLE_PERIOD,
                "'Indicator results'!E144", DataIssue.Kind.NO_VALUE)),
        LEARNING("samples/knowledge-learning/learning.toc", Map.of());

        final Path toc;
        /** Cell → kind of every data issue the sample's workbook is meant to show. */
        final Map<String, DataIssue.Kind> deliberateIssues;

        Sample(String toc, Map<String, DataIssue.Kind> deliberateIssues) {
            this.toc = Path.of(toc);
            this.deliberateIssues = deliberateIssues;
        }

        String golden(String suffix) {
            String file = toc.getFileName().toString();
            return "samples/" + file.substring(0, file.length() - ".toc".length()) + suffix;
        }
    }

    private record Run(Compilation compilation, List<ImportResult> imports, Evaluation evaluation) {
    }

    private static Run run(Sample sample) throws ImportException {
        Compilation compilation = new TocCompiler().compile(sample.toc, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), () -> sample.toc + ": " + compilation.diagnostics());
        Theory theory = compilation.theory();
        SeriesStore store = new SeriesStore();
        MonitoringImporter importer = new MonitoringImporter();
        List<ImportResult> imports = new ArrayList<>();
        for (DataBinding binding : theory.data()) {
            imports.add(importer.read(ImportRequest.from(binding), theory, store));
        }
        Evaluation evaluation = Evaluator.evaluate(theory, store.finish(), null, StatusBands.DEFAULT);
        return new Run(compilation, imports, evaluation);
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void checksWithoutErrorsOrWarnings(Sample sample) throws Exception {
        Compilation compilation = new TocCompiler().compile(sample.toc, CompileOptions.DEFAULT);
        // The humanitarian hub writes the feedback bulletins alone: the network lens notes it (TOC253, an info).
        List<String> expected = sample.toc.toString().contains("humanitarian")
                ? List.of("TOC253 ST3", "TOC253 OP3") : List.of();
        assertEquals(expected, compilation.diagnostics().stream()
                .map(d -> d.code().id() + " " + d.message().replaceAll("^\\w+ `([^`]+)`.*", "$1")).toList(),
                sample.toc.toString());
        assertTrue(compilation.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO));
        assertEquals(1, compilation.theory().data().size(), "one bound workbook");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void jsonReport(Sample sample) throws Exception {
        Golden.check(sample.golden(".report.json"), new JsonReportWriter().toJson(run(sample).evaluation()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void markdownReport(Sample sample) throws Exception {
        Golden.check(sample.golden(".report.md"), new MarkdownReportWriter().render(run(sample).evaluation()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void terminalSummary(Sample sample) throws Exception {
        Golden.check(sample.golden(".summary.txt"), new TerminalSummary().render(run(sample).evaluation()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theBindingReadsWithOnlyTheDeliberateIssues(Sample sample) throws Exception {
        Run run = run(sample);
        Map<DataIssue.Kind, Long> expectedCounts = new EnumMap<>(DataIssue.Kind.class);
        sample.deliberateIssues.values().forEach(kind -> expectedCounts.merge(kind, 1L, Long::sum));
        Map<DataIssue.Kind, Long> counts = new EnumMap<>(DataIssue.Kind.class);
        for (ImportResult result : run.imports()) {
            result.issueCounts().forEach((kind, n) -> counts.merge(kind, n, Long::sum));
        }
        assertEquals(expectedCounts, counts, () -> "issues: " + run.evaluation().issues().kept());
        Map<String, DataIssue.Kind> where = new TreeMap<>();
        for (DataIssue issue : run.evaluation().issues().kept()) {
            where.put(issue.where().a1(), issue.kind());
        }
        assertEquals(new TreeMap<>(sample.deliberateIssues), where);
        assertTrue(run.evaluation().observationCount() > 50, "the workbook is read");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void reportsNameFilesWithoutTheirFolder(Sample sample) throws Exception {
        Evaluation evaluation = run(sample).evaluation();
        String json = new JsonReportWriter().toJson(evaluation);
        String markdown = new MarkdownReportWriter().render(evaluation);
        String root = Path.of("").toAbsolutePath().toString();
        for (String report : List.of(json, markdown)) {
            assertFalse(report.contains(root), "an absolute path in a report");
            assertFalse(report.contains("samples/"), "a folder in a report");
        }
        String files = evaluation.issues().kept().stream().map(i -> i.where().file()).distinct()
                .collect(Collectors.joining(","));
        assertTrue(files.isEmpty() || !files.contains("/"), files);
    }
}
