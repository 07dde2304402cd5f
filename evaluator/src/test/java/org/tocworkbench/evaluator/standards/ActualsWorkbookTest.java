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
import org.tocworkbench.evaluator.series.PlainPeriod;

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

    @Test
    void aCalendarPeriodIsWrittenAsItsPlainLabelAndAnyOtherSpanAsItsDays() throws Exception {
        List<ActualValue> actuals = List.of(
                new ActualValue("A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "1", "", "", "line 1"),
                new ActualValue("A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), "1", "", "", "line 2"),
                new ActualValue("A", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), "1", "", "", "line 3"),
                new ActualValue("A", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), "1", "", "", "line 4"),
                new ActualValue("A", LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 5), "1", "", "", "line 5"),
                new ActualValue("A", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), "1", "", "", "line 6"),
                new ActualValue("A", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), "1", "", "", "line 7"),
                new ActualValue("A", LocalDate.of(2025, 5, 15), LocalDate.of(2025, 5, 15), "1", "", "", "line 8"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ActualsWorkbook.toBytes(actuals)))) {
            Sheet sheet = workbook.getSheet(ActualsWorkbook.SHEET);
            List<String> periods = new java.util.ArrayList<>();
            for (int r = 1; r <= actuals.size(); r++) {
                String end = sheet.getRow(r).getCell(2).getStringCellValue();
                periods.add(sheet.getRow(r).getCell(1).getStringCellValue() + (end.isEmpty() ? "" : " to " + end));
            }
            assertEquals(List.of("2025", "2025-H1", "2024-Q4", "2025-03", "2025-W01", "2024-04-01 to 2025-03-31",
                    "2025-H2", "2025-05-15"), periods);
        }
        assertEquals(org.tocworkbench.compiler.model.Frequency.QUARTERLY,
                PlainPeriod.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)).orElseThrow().frequency());
        assertTrue(PlainPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30)).isEmpty(), "three months, not a quarter");
    }
}
