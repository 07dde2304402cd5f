package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.NutritionNetworkFixture;

/** The IPTT sheet read back: layout (periods across, indicators down, groups under), values, formats, print set-up. */
class ExcelIpttTest {
    private static int column(Row header, String label) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static Row row(XSSFSheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }

    @Test
    void periodsAcrossWithTargetActualAndPercentIndicatorsDownWithTheirGroups() throws Exception {
        byte[] bytes = new ExcelReportWriter().toBytes(NutritionNetworkFixture.evaluation());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("IPTT quarterly");
            Row periods = row(sheet, 0, "Result level");
            Row under = sheet.getRow(periods.getRowNum() + 1);
            int q2 = column(periods, "2025-Q2");
            assertEquals("Target", under.getCell(q2).getStringCellValue());
            assertEquals("Actual", under.getCell(q2 + 1).getStringCellValue());
            assertEquals("To date", under.getCell(q2 + 2).getStringCellValue());
            assertEquals("%", under.getCell(q2 + 3).getStringCellValue());
            assertNotNull(row(sheet, 0, "Outputs"), "indicators are grouped by result level");

            Row counselling = row(sheet, 1, "counselling");
            // cumulative: Actual is the period's own value, as in the HTML, Markdown and PDF reports, and To date
            // the running total to its end (docs/progress.md#the-iptt): one meaning per column name
            double target = counselling.getCell(q2).getNumericCellValue();
            assertEquals(11_224.35, target, 1e-9, "the exact target on the path, which the status is rated on");
            assertEquals(2_500, counselling.getCell(q2 + 1).getNumericCellValue());
            assertEquals(14_000, counselling.getCell(q2 + 2).getNumericCellValue());
            assertEquals(14_000 / target, counselling.getCell(q2 + 3).getNumericCellValue(), 1e-9);
            assertEquals("0%", counselling.getCell(q2 + 3).getCellStyle().getDataFormatString());
            assertEquals(40_000, counselling.getCell(column(periods, "Life-of-programme target")).getNumericCellValue());
            assertEquals("on track", counselling.getCell(column(periods, "Status")).getStringCellValue());
            Row female = sheet.getRow(counselling.getRowNum() + 1);
            assertEquals("female", female.getCell(column(periods, "Group")).getStringCellValue());
            assertEquals(1_500, female.getCell(q2 + 1).getNumericCellValue());
            assertEquals(8_400, female.getCell(q2 + 2).getNumericCellValue());

            XSSFSheet annual = wb.getSheet("IPTT annual");
            Row stunting = row(annual, 1, "stunting");
            int year2024 = column(row(annual, 0, "Result level"), "2024");
            assertEquals(0.302, stunting.getCell(year2024 + 1).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", stunting.getCell(year2024 + 1).getCellStyle().getDataFormatString());

            assertTrue(sheet.getPrintSetup().getLandscape());
            assertTrue(sheet.getFitToPage());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertEquals(periods.getRowNum(), sheet.getRepeatingRows().getFirstRow());
            assertEquals(under.getRowNum(), sheet.getRepeatingRows().getLastRow());
            assertEquals(2, sheet.getRepeatingColumns().getLastColumn());
        }
    }

    @Test
    void eachValuesCommentIsANoteOnItsCellAndTheLatestIsTheNarrative() throws Exception {
        org.tocworkbench.compiler.model.Theory theory = org.tocworkbench.evaluator.testing.TestModel.theory("""
                theory "T" { period 2024 to 2025 }
                output O "Sessions held" {
                  indicator sessions "Sessions held" { baseline 0 at 2023 target 40 by 2025 cumulative frequency quarterly }
                }
                """);
        org.tocworkbench.evaluator.progress.Evaluation e = org.tocworkbench.evaluator.progress.Evaluator.evaluate(theory,
                org.tocworkbench.evaluator.testing.TestModel.data()
                        .commented("sessions", org.tocworkbench.evaluator.testing.TestModel.quarter(2024, 1), "", 5, "n=45")
                        .commented("sessions", org.tocworkbench.evaluator.testing.TestModel.quarter(2024, 2), "", 2,
                                "below target because the rains delayed the sessions")
                        .finish(), org.tocworkbench.evaluator.progress.ProgressSettings.at(java.time.LocalDate.of(2024, 6, 30)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new ExcelReportWriter().toBytes(e)))) {
            XSSFSheet sheet = wb.getSheet("IPTT");
            Row header = row(sheet, 0, "Result level");
            Row sessions = row(sheet, 1, "sessions");
            assertEquals("n=45", sessions.getCell(column(header, "2024-Q1") + 1).getCellComment().getString().getString());
            assertEquals("below target because the rains delayed the sessions (2024-Q2)",
                    sessions.getCell(column(header, "Latest narrative")).getStringCellValue());
            assertEquals("below target because the rains delayed the sessions",
                    row(wb.getSheet("Indicators"), 0, "sessions").getCell(16).getStringCellValue());
        }
    }

    @Test
    void theSheetPrintsWithTheWorkbooksPageHeaderAndItsPeriodsSixToAPage() throws Exception {
        byte[] bytes = new ExcelReportWriter().toBytes(NutritionNetworkFixture.evaluation());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("IPTT quarterly");
            assertEquals("&A", sheet.getHeader().getRight());
            assertTrue(sheet.getHeader().getLeft().startsWith("Progress report: "), sheet.getHeader().getLeft());
            Row periods = row(sheet, 0, "Result level");
            int count = 0;
            for (Cell cell : periods) {
                count += cell.getColumnIndex() >= 10 && cell.getCellType() == CellType.STRING ? 1 : 0;
            }
            assertEquals((count + ExcelIptt.PERIODS_PER_PAGE - 1) / ExcelIptt.PERIODS_PER_PAGE,
                    sheet.getPrintSetup().getFitWidth(), count + " periods");
        }
    }
}
