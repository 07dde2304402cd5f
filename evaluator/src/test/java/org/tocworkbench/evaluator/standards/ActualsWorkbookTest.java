package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The actuals workbook {@code toc import} writes is fit to print and read: LibreOffice showed it split over pages. */
class ActualsWorkbookTest {
    @Test
    void printsOnePageWideWithItsHeaderOnEveryPageAndNumbersFormatted() throws Exception {
        LocalDate start = LocalDate.of(2017, 1, 1);
        LocalDate end = LocalDate.of(2017, 12, 31);
        List<ActualValue> actuals = List.of(
                new ActualValue("OP1_2", start, end, "8150", "female", "", "line 55"),
                new ActualValue("OP1_3", start, end, "0.45", "", "a ratio", "line 60"),
                new ActualValue("OC1_2", start, end, "Clubs meet weekly in most schools", "", "", "line 98"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ActualsWorkbook.toBytes(actuals)))) {
            Sheet sheet = workbook.getSheet(ActualsWorkbook.SHEET);
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertTrue(sheet.getFitToPage());
            assertNotNull(sheet.getRepeatingRows());
            assertEquals(0, sheet.getRepeatingRows().getFirstRow());
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals("#,##0", sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString());
            assertEquals(8150, sheet.getRow(1).getCell(3).getNumericCellValue());
            assertEquals("#,##0.0###", sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString());
            assertTrue(sheet.getRow(3).getCell(3).getCellStyle().getWrapText(), "a text actual wraps");
            assertTrue(sheet.getFooter().getCenter().contains("&P"));
        }
    }
}
