package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;

/**
 * {@code toc export --format iati-csv -o results.xlsx}: the IATI results sheet as a workbook holds
 * exactly the CSV's cells, and prints one page wide with its header on every page (the CSV,
 * opened in LibreOffice, printed over 30 pages with no header after the first).
 */
class IatiResultsWorkbookTest {
    @Test
    void theWorkbookHoldsTheCsvCellsAndPrintsOnePageWide() throws Exception {
        IatiActivity activity = StandardsFixtures.export(new TocCompiler().compile(
                Path.of("samples/pandemic-preparedness/pandemic.toc"), CompileOptions.DEFAULT), LocalDate.of(2026, 6, 30));
        List<List<String>> rows = IatiCsvWriter.rows(activity);
        assertTrue(rows.size() > 20, "the sample publishes results: " + rows.size());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(IatiResultsWorkbook.toBytes(activity)))) {
            Sheet sheet = workbook.getSheet(IatiResultsWorkbook.SHEET);
            DataFormatter cells = new DataFormatter();
            assertEquals(rows.size(), sheet.getLastRowNum() + 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    assertEquals(rows.get(r).get(c), row.getCell(c) == null ? "" : cells.formatCellValue(row.getCell(c)),
                            "row " + (r + 1) + " column " + (c + 1));
                }
            }
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertEquals(0, sheet.getRepeatingRows().getFirstRow());
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertTrue(sheet.getRow(1).getCell(4).getCellStyle().getWrapText(), "result titles wrap");
        }
    }
}
