package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.evaluator.testing.Golden;

/**
 * {@code toc import} of each source layout: the theory written matches its golden file, checks
 * with warnings at most, is in toc fmt's layout, and the summary says what the source left open.
 */
class TheoryImportTest {
    @ParameterizedTest
    @EnumSource(StandardsFixtures.Fixture.class)
    void eachLayoutImportsToAGoldenTheoryThatChecksWithWarningsAtMost(StandardsFixtures.Fixture fixture,
                                                                      @TempDir Path dir) throws Exception {
        ImportedTheory imported = StandardsFixtures.read(fixture.file);
        assertEquals(fixture.layout, imported.layout());
        StandardsFixtures.Written written = StandardsFixtures.write(imported, dir, "imported");
        StandardsFixtures.assertChecksAndIsFormatted(written);
        Golden.check(fixture.golden(".toc"), written.text());
        Golden.check(fixture.golden(".summary.txt"), String.join("\n", imported.summary()) + "\n");
    }

    @ParameterizedTest
    @EnumSource(StandardsFixtures.Fixture.class)
    void theLayoutNamedWithLayoutGivesTheSameTheory(StandardsFixtures.Fixture fixture) throws Exception {
        ImportedTheory detected = StandardsFixtures.read(fixture.file);
        ImportedTheory named = TheoryImporter.read(fixture.file, Optional.of(fixture.layout));
        assertEquals(detected.draft(), named.draft());
    }

    @Test
    void dfidResultsFrameworkPlansBecomeBaselineMilestonesAndTargetWithTheirDates(@TempDir Path dir) throws Exception {
        StandardsFixtures.Written written = StandardsFixtures.write(
                StandardsFixtures.read(StandardsFixtures.Fixture.DFID.file), dir, "gsep");
        Indicator bursaries = written.compilation().theory().indicators().get("OP1_1");
        assertEquals("0", bursaries.baseline().value().raw());
        assertEquals("2015", bursaries.baseline().date().text());
        assertEquals("4000", bursaries.milestones().get(0).value().raw());
        assertEquals("2017-03", bursaries.milestones().get(0).date().text());
        assertEquals("12000", bursaries.target().value().raw());
        assertEquals("2019-03", bursaries.target().date().text());
        assertEquals("Output Indicator 1.1", bursaries.codes().get(0).code());
        assertEquals(NodeKind.OUTPUT, written.compilation().theory().nodes().get("OP1").kind());
        assertTrue(written.text().contains("inferred"), "the levels' links are marked inferred");
    }

    @Test
    void achievedValuesOfADfidLogframeGoToTheActualsWorkbookAndAreEvaluated(@TempDir Path dir) throws Exception {
        ImportedTheory imported = StandardsFixtures.read(StandardsFixtures.Fixture.DFID_ACHIEVED.file);
        StandardsFixtures.Written written = StandardsFixtures.write(imported, dir, "water");
        assertEquals(6, imported.actuals().size());
        var data = org.tocworkbench.evaluator.MonitoringEvaluation.observe(written.compilation().theory(),
                org.tocworkbench.evaluator.MonitoringEvaluation.boundRequests(written.compilation().theory()), r -> { });
        assertEquals(6, data.observationCount(), "every achieved value is read back by toc evaluate");
        var outcome = data.series("OC1_1").orElseThrow().total().orElseThrow();
        assertEquals(53.0, outcome.value(outcome.size() - 1));
    }

    @Test
    void financialYearsAreReadAsTheirSecondYearAndTheirAchievedValuesAreKept(@TempDir Path dir) throws Exception {
        ImportedTheory imported = StandardsFixtures.read(StandardsFixtures.Fixture.DFID_FINANCIAL_YEARS.file);
        StandardsFixtures.Written written = StandardsFixtures.write(imported, dir, "pesp2");
        StandardsFixtures.assertChecksAndIsFormatted(written);
        assertFalse(written.text().contains("2012-13"), "a financial year is written as its second year");
        assertTrue(written.text().contains("baseline 60% at 2013"), written.text());
        assertFalse(imported.actuals().isEmpty(), "the values achieved under Baseline (2012-13) are kept");
        assertTrue(imported.summary().stream().noneMatch(l -> l.contains("has no date")), imported.summary().toString());
    }

    @Test
    void aFinancialYearIsNotReadAsAMonthAndAMonthIsNotReadAsAFinancialYear() {
        assertEquals(Optional.of("2013"), PlannedValues.date("2012-13"));
        assertEquals(Optional.of("2013"), PlannedValues.date("2012/2013"));
        assertEquals(Optional.of("2000"), PlannedValues.date("1999-00"));
        assertEquals(Optional.of("2016-03"), PlannedValues.date("2016-03"));
        assertEquals(Optional.of("2016-03-31"), PlannedValues.date("2016-03-31"));
        assertEquals(Optional.empty(), PlannedValues.date("2016-14"));
    }

    @Test
    void sourceGapsAreWrittenAsNotesAndListedInTheSummary() throws Exception {
        ImportedTheory imported = StandardsFixtures.read(StandardsFixtures.Fixture.RESULTS_FRAMEWORK.file);
        assertTrue(imported.summary().stream().anyMatch(l -> l.startsWith("no link:") && l.contains("A1")),
                imported.summary().toString());
        assertTrue(new org.tocworkbench.compiler.format.DraftWriter().write(imported.draft())
                .contains("# To check: the source gives no link from A1"));
    }

    @Test
    void aWorkbookOfNeitherLayoutIsRefusedNamingWhatWasLookedForAndFound() {
        StandardsException e = assertThrows(StandardsException.class,
                () -> StandardsFixtures.read(StandardsFixtures.FOLDER.resolve("bad/contacts.xlsx")));
        assertFalse(e.unreadable());
        assertTrue(e.getMessage().contains("looked for a DFID results framework"), e.getMessage());
        assertTrue(e.getMessage().contains("found sheet \"Contacts\" starts with Name | Organisation | Email"),
                e.getMessage());
    }

    @Test
    void aNamedLayoutTheWorkbookDoesNotHaveIsRefused() {
        StandardsException e = assertThrows(StandardsException.class, () -> TheoryImporter.read(
                StandardsFixtures.Fixture.DFID.file, Optional.of(SourceLayout.EU)));
        assertTrue(e.getMessage().contains("looked for an EU logical framework matrix"), e.getMessage());
        StandardsException xml = assertThrows(StandardsException.class, () -> TheoryImporter.read(
                StandardsFixtures.Fixture.IATI.file, Optional.of(SourceLayout.DFID)));
        assertTrue(xml.getMessage().contains("found an XML file"), xml.getMessage());
    }

    @Test
    void xmlThatIsNotIatiIsRefusedWithItsLine() {
        StandardsException e = assertThrows(StandardsException.class,
                () -> StandardsFixtures.read(StandardsFixtures.FOLDER.resolve("bad/not-iati.xml")));
        assertFalse(e.unreadable());
        assertTrue(e.getMessage().contains("found <rss> at line 2"), e.getMessage());
    }

    @Test
    void malformedIatiIsRefusedWithTheLineWhereReadingStopped() {
        StandardsException e = assertThrows(StandardsException.class,
                () -> StandardsFixtures.read(StandardsFixtures.FOLDER.resolve("bad/malformed.xml")));
        assertFalse(e.unreadable());
        assertTrue(e.getMessage().contains("not well-formed XML at line 5"), e.getMessage());
    }

    @Test
    void aMismatchedTagIsPlacedByLineAndColumnInOurWords() {
        StandardsException e = assertThrows(StandardsException.class,
                () -> StandardsFixtures.read(StandardsFixtures.FOLDER.resolve("bad/malformed.xml")));
        assertTrue(e.getMessage().matches(".*not well-formed XML at line 5, column \\d+: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("row,col"), e.getMessage());
    }

    @Test
    void truncatedXmlIsRefusedWithItsLineNotAnInternalError(@TempDir Path dir) throws Exception {
        Path open = Files.writeString(dir.resolve("b.xml"), "<foo>\n");
        StandardsException e = assertThrows(StandardsException.class, () -> StandardsFixtures.read(open));
        assertFalse(e.unreadable());
        assertTrue(e.getMessage().startsWith("b.xml: not well-formed XML at line "), e.getMessage());
        byte[] whole = Files.readAllBytes(StandardsFixtures.Fixture.IATI.file);
        for (int cut : new int[] {whole.length / 3, whole.length / 2, whole.length - 40}) {
            Path part = Files.write(dir.resolve("part.xml"), java.util.Arrays.copyOf(whole, cut));
            StandardsException p = assertThrows(StandardsException.class, () -> StandardsFixtures.read(part));
            assertTrue(p.getMessage().startsWith("part.xml: not well-formed XML at line "), p.getMessage());
            assertFalse(p.getMessage().contains("row,col"), p.getMessage());
        }
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefused() {
        StandardsException e = assertThrows(StandardsException.class,
                () -> StandardsFixtures.read(StandardsFixtures.FOLDER.resolve("bad/external-entity.xml")));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertFalse(e.getMessage().contains("workbooks never do"), "the words fit an XML file: " + e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "the entity was never resolved");
    }

    @Test
    void textThatIsNoneOfTheSourcesIsRefused() {
        StandardsException e = assertThrows(StandardsException.class,
                () -> StandardsFixtures.read(StandardsFixtures.FOLDER.resolve("bad/notes.txt")));
        assertFalse(e.unreadable());
        assertTrue(e.getMessage().contains("found a text file starting \"Level;Result;Notes\""), e.getMessage());
    }

    @Test
    void aMissingOrEmptyFileIsUnreadable(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(StandardsException.class, () -> StandardsFixtures.read(dir.resolve("none.xlsx")))
                .unreadable());
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertTrue(assertThrows(StandardsException.class, () -> StandardsFixtures.read(empty)).unreadable());
        Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertTrue(assertThrows(StandardsException.class, () -> StandardsFixtures.read(broken)).unreadable());
    }

    @Test
    void jsonThatIsNotAModelIsRefused(@TempDir Path dir) throws Exception {
        Path dhis2 = Files.writeString(dir.resolve("values.json"), "{\"dataValues\": []}");
        StandardsException e = assertThrows(StandardsException.class, () -> StandardsFixtures.read(dhis2));
        assertTrue(e.getMessage().contains("looked for a toc JSON model") && e.getMessage().contains("dataValues"),
                e.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n \"schema\": \"toc-model/1\",\n  \"nodes\": [\n");
        String message = assertThrows(StandardsException.class, () -> StandardsFixtures.read(broken)).getMessage();
        assertTrue(message.matches("broken.json: not well-formed JSON at line \\d+, column \\d+: .*"), message);
        assertFalse(message.contains("Source:") || message.contains("REDACTED"), message);
    }
}
