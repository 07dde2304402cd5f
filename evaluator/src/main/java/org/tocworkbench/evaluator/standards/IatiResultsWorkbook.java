package org.tocworkbench.evaluator.standards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The IATI results sheet ({@link IatiCsvWriter}'s rows, SPREADSHEET-LAYOUTS.md section 9a) as a
 * workbook a donor can read and print: the same columns and cells (dates stay dd/mm/yyyy text, as
 * the IATI tools ask; values stay as the theory writes them), a bold header row repeated on every
 * page, titles wrapped, landscape A3 one page wide, a filter on every column.
 */
public final class IatiResultsWorkbook {
    public static final String SHEET = "Results";
    /** Widths in characters by column; the titles and descriptions wide enough to wrap in few lines. */
    private static final int[] WIDTHS = {20, 8, 11, 10, 36, 30, 10, 36, 30, 9, 9, 9, 10, 24, 12, 12, 12, 12, 11, 11,
        10, 24, 10, 30};

    private IatiResultsWorkbook() {
    }

    /** The lines a wrapped text takes in a column of {@code width} characters (spreadsheets do not size rows themselves). */
    static int lines(String text, int width) {
        width = width + width / 4; // a column of N characters' width holds about 1.25 N characters of running text
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int length = word.length() + (used == 0 ? 0 : 1);
                if (used > 0 && used + length > width - 1) {
                    lines++;
                    used = word.length();
                } else {
                    used += length;
                }
            }
        }
        return Math.max(1, lines);
    }

    public static byte[] toBytes(IatiActivity activity) {
        List<List<String>> rows = IatiCsvWriter.rows(activity);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                int lines = 1;
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    row.getCell(c).setCellStyle(r == 0 ? header : text);
                    lines = Math.max(lines, lines(cells.get(c), c < WIDTHS.length ? WIDTHS[c] : 12));
                }
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
            int columns = rows.get(0).size();
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (c < WIDTHS.length ? WIDTHS[c] : 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size() - 1), 0, columns - 1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A3_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            sheet.getHeader().setLeft("IATI results: " + activity.identifier());
            sheet.getFooter().setCenter("Page &P of &N");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
