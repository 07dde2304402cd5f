package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 9: Excel's serial 60, the 29 February 1900 that never was, is reported, not read as 1 March. */
class ExcelLeapDayTest {
    @TempDir
    Path dir;

    @Test
    void serialSixtyIsNoDay() {
        assertNull(CellValues.excelDate(60, false));
        assertNull(CellValues.excelDate(60.5, false));
        assertEquals(LocalDate.of(1900, 2, 28), CellValues.excelDate(59, false));
        assertEquals(LocalDate.of(1900, 3, 1), CellValues.excelDate(61, false));
        assertEquals(LocalDate.of(1904, 3, 1), CellValues.excelDate(60, true), "the 1904 system has no such day");
    }

    @Test
    void aPeriodCellOnTheTwentyNinthOfFebruary1900IsAnIssueNamingTheCell() throws Exception {
        Path file = Fixtures.xlsx(dir, "leap.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, "Indicator", "Period", "Value")
                .row(2, "visits", new SheetWriter.Formatted(60, "yyyy-mm-dd"), 5)
                .row(3, "visits", LocalDate.of(2024, 3, 31), 7));
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(1, c.observations.size(), c.describeIssues());
        List<DataIssue> periods = c.issues(DataIssue.Kind.UNREADABLE_PERIOD);
        assertEquals(1, periods.size(), c.describeIssues());
        assertEquals("Data!B2", periods.get(0).where().a1());
        assertTrue(periods.get(0).message().contains("29 February 1900"), periods.get(0).message());
    }
}
