package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.draft.DraftReportingOrg;
import org.tocworkbench.compiler.model.OrganisationType;

/**
 * Round trips through IATI: {@code toc import} of our own IATI export gives back the same results,
 * indicators and values (exporting the imported theory gives the same {@code <result>} elements),
 * and an IATI file imported, exported and imported again gives the same theory.
 */
class IatiRoundTripTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** The samples with results to publish (a file of actors alone has none). */
    static Stream<Path> samples() throws Exception {
        List<Path> withResults = new java.util.ArrayList<>();
        for (Path sample : StandardsFixtures.samples()) {
            Compilation compilation = new TocCompiler().compile(sample, CompileOptions.DEFAULT);
            if (compilation.theory().nodes().values().stream().anyMatch(n -> !n.indicators().isEmpty())) {
                withResults.add(sample);
            }
        }
        return withResults.stream();
    }

    /** The {@code <result>} elements of an export: what a round trip must keep. */
    private static String results(String xml) {
        int first = xml.indexOf("    <result ");
        return first < 0 ? "" : xml.substring(first, xml.lastIndexOf("</result>") + "</result>".length());
    }

    private static String exportXml(Compilation compilation) throws Exception {
        return IatiXmlWriter.write(StandardsFixtures.export(compilation, AS_OF));
    }

    @ParameterizedTest
    @MethodSource("theories")
    void importingOurOwnIatiExportGivesBackTheSameResultsIndicatorsAndValues(Path sample, @TempDir Path dir)
            throws Exception {
        Compilation original = new TocCompiler().compile(sample, CompileOptions.DEFAULT);
        String exported = exportXml(original);
        if (Files.isRegularFile(StandardsFixtures.SCHEMA)) {
            IatiExportTest.assertValid(exported); // IatiExportTest says when the schema is missing
        }
        Path xml = Files.writeString(dir.resolve("exported.xml"), exported, StandardCharsets.UTF_8);
        ImportedTheory imported = StandardsFixtures.read(xml);
        StandardsFixtures.Written written = StandardsFixtures.write(imported, dir, "reimported");
        StandardsFixtures.assertChecksAndIsFormatted(written);
        assertEquals(results(exported), results(exportXml(written.compilation())), sample.toString());
    }

    /**
     * Every indicator published keeps its meaning and its figures: the same unit (kind, label,
     * scale), aggregation, cumulative and direction in the compiled model, and after export, import
     * and evaluate the same status and the same value to date in every period, for the total and
     * for each group. Cumulative indicators, means, maxima and minima, currency and counted units,
     * and indicators computed from records are all in the samples and the test theories.
     */
    @ParameterizedTest
    @MethodSource("theories")
    void eachIndicatorHasTheSameMeaningStatusAndValuesAfterTheRoundTrip(Path theory, @TempDir Path dir)
            throws Exception {
        Compilation original = new TocCompiler().compile(theory, CompileOptions.DEFAULT);
        assertFalse(original.hasErrors(), () -> theory + ": " + original.diagnostics());
        Path xml = Files.writeString(dir.resolve("exported.xml"), exportXml(original), StandardCharsets.UTF_8);
        StandardsFixtures.Written written = StandardsFixtures.write(StandardsFixtures.read(xml), dir, "reimported");
        StandardsFixtures.assertChecksAndIsFormatted(written);
        var published = original.theory().indicators().values().stream()
                .filter(i -> original.theory().nodes().containsKey(i.subject()) && i.partOf().isEmpty())
                .map(org.tocworkbench.compiler.model.Indicator::id).toList();
        assertFalse(published.isEmpty(), theory.toString());
        assertEquals(List.of(), differences(meanings(original, published), meanings(written.compilation(), published)),
                theory + ": the model before (-) and after (+) the round trip");
        assertEquals(List.of(), differences(figures(original, published), figures(written.compilation(), published)),
                theory + ": the evaluation before (-) and after (+) the round trip");
        // The data's periods come back with the plain labels the tool prints (2025-Q1, 2025), not date ranges.
        var theoryBack = written.compilation().theory();
        List<String> ranges = org.tocworkbench.evaluator.MonitoringEvaluation.evaluate(theoryBack,
                org.tocworkbench.evaluator.MonitoringEvaluation.boundRequests(theoryBack), AS_OF,
                org.tocworkbench.evaluator.progress.StatusBands.DEFAULT, r -> { }).iptt().indicators().stream()
                .flatMap(i -> i.periods().stream()).filter(IatiRoundTripTest::reported)
                .map(p -> p.slot().label()).filter(label -> label.contains(" – ")).distinct().toList();
        assertEquals(List.of(), ranges, theory + ": IPTT periods labelled as date ranges after the round trip");
    }

    /** The lines only before ({@code -}) or only after ({@code +}). */
    private static List<String> differences(List<String> before, List<String> after) {
        List<String> differences = new java.util.ArrayList<>();
        before.stream().filter(line -> !after.contains(line)).forEach(line -> differences.add("- " + line));
        after.stream().filter(line -> !before.contains(line)).forEach(line -> differences.add("+ " + line));
        return differences;
    }

    /** The samples with results, and the test theories written for what the samples lack (max, min ...). */
    static Stream<Path> theories() throws Exception {
        List<Path> all = new java.util.ArrayList<>(samples().toList());
        try (Stream<Path> extra = Files.list(StandardsFixtures.FOLDER.resolve("round-trip"))) {
            extra.filter(f -> f.toString().endsWith(".toc")).sorted().forEach(all::add);
        }
        return all.stream();
    }

    /** Each indicator's unit, aggregation, cumulative and direction as the compiler reads them. */
    private static List<String> meanings(Compilation compilation, List<String> ids) {
        List<String> lines = new java.util.ArrayList<>();
        for (String id : ids) {
            var indicator = compilation.theory().indicators().get(id);
            lines.add(indicator == null ? id + " missing" : id + " unit " + indicator.unit().kind() + " \""
                    + indicator.unit().label() + "\" " + indicator.unit().scale() + " aggregation "
                    + indicator.aggregation() + (indicator.cumulative() ? " cumulative" : " snapshot")
                    + " direction " + indicator.direction());
        }
        return lines;
    }

    /** Each indicator's status, and its value to date at the end of every period, total and per group. */
    private static List<String> figures(Compilation compilation, List<String> ids) throws Exception {
        var theory = compilation.theory();
        var evaluation = org.tocworkbench.evaluator.MonitoringEvaluation.evaluate(theory,
                org.tocworkbench.evaluator.MonitoringEvaluation.boundRequests(theory), AS_OF,
                org.tocworkbench.evaluator.progress.StatusBands.DEFAULT, r -> { });
        List<String> lines = new java.util.ArrayList<>();
        for (String id : ids) {
            var progress = evaluation.indicators().get(id);
            lines.add(id + " status " + (progress == null ? "none" : progress.status()));
            evaluation.iptt().indicators().stream().filter(i -> i.indicatorId().equals(id))
                    .flatMap(i -> i.periods().stream()).filter(IatiRoundTripTest::reported).forEach(period -> {
                        String slot = id + " " + period.slot().start() + ".." + period.slot().end();
                        lines.add(slot + " to date " + rounded(period.toDate()));
                        period.groups().stream().filter(g -> !Double.isNaN(g.toDate()))
                                .forEach(g -> lines.add(slot + " " + g.group() + " to date " + rounded(g.toDate())));
                    });
        }
        return lines;
    }

    /**
     * A period the data report a value for: the IPTT also lists the periods of a declared frequency,
     * which IATI does not carry, with the value to date carried over.
     */
    private static boolean reported(org.tocworkbench.evaluator.iptt.IpttPeriod period) {
        return !Double.isNaN(period.actual()) || !period.text().isEmpty()
                || period.groups().stream().anyMatch(g -> !Double.isNaN(g.actual()));
    }

    /**
     * To the reports' precision (two decimals): the export publishes values as the reports print
     * them, so a value read back is the computed one rounded (45.67901234567901 is read back as 45.68).
     */
    private static String rounded(double value) {
        return Double.isNaN(value) ? "none" : org.tocworkbench.evaluator.report.Format.points(value).toPlainString();
    }

    @Test
    void anIatiFileImportedExportedAndImportedAgainGivesTheSameTheory(@TempDir Path dir) throws Exception {
        ImportedTheory first = StandardsFixtures.read(StandardsFixtures.Fixture.IATI.file);
        StandardsFixtures.Written written = StandardsFixtures.write(first, dir, "first");
        String exported = exportXml(written.compilation());
        IatiExportTest.assertValid(exported);
        Path xml = Files.writeString(dir.resolve("exported.xml"), exported, StandardCharsets.UTF_8);
        ImportedTheory second = StandardsFixtures.read(xml);
        assertEquals(plans(first), plans(second));
        assertEquals(first.draft().links(), second.draft().links());
        assertEquals(values(first), values(second));
        assertFalse(first.actuals().isEmpty());
        // The activity header comes back too: the imported theory names the activity and its
        // publisher, so its export needs no options and gives the file's own header.
        assertEquals(Optional.of("XM-EXAMPLE-1-WASH-17"), first.draft().identifier());
        assertEquals(Optional.of(new DraftReportingOrg("XM-EXAMPLE-1", Optional.of("Example Water Alliance"),
                Optional.of(OrganisationType.INTERNATIONAL_NGO))), first.draft().reportingOrg());
        String published = IatiXmlWriter.write(StandardsFixtures.exportAsTheTheoryNamesIt(written.compilation(), AS_OF));
        IatiExportTest.assertValid(published);
        assertEquals(header(Files.readString(StandardsFixtures.Fixture.IATI.file)), header(published));
        ImportedTheory third = StandardsFixtures.read(Files.writeString(dir.resolve("published.xml"), published));
        assertEquals(first.draft().identifier(), third.draft().identifier());
        assertEquals(first.draft().reportingOrg(), third.draft().reportingOrg());
        assertEquals(plans(first), plans(third));
    }

    /** The activity's identifier and reporting organisation, as written in the XML. */
    private static String header(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<iati-identifier>.*?</reporting-org>").matcher(xml);
        assertTrue(m.find(), xml);
        return m.group().replaceAll(">\\s+<", "><");
    }

    /**
     * Each result and indicator with its values, dates as the day they end: an IATI file dates a
     * target by its period's end and a baseline by its day, where the theory may name a year.
     */
    private static List<String> plans(ImportedTheory imported) {
        List<String> lines = new java.util.ArrayList<>();
        for (var result : imported.draft().results()) {
            lines.add(result.id() + " " + result.kind() + " " + result.title() + " / " + result.description());
            for (var indicator : result.indicators()) {
                lines.add(indicator.id() + " " + indicator.title() + " " + indicator.codes() + " " + indicator.unit() + " "
                        + indicator.direction() + " " + indicator.disaggregations() + " baseline "
                        + indicator.baseline().map(IatiRoundTripTest::value).orElse("none") + " plans "
                        + indicator.milestones().stream().map(IatiRoundTripTest::value).toList() + " target "
                        + indicator.target().map(IatiRoundTripTest::value).orElse("none"));
            }
        }
        return lines;
    }

    private static String value(org.tocworkbench.compiler.draft.DraftValue value) {
        return value.value() + (value.percent() ? "%" : "") + " at " + value.date()
                .flatMap(org.tocworkbench.compiler.model.PeriodDate::parse).map(d -> d.end().toString()).orElse("?");
    }

    /** The actuals and their comments, without where they were found (a line of a different file). */
    private static List<String> values(ImportedTheory imported) {
        return imported.actuals().stream().map(a -> a.indicatorId() + " " + a.start() + ".." + a.end() + " "
                + a.group() + " = " + a.value() + " (" + a.comment() + ")").toList();
    }
}
