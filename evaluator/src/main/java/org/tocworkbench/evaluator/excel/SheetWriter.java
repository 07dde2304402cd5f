package org.tocworkbench.evaluator.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one sheet row by row (SXSSF keeps only a window of rows in memory). Text from users is
 * always written as a string cell, never as a formula, and text that a spreadsheet would read as
 * a formula when typed or pasted ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
 * return at the start) is marked quote-prefixed, which keeps it text when the cell is edited.
 * Text longer than a cell can hold is cut with an ellipsis. Text wider than its column wraps, and
 * its row is made as tall as its lines ({@link CellText}): set the column widths ({@link #widths})
 * before writing. {@link PrintLayout} sets up the printed pages from what was written.
 */
public final class SheetWriter {
    /** Excel's limit of characters in one cell. */
    public static final int MAX_CELL_TEXT = 32_767;
    /** Excel's tallest row (409 points) holds this many lines of our font. */
    static final int MAX_LINES = 31;

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private int next;
    private int lastColumn = -1;
    private boolean headerFirst;

    public SheetWriter(SXSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    public SXSSFSheet sheet() {
        return sheet;
    }

    /** The next row (0-based index {@link #rowIndex()} before the call). */
    public Row row() {
        return sheet.createRow(next++);
    }

    /** Rows written so far. */
    public int rowIndex() {
        return next;
    }

    /** Leaves a row empty. */
    public void skip() {
        next++;
    }

    /** The last column that holds a cell (0-based), -1 before the first cell. */
    public int lastColumn() {
        return lastColumn;
    }

    /** True when row 1 is a header row: the table's header, to repeat on every printed page. */
    public boolean headerFirst() {
        return headerFirst;
    }

    /** A bold header row, on a grey band; long titles wrap. */
    public Row header(String... titles) {
        headerFirst |= next == 0;
        Row row = row();
        for (int i = 0; i < titles.length; i++) {
            Cell cell = cell(row, i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header());
            fitHeight(row, i, titles[i], true);
        }
        return row;
    }

    /** A title in large bold type; it may run on over the empty cells to its right. */
    public void title(Row row, int column, String text) {
        Cell cell = cell(row, column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), 21f));
    }

    /** A text cell; nothing for null or empty text. */
    public void text(Row row, int column, String text) {
        text(row, column, text, false);
    }

    /** A text cell that wraps long text. */
    public void wrapped(Row row, int column, String text) {
        text(row, column, text, true);
    }

    private void text(Row row, int column, String text, boolean wrap) {
        Cell cell = textCell(row, column, text);
        if (cell == null) {
            return;
        }
        String value = cell.getStringCellValue();
        boolean quoted = looksLikeFormula(value);
        boolean wrapped = wrap || !CellText.fits(value, characters(column), false);
        cell.setCellStyle(wrapped ? (quoted ? styles.wrapQuoted() : styles.wrap())
                : (quoted ? styles.quoted() : styles.plain()));
        if (wrapped) {
            fitHeight(row, column, value, false);
        }
    }

    /**
     * A percentage given in points (51 for 51%), stored as the share (0.51) in a percent format,
     * so that it shows 51% and sums and charts of it work; one decimal when it has one.
     */
    public void percent(Row row, int column, double points) {
        boolean whole = Math.abs(points - Math.rint(points)) < 1e-9;
        number(row, column, points / 100, whole ? styles.percent() : styles.percentOneDecimal());
    }

    /**
     * A paragraph of text over the merged cells {@code firstColumn..lastColumn} of the row,
     * wrapped, the row as tall as its lines.
     */
    public void paragraph(Row row, int firstColumn, int lastColumn, String text) {
        Cell cell = textCell(row, firstColumn, text);
        if (cell == null) {
            return;
        }
        String value = cell.getStringCellValue();
        cell.setCellStyle(looksLikeFormula(value) ? styles.wrapQuoted() : styles.wrap());
        lastColumn(lastColumn);
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstColumn, lastColumn));
        }
        double characters = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            characters += characters(c);
        }
        int lines = Math.min(CellText.lines(value, characters, false), MAX_LINES);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), CellText.height(lines)));
    }

    /** A cell holding the text, cut with an ellipsis at Excel's limit; null (no cell) for null or empty text. */
    private Cell textCell(Row row, int column, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Cell cell = cell(row, column);
        cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text);
        return cell;
    }

    private void lastColumn(int column) {
        lastColumn = Math.max(lastColumn, column);
    }

    /** An amount: grouped thousands, and one or two decimals when it has decimals (49.18, not 49.1803279). */
    public void amount(Row row, int column, double value) {
        boolean whole = Math.abs(value - Math.rint(value)) < 1e-9;
        number(row, column, value, whole ? styles.whole() : styles.decimals());
    }

    private Cell cell(Row row, int column) {
        lastColumn(column);
        return row.createCell(column);
    }

    /** The column's width in characters (Excel's unit). */
    private double characters(int column) {
        return sheet.getColumnWidth(column) / 256.0;
    }

    /** Makes the row tall enough for the text's wrapped lines (never lower than it is). */
    private void fitHeight(Row row, int column, String text, boolean bold) {
        int lines = Math.min(CellText.lines(text, characters(column), bold), MAX_LINES);
        if (lines > 1) {
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), CellText.height(lines)));
        }
    }

    /** A number cell; nothing for NaN. */
    public void number(Row row, int column, double value) {
        number(row, column, value, null);
    }

    /** A number cell with a style (e.g. {@link WorkbookStyles#oneDecimal()}); nothing for NaN. */
    public void number(Row row, int column, double value, CellStyle style) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        Cell cell = cell(row, column);
        cell.setCellValue(value);
        cell.setCellStyle(style != null ? style : styles.plain());
    }

    /** Column widths in characters, from the first column; set them before writing the cells. */
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    /** True when a spreadsheet would take the text for a formula if it were typed in. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }
}
