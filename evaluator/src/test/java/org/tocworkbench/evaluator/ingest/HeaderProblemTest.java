package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet whose header cannot be made sense of is refused with one message: the sheet, the rows
 * tried, what the most header-like rows hold and lack, and the data block lines that would read it.
 */
class HeaderProblemTest {
    @TempDir
    Path dir;

    @Test
    void anIttWhoseIndicatorColumnIsNotRecognisedGetsTheLinesThatWouldReadIt() {
        Path file = Fixtures.xlsx(dir, "itt.xlsx", wb -> new SheetWriter(wb, "Results")
                .row(1, "Indicator Tracking Table FY24")
                .row(3, "No.", "Output statement", "Baseline", "Target", "FY24 Q1", "FY24 Q2")
                .row(4, "1.1", "Districts with a plan", 0, 12, 3, 5)
                .row(5, "1.2", "Health workers trained", 0, 400, 120, 180));
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(file)));
        assertEquals("""
                itt.xlsx, sheet "Results": no header found in the first 30 non-blank rows (rows 1–5 tried); the row most like one:
                  row 3: A "No.", B "Output statement", C "Baseline", D "Target", E "FY24 Q1", F "FY24 Q2" — no indicator column (a header such as "Indicator ID", "Indicator" or "Code")
                to read this sheet, say where its header is in the data block:
                    data "itt.xlsx" {
                        sheet "Results"
                        header row 3
                        indicator column "No."
                        layout wide
                        period columns "E:F"
                    }""", e.getMessage());
    }

    @Test
    void aLongSheetLackingAValueColumnGetsALongBlock() {
        Path file = Fixtures.text(dir, "long.csv", "Code,Quarter,Number reached\nvisits,2024-Q1,3\n");
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(file)));
        assertEquals("""
                long.csv: no header found in the first 30 non-blank rows (rows 1–2 tried); the rows most like one:
                  row 1: A "Code", B "Quarter", C "Number reached" — no value column ("Value", "Actual", "Result"), and no column header reads as a period for a wide layout
                  row 2: A "visits", B "2024-Q1", C "3" — no indicator column (a header such as "Indicator ID", "Indicator" or "Code")
                to read this sheet, say where its header is in the data block:
                    data "long.csv" {
                        header row 1
                        layout long
                        value column "..."
                    }""", e.getMessage());
    }

    @Test
    void aNamedHeaderRowLackingAMappedColumnGetsTheClosestHeader() {
        Path file = Fixtures.xlsx(dir, "cols.xlsx", wb -> new SheetWriter(wb, "Data")
                .row(1, "Title").row(3, "Indicator", "Period", "Actuals").row(4, "visits", "2024", 3));
        ImportException e = assertThrows(ImportException.class,
                () -> Fixtures.read(ImportRequest.of(file).withSheet("Data").withHeaderRows(3, 0).withColumn("value", "Actual value")));
        assertEquals("""
                cols.xlsx, sheet "Data", header row 3: no value column "Actual value"; the headers there are A "Indicator", B "Period", C "Actuals"
                to read these rows, the data block could say:
                    data "cols.xlsx" {
                        value column "Actuals"
                    }""", e.getMessage());
    }

    @Test
    void aWorkbookWithNoHeaderInAnySheetNamesEachSheetAndTheFixForTheLikeliest() {
        Path file = Fixtures.xlsx(dir, "two.xlsx", wb -> {
            new SheetWriter(wb, "Cover").row(1, "Annual report");
            new SheetWriter(wb, "Numbers").row(2, "Item", "Description", "FY 2023 achieved", "FY 2024 achieved")
                    .row(3, "a", "b", 1, 2);
        });
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(ImportRequest.of(file)));
        assertEquals("""
                two.xlsx: no sheet has a recognisable header (a row with an indicator column and either period and value columns, or periods as column headers)
                  sheet "Cover": row 1 (A "Annual report") has no indicator column (a header such as "Indicator ID", "Indicator" or "Code")
                  sheet "Numbers": row 2 (A "Item", B "Description", C "FY 2023 achieved", D "FY 2024 achieved") has no indicator column (a header such as "Indicator ID", "Indicator" or "Code")
                to read sheet "Numbers", name it and its header in the data block:
                    data "two.xlsx" {
                        sheet "Numbers"
                        header row 2
                        indicator column "Item"
                        layout wide
                        period columns "C:D"
                    }""", e.getMessage());
    }
}
