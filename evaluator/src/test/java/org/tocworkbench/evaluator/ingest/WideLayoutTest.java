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
import org.tocworkbench.evaluator.ingest.SheetWriter.Formatted;

class WideLayoutTest {
    @TempDir
    Path dir;

    /** SPREADSHEET-LAYOUTS §1: USAID quarterly "Summary of Results to Date", US fiscal quarters in the header. */
    @Test
    void aUsaidQuarterlyTableWithTitleRowsMergedCellsAndFiscalQuartersIsRead() throws Exception {
        Path file = Fixtures.xlsx(dir, "usaid.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "Summary of Results");
            s.row(1, "SUMMARY OF RESULTS TO DATE");
            s.sheet().addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            s.row(2, "Implementing partner: Outreach programme");
            s.row(4, "Indicators", "Baseline FY 2011", "Annual Target", "Q1 FY24", "Q2 FY24", "Q3 FY24", "Q4 FY24",
                    "Annual Performance Achieved to the End of Reporting Period (%)", "On Target Y/N");
            s.row(5, "Outreach visits", 0, 1200, 250, 300, "", "n/a", "46%", "Y");
            s.row(6, "Immunisation coverage", 40, 90, "45%", "47.5 %", null, null, "", "N");
            s.row(8, "Note: the performance column is actual versus planned, in percent.");
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withFiscalYearStart(10));
        assertEquals(Layout.WIDE, c.result.layout());
        assertEquals(4, c.result.headerRow());
        assertEquals(List.of("D \"Q1 FY24\"", "E \"Q2 FY24\"", "F \"Q3 FY24\"", "G \"Q4 FY24\""), c.result.periodColumns());
        List<Observation> visits = c.of("visits");
        assertEquals(2, visits.size(), c.describeIssues());
        assertEquals(LocalDate.of(2023, 10, 1), visits.get(0).period().start());
        assertEquals(LocalDate.of(2023, 12, 31), visits.get(0).period().end());
        assertEquals("Q1 FY24", visits.get(0).period().label());
        assertEquals("'Summary of Results'!D5", visits.get(0).source().a1());
        assertEquals(List.of(45.0, 47.5), c.of("coverage").stream().map(Observation::value).toList());
        assertTrue(visits.get(0).matchedByTitle());
        assertEquals(2, c.issues(DataIssue.Kind.MATCHED_BY_TITLE).size(), c.describeIssues());
        assertEquals(2, c.issues.size(), c.describeIssues());
    }

    /** SPREADSHEET-LAYOUTS §3: "Year 1 … Year 5" over Q1–Q4, section rows per level, counted from the theory's start. */
    @Test
    void aTwoRowHeaderOfProjectYearsOverQuartersWithSectionRowsIsRead() throws Exception {
        Path file = Fixtures.xlsx(dir, "hapunda.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "ITT");
            s.row(1, "Indicator", "Direction", "Baseline", "Year 1", null, null, null, "Year 2", null, null, null,
                    "Target", "Comment");
            s.row(2, null, null, null, "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4");
            s.sheet().addMergedRegion(new CellRangeAddress(0, 0, 3, 6));
            s.sheet().addMergedRegion(new CellRangeAddress(0, 0, 7, 10));
            s.row(3, "Objective (outcomes) indicator tracking at baseline, annual, mid-term and end evaluation");
            s.row(4, "Immunisation coverage", "+", "58% on average", "41%", "43%", null, null, "50%", null, null, null,
                    "90%", "survey");
            s.row(5, "Outputs (monthly or quarterly)");
            s.row(6, "visits", "+", 0, 10, 20, 30, 40, 50, null, null, null, 1200);
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.result.headerRow());
        assertEquals(2, c.result.headerRowEnd());
        assertEquals(8, c.result.periodColumns().size(), c.result.periodColumns().toString());
        assertEquals("D \"Year 1 Q1\"", c.result.periodColumns().get(0));
        List<Observation> coverage = c.of("coverage");
        assertEquals(List.of(41.0, 43.0, 50.0), coverage.stream().map(Observation::value).toList(), c.describeIssues());
        assertEquals(LocalDate.of(2023, 1, 1), coverage.get(0).period().start());
        assertEquals(LocalDate.of(2024, 3, 31), coverage.get(2).period().end());
        assertEquals(5, c.of("visits").size());
        assertEquals(2, c.result.structureRows());
    }

    @Test
    void calendarYearsOverQuartersAndDateHeadersWork() throws Exception {
        Path file = Fixtures.xlsx(dir, "years.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "Tracker");
            s.row(1, "Indicator ID", 2024, null, 2025, null);
            s.row(2, null, "Q1", "Q2", "Q1", "Q2");
            s.row(3, "visits", 1, 2, 3, 4);
            SheetWriter m = new SheetWriter(wb, "Monthly");
            m.row(1, "Indicator ID", new Formatted(45292, "mmm-yy"), new Formatted(45323, "mmm-yy"));
            m.row(2, "visits", 5, 6);
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(List.of("2024 Q1", "2024 Q2", "2025 Q1", "2025 Q2"),
                c.observations.stream().map(o -> o.period().label()).toList(), c.describeIssues());
        assertEquals(LocalDate.of(2025, 6, 30), c.observations.get(3).period().end());
        Fixtures.Collected monthly = Fixtures.read(ImportRequest.of(file).withSheet("Monthly"));
        assertEquals(LocalDate.of(2024, 1, 1), monthly.observations.get(0).period().start());
        assertEquals(LocalDate.of(2024, 1, 31), monthly.observations.get(0).period().end());
        assertEquals(LocalDate.of(2024, 2, 29), monthly.observations.get(1).period().end());
    }

    @Test
    void periodColumnsCanBeNamedByLetterRangeOrHeaders() throws Exception {
        Path file = Fixtures.xlsx(dir, "named.xlsx", wb -> new SheetWriter(wb, "S")
                .row(1, "Indicator", "2023", "2024", "2025")
                .row(2, "visits", 1, 2, 3));
        Fixtures.Collected range = Fixtures.read(ImportRequest.of(file).withLayout(Layout.WIDE).withPeriodColumns("C:D"));
        assertEquals(List.of(2.0, 3.0), range.observations.stream().map(Observation::value).toList());
        Fixtures.Collected named = Fixtures.read(ImportRequest.of(file).withPeriodColumns("2023, 2025"));
        assertEquals(List.of(1.0, 3.0), named.observations.stream().map(Observation::value).toList());
    }

    @Test
    void anUnknownIndicatorRowWithValuesIsOneIssueAndTotalsRowsAreSkipped() throws Exception {
        Path file = Fixtures.xlsx(dir, "unknown.xlsx", wb -> new SheetWriter(wb, "S")
                .row(1, "Indicator", "2023", "2024")
                .row(2, "Outreach visitz", 1, 2)
                .row(3, "Total", 1, 2)
                .row(4, null, 5, 6));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.issues(DataIssue.Kind.UNKNOWN_INDICATOR).size(), c.describeIssues());
        assertTrue(c.issues(DataIssue.Kind.UNKNOWN_INDICATOR).get(0).message().contains("did you mean"));
        assertEquals(1, c.issues(DataIssue.Kind.SKIPPED_ROW).size());
        assertEquals(1, c.result.totalsRows());
        assertTrue(c.observations.isEmpty());
    }
}
