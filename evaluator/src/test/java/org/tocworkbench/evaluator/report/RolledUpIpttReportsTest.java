package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.WeeklyBulletinsFixture;
import org.tocworkbench.evaluator.iptt.IpttPeriods;
import org.tocworkbench.evaluator.progress.Evaluation;

/** The weekly indicators rolled up into months in each report format (docs/progress.md, "Periods shown"). */
class RolledUpIpttReportsTest {
    private static final Evaluation MONTHS = WeeklyBulletinsFixture.evaluation(IpttPeriods.MONTHS);

    @Test
    void htmlAndMarkdownShowTheMonthsAndSayHowTheWeeksWereRolledUp() {
        String html = new HtmlReportWriter(ProgressDiagram.NONE).render(MONTHS);
        assertTrue(html.contains("weekly, rolled up into months · cumulative</p>"), "said under the indicator's heading");
        assertTrue(html.contains("Values reported more often than the periods shown are rolled up"), "said once above");
        assertTrue(html.contains("<tr><td data-label=\"Period\">2024-02</td><td class=\"num\" data-label=\"Target\">8.52</td>"
                + "<td class=\"num\" data-label=\"Actual\">4</td>"), "February: weeks 5 and 6");
        assertTrue(html.contains("<td data-label=\"Comment\">2024W5: catch-up issue</td>"));
        String md = new MarkdownReportWriter().render(MONTHS);
        assertTrue(md.contains("| 2024-02 | 8.52 | 4 | 106% | 9 | **on track** | 2024W5: catch-up issue |"), "9 / 8.52: 106%");
        assertTrue(md.contains("| 2024-03 *partial* | "), md);
        String reported = new MarkdownReportWriter().render(WeeklyBulletinsFixture.evaluation(IpttPeriods.REPORTED));
        assertTrue(reported.contains("| 2024W5 | ") && !reported.contains("rolled up"), "as reported: weeks, nothing said");
    }

    @Test
    void theWorkbookPutsTheRolledUpIndicatorsOnTheMonthlySheetWithTheirQuarterlyNeighbourApart() throws Exception {
        byte[] bytes = new ExcelReportWriter().toBytes(MONTHS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertNull(wb.getSheet("IPTT weekly"));
            XSSFSheet monthly = wb.getSheet("IPTT monthly");
            assertTrue(monthly.getRow(0).getCell(0).getStringCellValue().endsWith("(monthly periods)"));
            Row bulletins = row(monthly, "bulletins");
            assertEquals("Bulletins issued (weekly, rolled up into months)", bulletins.getCell(2).getStringCellValue());
            Row header = row(monthly, "Indicator");
            int february = -1;
            for (Cell cell : header) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("2024-02")) {
                    february = cell.getColumnIndex();
                }
            }
            assertEquals(8.52, bulletins.getCell(february).getNumericCellValue(), 1e-9);
            assertEquals(4, bulletins.getCell(february + 1).getNumericCellValue(), 1e-9,
                    "Actual is the month's own value, as in the HTML and Markdown reports");
            assertEquals(9, bulletins.getCell(february + 2).getNumericCellValue(), 1e-9,
                    "To date is a cumulative indicator's running total");
            assertFalse(wb.getSheet("IPTT quarterly") == null, "the quarterly indicator keeps its quarters");
        }
    }

    private static Row row(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + text);
    }
}
