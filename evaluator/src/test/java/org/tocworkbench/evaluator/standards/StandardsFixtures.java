package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.draft.TheoryDraft;
import org.tocworkbench.compiler.format.DraftWriter;
import org.tocworkbench.compiler.format.TocFormatter;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.series.ObservedData;

/** The source fixtures of toc import, and the steps the tests share: import, write, check, export. */
final class StandardsFixtures {
    static final Path FOLDER = Path.of("evaluator/src/test/resources/standards");
    static final Path SCHEMA = Path.of("../shared/standards/iati-2.03/iati-activities-schema.xsd");
    static final IatiActivity.ReportingOrg ORG = new IatiActivity.ReportingOrg("XM-EXAMPLE-1", "21", "Example NGO");

    /** One source layout's fixture. */
    enum Fixture {
        DFID("dfid/results-framework.xlsx", SourceLayout.DFID),
        DFID_ACHIEVED("dfid-achieved/logframe-2011.xlsx", SourceLayout.DFID),
        /** A corpus logframe (layouts/07) whose dates are financial years such as 2012-13. */
        DFID_FINANCIAL_YEARS("../layouts/07-dfid-logframe/pesp2-logframe.xlsx", SourceLayout.DFID),
        EU("eu/logframe-matrix.xlsx", SourceLayout.EU),
        RESULTS_FRAMEWORK("results-framework/results-framework.xlsx", SourceLayout.RESULTS_FRAMEWORK),
        IATI("iati/activity.xml", SourceLayout.IATI),
        JSON("json/model.json", SourceLayout.JSON);

        final Path file;
        final SourceLayout layout;

        Fixture(String file, SourceLayout layout) {
            this.file = FOLDER.resolve(file);
            this.layout = layout;
        }

        String golden(String suffix) {
            return "standards/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + suffix;
        }
    }

    /** A written theory: its file, its compilation. */
    record Written(Path toc, String text, Compilation compilation) {
    }

    private StandardsFixtures() {
    }

    /** Writes an import as toc import does (the theory, and its actuals workbook bound in it) and checks it. */
    static Written write(ImportedTheory imported, Path folder, String name) throws IOException {
        TheoryDraft draft = imported.draft();
        if (!imported.actuals().isEmpty()) {
            Files.write(folder.resolve(name + "-actuals.xlsx"), ActualsWorkbook.toBytes(imported.actuals()));
            draft = draft.withData(name + "-actuals.xlsx");
        }
        TheoryDraft written = draft;
        String text = imported.text().orElseGet(() -> new DraftWriter().write(written));
        Path toc = folder.resolve(name + ".toc");
        Files.writeString(toc, text, StandardCharsets.UTF_8);
        Compilation compilation = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        return new Written(toc, text, compilation);
    }

    /** The import checks with warnings at most, and is already in toc fmt's layout. */
    static void assertChecksAndIsFormatted(Written written) {
        assertFalse(written.compilation().hasErrors(), () -> written.text() + "\n" + written.compilation().diagnostics());
        assertTrue(written.compilation().diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR));
        TocFormatter.Result formatted = new TocFormatter().format(new SourceFile("x.toc", written.text()));
        assertEquals(written.text(), formatted.text(), "toc fmt would change the imported theory");
    }

    static IatiActivity export(Compilation compilation, java.time.LocalDate asOf) throws Exception {
        ObservedData data = MonitoringEvaluation.observe(compilation.theory(),
                MonitoringEvaluation.boundRequests(compilation.theory()), r -> { });
        return new IatiResultsBuilder().build(compilation.theory(), data, "XM-EXAMPLE-1-TEST", ORG, asOf);
    }

    /** The IATI results of a theory published as its own `identifier` and `reporting org` say. */
    static IatiActivity exportAsTheTheoryNamesIt(Compilation compilation, java.time.LocalDate asOf) throws Exception {
        var metadata = compilation.theory().metadata();
        var org = metadata.reportingOrg().orElseThrow(() -> new AssertionError("the theory names no reporting org"));
        ObservedData data = MonitoringEvaluation.observe(compilation.theory(),
                MonitoringEvaluation.boundRequests(compilation.theory()), r -> { });
        return new IatiResultsBuilder().build(compilation.theory(), data,
                metadata.identifier().orElseThrow(() -> new AssertionError("the theory names no identifier")),
                new IatiActivity.ReportingOrg(org.ref(), org.type().orElseThrow().code(), org.displayName()), asOf);
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            return files.filter(f -> f.toString().endsWith(".toc")).sorted().toList();
        }
    }

    static ImportedTheory read(Path file) throws StandardsException {
        return TheoryImporter.read(file, Optional.empty());
    }
}
