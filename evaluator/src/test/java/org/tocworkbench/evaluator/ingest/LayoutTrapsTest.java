package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.model.Layout;

/**
 * The traps of indicator tracking tables and logframes (issue 11, SPREADSHEET-LAYOUTS §1-7), one
 * test per class of failure: each failed on the importer before it read these layouts.
 */
class LayoutTrapsTest {
    @TempDir
    Path dir;

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A fiscal year merged over quarters written "Q1 FY24": the upper cell is not a period of its own. */
    private Path fiscalYearOverFiscalQuarters(String name) {
        return Fixtures.xlsx(dir, name, wb -> {
            SheetWriter s = new SheetWriter(wb, "Tracker");
            s.row(1, "Quarterly tracking table");
            s.row(5, "Indicator ID", "Baseline", "FY 2024", null, null, null, "Annual target");
            s.row(6, null, null, "Q1 FY24", "Q2 FY24", "Q3 FY24", "Q4 FY24");
            s.sheet().addMergedRegion(new CellRangeAddress(4, 4, 2, 5));
            s.row(7, "visits", 0, 110, 140, 90, null, 600);
        });
    }

    // ------------------------------------------------------------------ trap 2: two-row headers

    @Test
    void aFiscalYearMergedOverFiscalQuartersIsReadByQuarterNotAsAPeriodOfItsOwn() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(fiscalYearOverFiscalQuarters("fy.xlsx"))
                .withFiscalYearStart(10));
        assertEquals(6, c.result.headerRowEnd(), c.result.toString());
        List<Observation> visits = c.of("visits");
        assertEquals(List.of(110.0, 140.0, 90.0), visits.stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals(day("2023-10-01"), visits.get(0).period().start());
        assertEquals("Tracker!C7", visits.get(0).source().a1());
        assertEquals(day("2024-06-30"), visits.get(2).period().end());
        assertTrue(c.issues(DataIssue.Kind.SKIPPED_ROW).isEmpty(), "the second header row is no data row: "
                + c.describeIssues());
    }

    @Test
    void theDocumentedHeaderRowsLineReadsAFiscalYearOverFiscalQuarters() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(fiscalYearOverFiscalQuarters("fy-rows.xlsx"))
                .withFiscalYearStart(10).withHeaderRows(5, 6));
        assertEquals(List.of("C \"Q1 FY24\"", "D \"Q2 FY24\"", "E \"Q3 FY24\"", "F \"Q4 FY24\""),
                c.result.periodColumns());
        assertEquals(day("2024-04-01"), c.of("visits").get(2).period().start(), c.describeIssues());
    }

    @Test
    void aFiscalYearOverTargetActualAndPercentColumnsReadsOnlyTheActuals() throws Exception {
        Path file = Fixtures.xlsx(dir, "iptt.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "IPTT");
            s.row(1, "Indicator ID", "Baseline", "FY2023", null, null, "FY2024", null, null);
            s.row(2, null, null, "Target", "Actual", "% achieved", "Target", "Actual", "% achieved");
            s.row(3, "visits", 0, 400, 380, new SheetWriter.Pct(0.95), 500, 520, new SheetWriter.Pct(1.04));
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withFiscalYearStart(10));
        assertEquals(List.of("D \"FY2023 Actual\"", "G \"FY2024 Actual\""), c.result.periodColumns());
        assertEquals(List.of(380.0, 520.0), c.of("visits").stream().map(Observation::value).toList());
        assertEquals(day("2023-10-01"), c.of("visits").get(1).period().start());
        assertEquals(day("2024-09-30"), c.of("visits").get(1).period().end());
    }

    @Test
    void aLowerHeaderRowOfYearsCountsButADataRowUnderTheHeaderDoesNot() throws Exception {
        Path years = Fixtures.xlsx(dir, "years-below.xlsx", wb -> new SheetWriter(wb, "S")
                .row(1, "Indicator ID", "Actuals", null)
                .row(2, null, 2023, 2024)
                .row(3, "visits", 7, 9));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(years));
        assertEquals(List.of(7.0, 9.0), c.of("visits").stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals(day("2024-01-01"), c.of("visits").get(1).period().start());
        Path data = Fixtures.text(dir, "data-below.csv", "Indicator ID,2023-Q4,2024-Q1\nvisits,2024-Q1,3\n");
        Fixtures.Collected d = Fixtures.read(ImportRequest.of(data));
        assertEquals(1, d.result.headerRowEnd(), "the data row is not a header row");
    }

    @Test
    void theSameTwoRowHeaderInACsvFileReadsOnlyTheActuals() throws Exception {
        Path file = Fixtures.text(dir, "iptt.csv", """
                Indicator ID,Baseline,FY2023,,,FY2024,,
                ,,Target,Actual,% achieved,Target,Actual,% achieved
                visits,0,400,380,95%,500,520,104%
                """);
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withFiscalYearStart(10));
        assertEquals(List.of(380.0, 520.0), c.of("visits").stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals("D3", c.of("visits").get(0).source().a1());
    }

    // ------------------------------------------------------------------ trap 3: grids of years over quarters

    private Path yearGrid(String name, String... years) {
        return Fixtures.xlsx(dir, name, wb -> {
            SheetWriter s = new SheetWriter(wb, "ITT");
            Object[] top = new Object[1 + 4 * years.length];
            Object[] quarters = new Object[top.length];
            Object[] data = new Object[top.length];
            top[0] = "Indicator ID";
            data[0] = "visits";
            for (int y = 0; y < years.length; y++) {
                top[1 + 4 * y] = years[y];
                for (int q = 0; q < 4; q++) {
                    quarters[1 + 4 * y + q] = "Q" + (q + 1);
                    data[1 + 4 * y + q] = 10 * (y + 1) + q + 1;
                }
            }
            s.row(1, top);
            s.row(2, quarters);
            s.row(3, data);
        });
    }

    @Test
    void aRepeatedYearLabelIsReadByPositionWithAnIssueNotReDatedOrDropped() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(yearGrid("repeat.xlsx", "Year 1", "Year 2", "Year 2",
                "Year 4", "Year 5")));
        List<Observation> visits = c.of("visits");
        assertEquals(20, visits.size(), c.describeIssues());
        assertTrue(c.issues(DataIssue.Kind.DUPLICATE_VALUE).isEmpty(), c.describeIssues());
        Observation thirdYearFirstQuarter = visits.get(8);
        assertEquals(31.0, thirdYearFirstQuarter.value());
        assertEquals("ITT!J3", thirdYearFirstQuarter.source().a1());
        assertEquals(day("2025-01-01"), thirdYearFirstQuarter.period().start(), "Year 3 from the theory's start, 2023");
        List<DataIssue> byPosition = c.issues(DataIssue.Kind.HEADER_READ_BY_POSITION);
        assertEquals(1, byPosition.size(), c.describeIssues());
        assertEquals("ITT!J1", byPosition.get(0).where().a1());
        assertTrue(byPosition.get(0).message().contains("\"Year 2\" over J:M is read by its position as \"Year 3\""),
                byPosition.get(0).message());
    }

    @Test
    void aSkippedYearLabelIsReadByPositionToo() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(yearGrid("skip.xlsx", "2023", "2024", "2026")));
        assertEquals(day("2025-01-01"), c.of("visits").get(8).period().start(), c.describeIssues());
        assertEquals(List.of("ITT!J1"), c.issues(DataIssue.Kind.HEADER_READ_BY_POSITION).stream()
                .map(i -> i.where().a1()).toList());
    }

    @Test
    void yearLabelsWrittenInEveryCellOfTheirBlockAreReadByPositionToo() throws Exception {
        Path file = Fixtures.xlsx(dir, "unmerged.xlsx", wb -> new SheetWriter(wb, "ITT")
                .row(1, "Indicator ID", "Year 1", "Year 1", "Year 2", "Year 2", "Year 2", "Year 2")
                .row(2, null, "H1", "H2", "H1", "H2", "H1", "H2")
                .row(3, "visits", 1, 2, 3, 4, 5, 6));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(6, c.of("visits").size(), c.describeIssues());
        assertEquals(day("2025-07-01"), c.of("visits").get(5).period().start(), "Year 3 H2");
        assertEquals(List.of("ITT!F1"), c.issues(DataIssue.Kind.HEADER_READ_BY_POSITION).stream()
                .map(i -> i.where().a1()).toList());
    }

    @Test
    void consecutiveYearLabelsNeedNoPositionReading() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(yearGrid("fine.xlsx", "Year 1", "Year 2", "Year 3")));
        assertEquals(12, c.of("visits").size());
        assertTrue(c.issues.isEmpty(), c.describeIssues());
    }

    // ------------------------------------------------------------------ trap 4: fiscal years

    private Path fiscalQuarters(String name, String titleNote) {
        return Fixtures.xlsx(dir, name, wb -> {
            SheetWriter s = new SheetWriter(wb, "Results");
            s.row(1, "Summary of results to date");
            if (titleNote != null) {
                s.row(2, titleNote);
            }
            s.row(4, "Indicator ID", "Q1 FY24", "Q2 FY24", "Q3 FY24");
            s.row(5, "visits", 5, 6, 7);
        });
    }

    @Test
    void aFiscalYearTheSheetStatesIsUsedAndSaidWhenTheBindingDeclaresNone() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(fiscalQuarters("stated.xlsx",
                "US Government fiscal year: 1 October - 30 September")));
        assertEquals(day("2023-10-01"), c.of("visits").get(0).period().start(), c.describeIssues());
        List<DataIssue> fiscal = c.issues(DataIssue.Kind.FISCAL_YEAR_ASSUMED);
        assertEquals(1, fiscal.size(), c.describeIssues());
        assertEquals("Results!A2", fiscal.get(0).where().a1());
        assertTrue(fiscal.get(0).message().contains("`fiscal year starts october`"), fiscal.get(0).message());
        assertTrue(fiscal.get(0).kind().valueUsed());
    }

    @Test
    void quarterHeadersThatStateTheirMonthsGiveTheFiscalYear() throws Exception {
        Path file = Fixtures.xlsx(dir, "months.xlsx", wb -> new SheetWriter(wb, "Results")
                .row(1, "Indicator ID", "Q1 FY24 (Oct-Dec)", "Q2 FY24 (Jan-Mar)")
                .row(2, "visits", 5, 6));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(day("2023-10-01"), c.of("visits").get(0).period().start(), c.describeIssues());
        assertEquals(List.of("Results!B1"), c.issues(DataIssue.Kind.FISCAL_YEAR_ASSUMED).stream()
                .map(i -> i.where().a1()).toList());
    }

    @Test
    void fiscalQuartersWithNoStatedStartAreReadAsCalendarQuartersAndSaidSo() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(fiscalQuarters("silent.xlsx", null)));
        assertEquals(day("2024-01-01"), c.of("visits").get(0).period().start());
        List<DataIssue> fiscal = c.issues(DataIssue.Kind.FISCAL_YEAR_ASSUMED);
        assertEquals(1, fiscal.size(), c.describeIssues());
        assertEquals("Results!B4", fiscal.get(0).where().a1());
        assertTrue(fiscal.get(0).message().contains("calendar periods (2024-01-01 to 2024-03-31)"), fiscal.get(0).message());
        assertTrue(fiscal.get(0).message().contains("fiscal year starts october"), fiscal.get(0).message());
    }

    @Test
    void fiscalPeriodCellsOfALongSheetWithNoStatedStartAreSaidOnceToo() throws Exception {
        Path file = Fixtures.xlsx(dir, "long-fy.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, "Indicator ID", "Period", "Value")
                .row(2, "visits", "Q1 FY24", 5)
                .row(3, "visits", "Q2 FY24", 6));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(List.of("Data!B2"), c.issues(DataIssue.Kind.FISCAL_YEAR_ASSUMED).stream()
                .map(i -> i.where().a1()).toList(), c.describeIssues());
        Fixtures.Collected declared = Fixtures.read(ImportRequest.of(file).withFiscalYearStart(10));
        assertTrue(declared.issues.isEmpty(), declared.describeIssues());
    }

    @Test
    void aLongSheetsStatedFiscalYearIsUsedAndSaidOnlyWhenItHasFiscalPeriods() throws Exception {
        Path fiscal = Fixtures.xlsx(dir, "long-stated.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, "Fiscal year: July to June")
                .row(2, "Indicator ID", "Period", "Value")
                .row(3, "visits", "Q1 FY24", 5));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(fiscal));
        assertEquals(day("2023-07-01"), c.only("visits").period().start());
        assertEquals(List.of("Data!A1"), c.issues(DataIssue.Kind.FISCAL_YEAR_ASSUMED).stream()
                .map(i -> i.where().a1()).toList());
        Path calendar = Fixtures.xlsx(dir, "long-calendar.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, "Fiscal year: July to June")
                .row(2, "Indicator ID", "Period", "Value")
                .row(3, "visits", "2024-03", 5));
        assertTrue(Fixtures.read(ImportRequest.of(calendar)).issues.isEmpty());
    }

    @Test
    void aDeclaredFiscalYearWinsAndNeedsNoIssue() throws Exception {
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(fiscalQuarters("declared.xlsx",
                "Financial year: July to June")).withFiscalYearStart(10));
        assertEquals(day("2023-10-01"), c.of("visits").get(0).period().start());
        assertTrue(c.issues(DataIssue.Kind.FISCAL_YEAR_ASSUMED).isEmpty(), c.describeIssues());
    }

    // ------------------------------------------------------------------ trap 5: no-data cells

    @Test
    void theLatestValueIsTheLatestPeriodWithAValueNotTheRightMostColumn() throws Exception {
        Path file = Fixtures.xlsx(dir, "nodata.xlsx", wb -> new SheetWriter(wb, "S")
                .row(1, "Indicator ID", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2")
                .row(2, "visits", 3, 4, "", "—", "n/a", " ")
                .row(3, "coverage", "41%", "N/A", "44%", "–", "-", null));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertTrue(c.issues.isEmpty(), c.describeIssues());
        Observation visits = latest(c.of("visits"));
        assertEquals(4.0, visits.value());
        assertEquals("S!C2", visits.source().a1());
        Observation coverage = latest(c.of("coverage"));
        assertEquals(44.0, coverage.value());
        assertEquals(day("2023-09-30"), coverage.period().end());
    }

    private static Observation latest(List<Observation> observations) {
        return observations.stream().max((a, b) -> a.period().end().compareTo(b.period().end())).orElseThrow();
    }

    // ------------------------------------------------------------------ what the corpus showed besides

    @Test
    void aTrackingTableWithOneActualPerRowTakesTheReportingPeriodAboveIt() throws Exception {
        Path file = Fixtures.xlsx(dir, "snapshot.xlsx", wb -> new SheetWriter(wb, "ITT")
                .row(1, "Indicator tracking table")
                .row(2, "Reporting period: January 2024 to June 2024")
                .row(4, "Indicator Name", "Unit of Measurement", "Baseline", "Target (Year-End)", "Actual Achievement")
                .row(5, "Outreach visits", "number", 0, 1200, 530));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(Layout.LONG, c.result.layout());
        Observation visits = c.only("visits");
        assertEquals(530.0, visits.value());
        assertEquals(day("2024-01-01"), visits.period().start());
        assertEquals(day("2024-06-30"), visits.period().end());
        assertEquals("ITT!E5", visits.source().a1());
    }

    @Test
    void theReportingPeriodMayBeWrittenAsADateOrInTheNextCell() throws Exception {
        Path asOf = Fixtures.xlsx(dir, "as-of.xlsx", wb -> new SheetWriter(wb, "ITT")
                .row(1, "Data as of 30/06/2024")
                .row(2, "Indicator Name", "Actual Achievement")
                .row(3, "Outreach visits", 530));
        assertEquals(day("2024-06-30"), Fixtures.read(ImportRequest.of(asOf)).only("visits").period().end());
        Path nextCell = Fixtures.xlsx(dir, "next-cell.xlsx", wb -> new SheetWriter(wb, "ITT")
                .row(1, "Reporting period", "2024-Q2")
                .row(2, "Indicator Name", "Actual Achievement")
                .row(3, "Outreach visits", 530));
        Observation visits = Fixtures.read(ImportRequest.of(nextCell)).only("visits");
        assertEquals(day("2024-04-01"), visits.period().start());
        assertEquals("ITT!B3", visits.source().a1());
    }

    @Test
    void aTrackingTableWithNoPeriodAnywhereIsRefusedWithAMessageThatSaysWhatWouldDo() {
        Path file = Fixtures.xlsx(dir, "no-period.xlsx", wb -> new SheetWriter(wb, "ITT")
                .row(1, "Indicator Name", "Baseline", "Actual Achievement")
                .row(2, "Outreach visits", 0, 530));
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> Fixtures.read(ImportRequest.of(file)));
        assertTrue(e.getMessage().contains("sheet \"ITT\""), e.getMessage());
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Reporting period: January to December 2024\""), e.getMessage());
    }

    @Test
    void yearBlocksOfTargetResultsAndCumulativeReadTheResultsAndAGroupingColumnIsNoDisaggregation() throws Exception {
        Path file = Fixtures.xlsx(dir, "blocks.xlsx", wb -> new SheetWriter(wb, "Log Frame")
                .row(1, "Index", "Group", "Indicator", "Year 01 Target", "Year 01 Results", "Year 01 Cumulative",
                        "Year 02 Target", "Year 02 Results", "Year 02 Cumulative")
                .row(2, "1", "Component 1", "Outreach visits", 100, 90, 90, 200, 150, 240));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(List.of("E \"Year 01 Results\"", "H \"Year 02 Results\""), c.result.periodColumns());
        assertEquals(List.of(90.0, 150.0), c.of("visits").stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals("", c.of("visits").get(0).disaggregation());
        assertEquals(day("2024-01-01"), c.of("visits").get(1).period().start());
    }

    @Test
    void aLongHeaderThatEndsWithItsFieldworkMonthsIsAPeriodColumn() throws Exception {
        Path file = Fixtures.xlsx(dir, "framework.xlsx", wb -> new SheetWriter(wb, "Framework")
                .row(1, "Indicator ID", "Data source",
                        "Baseline rate: household survey in the two districts, March 2023 - May 2023")
                .row(2, "Long-term impact", "Indicators")
                .row(3, "coverage", "survey", "38%"));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.result.headerRowEnd(), "a section row under the header is no second header row");
        Observation coverage = c.only("coverage");
        assertEquals(day("2023-03-01"), coverage.period().start());
        assertEquals(day("2023-05-31"), coverage.period().end());
    }

    @Test
    void logframeBlocksReadTheAchievedRowUnderEachIndicatorAndNotThePlannedOne() throws Exception {
        Path file = Fixtures.xlsx(dir, "logframe.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "RESULTS FRAMEWORK");
            s.row(1, "OUTCOME", "Outcome Indicator 1", null, "Baseline (2023)", "Milestone 1 (Dec 2024)", "Target (Dec 2025)");
            s.row(2, null, "coverage", "Planned", "40%", "60%", "90%");
            s.row(3, null, null, "Achieved", "40%", "57%", null);
            s.row(4, null, "Source");
            s.row(5, null, null, null, "Household survey");
            s.row(7, "OUTPUT 1", "Output Indicator 1.1", null, "Baseline (2023)", "Milestone 1 (Dec 2024)", "Target (Dec 2025)");
            s.row(8, null, "visits", "Planned", 0, 600, 1200);
            s.row(9, null, null, "Achieved", 0, 640, null);
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withColumn("title", "B"));
        assertEquals(List.of(40.0, 57.0), c.of("coverage").stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals("'RESULTS FRAMEWORK'!E3", c.of("coverage").get(1).source().a1());
        assertEquals(day("2024-12-31"), c.of("coverage").get(1).period().end());
        assertEquals(List.of(0.0, 640.0), c.of("visits").stream().map(Observation::value).toList());
        assertTrue(c.issues.isEmpty(), c.describeIssues());
    }

    @Test
    void groupRowsUnderAnIndicatorCellMergedOverThemBelongToThatIndicator() throws Exception {
        Path file = Fixtures.xlsx(dir, "merged.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "IPTT");
            s.row(1, "Indicator ID", "Disaggregation", "2023", "2024");
            s.row(2, "visits", "Total", 300, 410);
            s.row(3, null, "female", 170, 220);
            s.row(4, null, "male", 130, 190);
            s.sheet().addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(6, c.of("visits").size(), c.describeIssues());
        assertEquals(List.of("", "", "female", "female", "male", "male"),
                c.of("visits").stream().map(Observation::disaggregation).toList());
        assertTrue(c.issues(DataIssue.Kind.SKIPPED_ROW).isEmpty());
    }
}
