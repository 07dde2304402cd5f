package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the importer keeps while it streams stays bounded: the issues passed on (the rest are only
 * counted), the period and indicator caches, one row. The -Xmx256m run on a million rows is the
 * benchmark's job (bench/import-benchmark.sh).
 */
class BoundedMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aSheetOf200kRowsStreamsWithIssuesCappedPerKind() throws Exception {
        int rows = 200_000;
        Path file = Fixtures.sxssf(dir, "big.xlsx", wb -> {
            Sheet sheet = wb.createSheet("Data");
            Row header = sheet.createRow(0);
            for (int c = 0; c < TemplateContract.DATA_HEADER.size(); c++) {
                header.createCell(c).setCellValue(TemplateContract.DATA_HEADER.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                boolean bad = r % 2 == 0;
                row.createCell(0).setCellValue(bad ? "unknown" + r : "visits");
                row.createCell(2).setCellValue(LocalDate.of(2023, 1, 1).plusDays(r % 1400).toString());
                row.createCell(3).setCellValue("district " + (r % 97));
                row.createCell(4).setCellValue(r % 1000);
            }
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withIssueLimit(50));
        assertEquals(rows / 2, c.result.issues(DataIssue.Kind.UNKNOWN_INDICATOR));
        assertEquals(50, c.issues(DataIssue.Kind.UNKNOWN_INDICATOR).size());
        assertEquals(rows / 2 - 50, c.result.suppressed(DataIssue.Kind.UNKNOWN_INDICATOR));
        assertTrue(c.result.summary().contains("beyond the first 50"), c.result.summary());
        long distinct = c.observations.size() + c.result.repeatedValues() + c.result.issues(DataIssue.Kind.DUPLICATE_VALUE);
        assertEquals(rows / 2, distinct);
    }

    @Test
    void theParserCachesStayWithinTheirLimit() {
        PeriodParser parser = new PeriodParser(1, null);
        for (int i = 0; i < 50_000; i++) {
            parser.parse(LocalDate.of(2000, 1, 1).plusDays(i).toString());
            parser.parse(40_000 + i, SheetRow.DATE, false);
        }
        assertTrue(parser.cacheSize() <= 8192, "cache holds " + parser.cacheSize());
    }

    @Test
    void aRowHoldsAtMostExcelsColumnsAndForgetsThePreviousRow() {
        SheetRow row = new SheetRow();
        row.reset(1);
        row.setText(16_383, "last column", false);
        assertEquals(16_384, row.width());
        row.reset(2);
        assertEquals(0, row.width());
        assertTrue(row.isBlank());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> row.setText(16_384, "beyond XFD", false));
    }
}
