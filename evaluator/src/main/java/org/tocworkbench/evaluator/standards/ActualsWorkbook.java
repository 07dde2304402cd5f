package org.tocworkbench.evaluator.standards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tocworkbench.evaluator.series.PlainPeriod;

/**
 * The values an imported source reports (IATI actuals, a matrix's current values, a DFID
 * logframe's Achieved row) as a monitoring workbook the theory binds: one row per indicator,
 * period and group, with the headers {@code toc evaluate} recognises without a mapping (the IATI
 * results sheet's, docs/import.md section 9a) and the place in the source each value came from; a
 * period that is a calendar year, half, quarter, month or ISO week is written as its label
 * ({@link PlainPeriod}), a single day as that day, any other as its first and last day.
 */
public final class ActualsWorkbook {
    public static final String SHEET = "Actuals";
    static final List<String> HEADERS = List.of("Indicator reference", "Period", "End date", "Actual",
            "Dimension 1 value", "Actual comment", "Source");

    /** Column widths in characters: the columns a reader scans narrow, the texts wide enough to wrap in few lines. */
    private static final int[] WIDTHS = {18, 12, 12, 16, 18, 40, 30};

    private ActualsWorkbook() {
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.BOTTOM);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /** Printed landscape on A4, one page wide, the header row on every page, page numbers in the footer. */
    private static void printSetUp(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.getHeader().setLeft(SHEET + ": values reported in the imported source");
        sheet.getFooter().setCenter("Page &P of &N");
    }

    public static byte[] toBytes(List<ActualValue> actuals) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = headerStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle whole = numberStyle(workbook, "#,##0");
            CellStyle fraction = numberStyle(workbook, "#,##0.0###");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (ActualValue actual : actuals) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(actual.indicatorId());
                // A calendar year, half, quarter, month or ISO week as its plain label (2025-Q1), read
                // and printed as such; a single day as that day; any other span as its first and last day.
                Optional<PlainPeriod> plain = PlainPeriod.of(actual.start(), actual.end());
                row.createCell(1).setCellValue(plain.map(PlainPeriod::label).orElse(actual.start().toString()));
                row.createCell(2).setCellValue(plain.isPresent() || actual.start().equals(actual.end()) ? ""
                        : actual.end().toString());
                try {
                    double value = Double.parseDouble(actual.value());
                    row.createCell(3).setCellValue(value);
                    row.getCell(3).setCellStyle(value == Math.rint(value) ? whole : fraction);
                } catch (NumberFormatException e) {
                    row.createCell(3).setCellValue(actual.value());
                    row.getCell(3).setCellStyle(text);
                }
                row.createCell(4).setCellValue(actual.group());
                row.createCell(5).setCellValue(actual.comment());
                row.createCell(6).setCellValue(actual.where());
                int lines = 1;
                for (int c : new int[] {0, 1, 2, 4, 5, 6}) {
                    row.getCell(c).setCellStyle(text);
                    lines = Math.max(lines, IatiResultsWorkbook.lines(row.getCell(c).getStringCellValue(), WIDTHS[c]));
                }
                lines = Math.max(lines, IatiResultsWorkbook.lines(actual.value(), WIDTHS[3]));
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!actuals.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, actuals.size(), 0, HEADERS.size() - 1));
            }
            printSetUp(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
