package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.model.Layout;
import org.tocworkbench.evaluator.ingest.SheetWriter.Formula;
import org.tocworkbench.evaluator.ingest.SheetWriter.Pct;

class LongLayoutTest {
    @TempDir
    Path dir;

    private Path template(Object[]... rows) {
        return Fixtures.xlsx(dir, "monitoring.xlsx", wb -> {
            SheetWriter indicators = new SheetWriter(wb, TemplateContract.INDICATOR_SHEET);
            indicators.row(1, TemplateContract.INDICATOR_HEADER.toArray());
            indicators.row(2, "coverage", "Immunisation coverage", "o1", "percent");
            SheetWriter data = new SheetWriter(wb, TemplateContract.DATA_SHEET);
            data.row(1, TemplateContract.DATA_HEADER.toArray());
            for (int i = 0; i < rows.length; i++) {
                data.row(i + 2, rows[i]);
            }
        });
    }

    @Test
    void theTemplateWorkbookIsReadWithNoMapping() throws Exception {
        Path file = template(
                new Object[] {"visits", "Outreach visits", "2024-Q1", "female", 120, "first quarter"},
                new Object[] {"visits", "Outreach visits", "2024-Q1", null, 250},
                new Object[] {"coverage", "Immunisation coverage", LocalDate.of(2024, 3, 31), null, new Pct(0.455)});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals("Data", c.result.sheet());
        assertEquals(Layout.LONG, c.result.layout());
        assertEquals(1, c.result.headerRow());
        assertEquals(3, c.observations.size(), c.describeIssues());
        Observation female = c.of("visits").get(0);
        assertEquals(120, female.value());
        assertEquals("female", female.disaggregation());
        assertEquals(LocalDate.of(2024, 1, 1), female.period().start());
        assertEquals(LocalDate.of(2024, 3, 31), female.period().end());
        assertEquals("Data!E2", female.source().a1());
        assertEquals("", c.of("visits").get(1).disaggregation());
        Observation coverage = c.only("coverage");
        assertEquals(45.5, coverage.value(), 1e-9);
        assertEquals(LocalDate.of(2024, 3, 31), coverage.period().start());
        assertTrue(c.issues.isEmpty(), c.describeIssues());
    }

    @Test
    void aPlainLongSheetWithTitleRowsAndOtherWordsForItsHeadersIsRecognised() throws Exception {
        Path file = Fixtures.xlsx(dir, "plain.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "Tracking");
            s.row(1, "Outreach programme — indicator tracking");
            s.row(2, "Prepared by M&E unit, 2024");
            s.row(4, "Code", "Indicator name", "Quarter", "Sex", "Actual (number)", "Remarks");
            s.row(5, "visits", "Outreach visits", "Q1 2024", "Female", 10, "ok");
            s.row(6, "VISITS", "Outreach visits", "Q2 2024", "Total", 11, null);
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(4, c.result.headerRow());
        assertEquals(Map.of("indicator", "A \"Code\"", "title", "B \"Indicator name\"", "period", "C \"Quarter\"",
                "value", "E \"Actual (number)\"", "disaggregation", "D \"Sex\"", "comment", "F \"Remarks\""),
                c.result.columns());
        assertEquals(2, c.observations.size(), c.describeIssues());
        assertEquals("Female", c.observations.get(0).disaggregation());
        assertEquals("", c.observations.get(1).disaggregation());
        assertEquals(2, c.result.structureRows());
    }

    @Test
    void headersAreMatchedIgnoringCaseAndAccents() throws Exception {
        Path file = Fixtures.xlsx(dir, "fr.xlsx", wb -> new SheetWriter(wb, "Suivi")
                .row(1, "CODE INDICATEUR", "Période", "Valeur", "Commentaire")
                .row(2, "visits", "2024-03", 5, ""));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.observations.size(), c.describeIssues());
        assertEquals(LocalDate.of(2024, 3, 31), c.observations.get(0).period().end());
    }

    @Test
    void aMappingNamesColumnsByHeaderOrLetter() throws Exception {
        Path file = Fixtures.xlsx(dir, "mapped.xlsx", wb -> new SheetWriter(wb, "Sheet1")
                .row(1, "Ref", "When", "How many", "Other")
                .row(2, "visits", "2024-Q2", 7, "x"));
        ImportRequest request = ImportRequest.of(file).withColumn("indicator", "Ref").withColumn("period", "when")
                .withColumn("value", "C");
        Fixtures.Collected c = Fixtures.read(request);
        assertEquals(7, c.only("visits").value());
    }

    @Test
    void blankRowsSectionRowsAndTotalsRowsAreSkippedAndCounted() throws Exception {
        Path file = template(
                new Object[] {"Output 1: clinics run outreach"},
                new Object[] {"visits", null, "2024-Q1", "female", 1},
                new Object[] {},
                new Object[] {"visits", null, "2024-Q1", "male", 2},
                new Object[] {"Total", null, "2024-Q1", null, 3},
                new Object[] {"Grand total", null, null, null, 3});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(2, c.observations.size());
        assertEquals(1, c.result.structureRows());
        assertEquals(2, c.result.totalsRows());
        assertTrue(c.issues.isEmpty(), c.describeIssues());
    }

    @Test
    void anUnknownIndicatorIsReportedWithASuggestion() throws Exception {
        Path file = template(new Object[] {"visit", null, "2024-Q1", null, 1});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        DataIssue issue = c.issues(DataIssue.Kind.UNKNOWN_INDICATOR).get(0);
        assertEquals("Data!A2", issue.where().a1());
        assertTrue(issue.message().contains("did you mean `visits`?"), issue.message());
    }

    @Test
    void idsMatchExactlyThenIgnoringCaseThenByTitleWhichIsReportedOnce() throws Exception {
        Path file = template(
                new Object[] {"Visits", null, "2024-Q1", null, 1},
                new Object[] {null, "immunisation COVERAGE", "2024-Q1", null, 50},
                new Object[] {null, "Immunisation coverage", "2024-Q2", null, 60});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.only("visits").value());
        assertEquals(2, c.of("coverage").size());
        assertTrue(c.of("coverage").get(0).matchedByTitle());
        assertEquals(1, c.issues(DataIssue.Kind.MATCHED_BY_TITLE).size(), c.describeIssues());
        assertEquals("Data!B3", c.issues(DataIssue.Kind.MATCHED_BY_TITLE).get(0).where().a1());
    }

    @Test
    void missingMarkersAndBlanksAreNotZerosAndABlankValueWithACommentIsReported() throws Exception {
        Path file = template(
                new Object[] {"visits", null, "2024-Q1", null, "n/a"},
                new Object[] {"visits", null, "2024-Q2", null, "-"},
                new Object[] {"visits", null, "2024-Q3", null, "—"},
                new Object[] {"visits", null, "2024-Q4", null, "N/A"},
                new Object[] {"visits", null, "2025-Q1", null, null},
                new Object[] {"visits", null, "2025-Q2", null, null, "clinic closed by floods"},
                new Object[] {"visits", null, "2025-Q3", null, "  "});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertTrue(c.observations.isEmpty());
        assertEquals(7, c.result.missingValues());
        assertEquals(1, c.issues.size(), c.describeIssues());
        assertEquals(DataIssue.Kind.NO_VALUE, c.issues.get(0).kind());
        assertEquals("Data!E7", c.issues.get(0).where().a1());
    }

    @Test
    void valuesAreReadInTheIndicatorsUnit() throws Exception {
        Path file = template(
                new Object[] {"coverage", null, "2024-Q1", null, "45%"},
                new Object[] {"coverage", null, "2024-Q2", null, "87.5 %"},
                new Object[] {"coverage", null, "2024-Q3", null, new Pct(0.5)},
                new Object[] {"coverage", null, "2024-Q4", null, 61},
                new Object[] {"budget", null, "2024", null, "1,234"},
                new Object[] {"budget", null, "2025", null, "$2,500.50"},
                new Object[] {"ratio", null, "2024", null, "25%"},
                new Object[] {"policy", null, "2024", null, "Yes"},
                new Object[] {"policy", null, "2025", null, true},
                new Object[] {"policy", null, "2026", null, "t"},
                new Object[] {"quality", null, "2024", null, "Good"},
                new Object[] {"quality", null, "2025", null, 4},
                new Object[] {"story", null, "2024", null, "Mothers now bring neighbours"});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertTrue(c.issues.isEmpty(), c.describeIssues());
        assertEquals(java.util.List.of(45.0, 87.5, 50.0, 61.0),
                c.of("coverage").stream().map(Observation::value).toList());
        assertEquals(java.util.List.of(1234.0, 2500.5), c.of("budget").stream().map(Observation::value).toList());
        assertEquals(0.25, c.only("ratio").value(), 1e-12);
        assertEquals(java.util.List.of(1.0, 1.0, 1.0), c.of("policy").stream().map(Observation::value).toList());
        assertEquals(java.util.List.of(3.0, 4.0), c.of("quality").stream().map(Observation::value).toList());
        assertTrue(Double.isNaN(c.only("story").value()));
        assertEquals("Mothers now bring neighbours", c.only("story").text());
        assertEquals("50%", c.of("coverage").get(2).text());
    }

    @Test
    void unusableValuesAreReportedWithTheirCell() throws Exception {
        Path file = template(
                new Object[] {"visits", null, "2024-Q1", null, "many"},
                new Object[] {"visits", null, "2024-Q2", null, "12,5"},
                new Object[] {"coverage", null, "2024-Q1", null, 140},
                new Object[] {"policy", null, "2024", null, "maybe"},
                new Object[] {"quality", null, "2024", null, "excellent"},
                new Object[] {"visits", null, "2024-Q3", null, "45%"});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertTrue(c.observations.isEmpty());
        assertEquals(5, c.issues(DataIssue.Kind.NON_NUMERIC_VALUE).size(), c.describeIssues());
        assertEquals(1, c.issues(DataIssue.Kind.OUT_OF_RANGE).size());
        assertEquals("Data!E4", c.issues(DataIssue.Kind.OUT_OF_RANGE).get(0).where().a1());
        assertTrue(c.issues.get(1).message().contains("decimal comma"), c.issues.get(1).message());
        assertTrue(c.issues(DataIssue.Kind.NON_NUMERIC_VALUE).get(3).message().contains("poor < fair"));
    }

    @Test
    void formulaCellsAreReadByTheirCachedValueAndWithoutOneAreReported() throws Exception {
        Path file = Fixtures.xlsx(dir, "formulas.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, TemplateContract.DATA_HEADER.toArray())
                .row(2, "visits", null, "2024-Q1", null, new Formula("10+20", 30.0))
                .row(3, "visits", null, "2024-Q2", null, new Formula("10+21", null)));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(30, c.only("visits").value());
        assertEquals(1, c.issues(DataIssue.Kind.FORMULA_WITHOUT_VALUE).size(), c.describeIssues());
        assertEquals("Data!E3", c.issues.get(0).where().a1());
    }

    @Test
    void aDuplicateWithADifferentNumberIsReportedAndAnExactRepeatIsCounted() throws Exception {
        Path file = template(
                new Object[] {"visits", null, "2024-Q1", "female", 5},
                new Object[] {"visits", null, "2024-Q1", "female", 5},
                new Object[] {"visits", null, "2024-Q1", "female", 6},
                new Object[] {"visits", null, "2024-Q1", "male", 6});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(2, c.observations.size());
        assertEquals(1, c.result.repeatedValues());
        DataIssue duplicate = c.issues(DataIssue.Kind.DUPLICATE_VALUE).get(0);
        assertEquals("Data!E4", duplicate.where().a1());
        assertTrue(duplicate.message().contains("Data!E2"), duplicate.message());
    }

    @Test
    void periodsOutsideTheTheorysTimelineAreUsedWithAWarning() throws Exception {
        Path file = template(new Object[] {"visits", null, "2030-Q1", null, 5});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.observations.size());
        assertEquals(1, c.issues(DataIssue.Kind.OUTSIDE_TIMELINE).size());
    }

    @Test
    void unreadablePeriodsAndUsDatesAreReported() throws Exception {
        Path file = template(
                new Object[] {"visits", null, "sometime", null, 5},
                new Object[] {"visits", null, "03/15/2024", null, 5},
                new Object[] {"visits", null, "15/03/2024", null, 5},
                new Object[] {"visits", null, "16-03-24", null, 6});
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(2, c.issues(DataIssue.Kind.UNREADABLE_PERIOD).size(), c.describeIssues());
        assertTrue(c.issues.get(1).message().contains("US order"), c.issues.get(1).message());
        assertEquals(2, c.observations.size());
        assertEquals(LocalDate.of(2024, 3, 15), c.observations.get(0).period().start());
        assertEquals(1, c.issues(DataIssue.Kind.TWO_DIGIT_YEAR).size());
    }

    @Test
    void excelErrorsInValueCellsAreReported() throws Exception {
        Path file = Fixtures.xlsx(dir, "errors.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "Data").row(1, TemplateContract.DATA_HEADER.toArray())
                    .row(2, "visits", null, "2024-Q1", null, 1)
                    .row(3, "visits", null, "2024-Q2", null, 1);
            s.sheet().getRow(1).getCell(4).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            s.sheet().getRow(2).getCell(4).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.issues(DataIssue.Kind.CELL_ERROR).size(), c.describeIssues());
        assertEquals(1, c.result.missingValues());
    }
}
