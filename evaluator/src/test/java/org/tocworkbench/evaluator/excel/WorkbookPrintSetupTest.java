package org.tocworkbench.evaluator.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.evaluator.NutritionNetworkFixture;
import org.tocworkbench.evaluator.logframe.LogframeBuilder;
import org.tocworkbench.evaluator.logframe.LogframeExcelWriter;
import org.tocworkbench.evaluator.report.ExcelReportWriter;
import org.tocworkbench.evaluator.template.MonitoringTemplateWriter;

/**
 * Every workbook the tool writes, read back with POI: each sheet's page set-up (A4 landscape,
 * fitted to one page wide, print area, repeated header row, page header and footer), real
 * percent formats, labels for scale and yes/no values, and rows as tall as their wrapped text.
 * PrintedWorkbooksTest (cli) prints them with LibreOffice and looks at the pages.
 */
class WorkbookPrintSetupTest {
    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    static Stream<Arguments> workbooks() throws Exception {
        return Stream.of(
                Arguments.of("report", new ExcelReportWriter().toBytes(NutritionNetworkFixture.evaluation())),
                Arguments.of("template", new MonitoringTemplateWriter().toBytes(NutritionNetworkFixture.theory())),
                Arguments.of("logframe", LogframeExcelWriter.toBytes(LogframeBuilder.build(NutritionNetworkFixture.theory()))));
    }

    private static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everySheetPrintsOnA4LandscapePagesOnePageWideWithItsHeaderRepeated(String name, byte[] bytes) throws Exception {
        try (XSSFWorkbook wb = read(bytes)) {
            for (Sheet sheet : wb) {
                String where = name + " sheet " + sheet.getSheetName();
                PrintSetup print = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), where);
                assertTrue(print.getLandscape(), where + ": landscape");
                assertTrue(sheet.getFitToPage(), where + ": fitted");
                if (sheet.getRepeatingColumns() == null) {
                    assertEquals(1, print.getFitWidth(), where + ": one page wide");
                } else {
                    assertTrue(print.getFitWidth() >= 1, where + ": pages across, its first columns on each");
                }
                assertEquals(0, print.getFitHeight(), where + ": as many pages down as it needs");
                assertTrue(sheet.isPrintGridlines(), where + ": grid lines printed");
                assertEquals(0.4, sheet.getMargin(PageMargin.LEFT), 1e-9, where);
                assertEquals("&A", sheet.getHeader().getRight(), where + ": the sheet's name on each page");
                assertEquals("Page &P of &N", sheet.getFooter().getCenter(), where);
                assertTrue(!sheet.getHeader().getLeft().isEmpty(), where + ": the document's title on each page");
                int index = wb.getSheetIndex(sheet);
                String area = wb.getPrintArea(index);
                assertNotNull(area, where + ": print area");
                int lastColumn = 0;
                for (Row row : sheet) {
                    lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
                }
                String lastLetter = org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn);
                assertTrue(area.endsWith("$" + lastLetter + "$" + Math.max(1, sheet.getLastRowNum() + 1)),
                        where + ": print area " + area + " covers the written cells up to column " + lastLetter);
                boolean table = sheet.getRow(0).getCell(0).getCellStyle().getFillPattern()
                        != org.apache.poi.ss.usermodel.FillPatternType.NO_FILL;
                if (table && sheet.getLastRowNum() > 0) {
                    assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""),
                            where + ": the header row repeats on every page");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everyRowIsAsTallAsItsWrappedText(String name, byte[] bytes) throws Exception {
        try (XSSFWorkbook wb = read(bytes)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING || isMerged(sheet, cell)) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        double characters = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
                        org.apache.poi.ss.usermodel.Font font = wb.getFontAt(cell.getCellStyle().getFontIndex());
                        if (font.getFontHeightInPoints() != 10) {
                            continue; // the title, which runs on over empty cells
                        }
                        boolean bold = font.getBold();
                        if (!CellText.fits(text, characters, bold) && !runsOn(row, cell)) {
                            String where = name + " " + sheet.getSheetName() + "!" + cell.getAddress();
                            assertTrue(cell.getCellStyle().getWrapText(), where + ": text wider than its column wraps");
                            int lines = CellText.lines(text, characters, bold);
                            assertTrue(row.getHeightInPoints() >= CellText.height(Math.min(lines, 31)) - 0.01,
                                    where + ": " + lines + " lines need " + CellText.height(lines) + " pt, the row has "
                                            + row.getHeightInPoints());
                        }
                    }
                }
            }
        }
    }

    /** A band's label with nothing to its right, which runs on over the empty cells as a heading. */
    private static boolean runsOn(Row row, Cell cell) {
        for (Cell other : row) {
            if (other.getColumnIndex() > cell.getColumnIndex() && other.getCellType() != CellType.BLANK) {
                return false;
            }
        }
        return !cell.getCellStyle().getWrapText();
    }

    private static boolean isMerged(Sheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(cell) && r.getNumberOfCells() > 1);
    }

    @Test
    void percentagesAreSharesInAPercentFormatAndScalesAndYesNoAreLabels() throws Exception {
        try (XSSFWorkbook wb = read(new ExcelReportWriter().toBytes(NutritionNetworkFixture.evaluation()))) {
            XSSFSheet indicators = wb.getSheet("Indicators");
            List<String> header = headerOf(indicators);
            Row stunting = find(indicators, "stunting");
            Cell baseline = stunting.getCell(header.indexOf("Baseline"));
            assertEquals(0.31, baseline.getNumericCellValue(), 1e-12);
            assertEquals("31%", SHOWN.formatCellValue(baseline));
            Cell progress = stunting.getCell(header.indexOf("Progress"));
            assertTrue(progress.getCellStyle().getDataFormatString().endsWith("%"), "progress in a percent format");
            assertTrue(progress.getNumericCellValue() <= 1.5, "progress stored as a share: " + progress.getNumericCellValue());
            Row demand = find(indicators, "demand");
            assertEquals("low", demand.getCell(header.indexOf("Baseline")).getStringCellValue());
            assertEquals("strong", demand.getCell(header.indexOf("Target")).getStringCellValue());
            Row curriculum = find(indicators, "curriculum");
            assertEquals("no", curriculum.getCell(header.indexOf("Baseline")).getStringCellValue());
            assertEquals("yes", curriculum.getCell(header.indexOf("Target")).getStringCellValue());
            Row pathway = wb.getSheet("Pathways").getRow(1);
            assertTrue(pathway.getCell(2).getCellStyle().getDataFormatString().endsWith("%"));
        }
        try (XSSFWorkbook wb = read(new MonitoringTemplateWriter().toBytes(NutritionNetworkFixture.theory()))) {
            XSSFSheet indicators = wb.getSheet("Indicators");
            assertEquals("no", find(indicators, "curriculum").getCell(7).getStringCellValue());
            assertEquals("low", find(indicators, "demand").getCell(7).getStringCellValue());
        }
    }

    @Test
    void everyCellIsArialSoThatTheComputedRowHeightsHold() throws Exception {
        try (XSSFWorkbook wb = read(new ExcelReportWriter().toBytes(NutritionNetworkFixture.evaluation()))) {
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertEquals(WorkbookStyles.FONT, wb.getFontAt(i).getFontName());
                assertEquals(org.apache.poi.ss.usermodel.FontScheme.NONE, wb.getFontAt(i).getScheme(),
                        "no theme font, which Excel would replace with Calibri");
            }
        }
    }

    private static List<String> headerOf(Sheet sheet) {
        List<String> titles = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
        return titles;
    }

    private static Row find(Sheet sheet, String id) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row " + id + " on " + sheet.getSheetName());
    }
}
