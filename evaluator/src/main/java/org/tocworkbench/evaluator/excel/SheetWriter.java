package org.tocworkbench.evaluator.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one sheet row by row (SXSSF keeps only a window of rows in memory). Text from users is
 * always written as a string cell, never as a formula, and text that a spreadsheet would read as
 * a formula when typed or pasted ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
 * return at the start) is marked quote-prefixed, which keeps it text when the cell is edited.
 * Text longer than a cell can hold is cut with an ellipsis.
 */
public final class SheetWriter {
    /** Excel's limit of characters in one cell. */
    public static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private int next;

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

    /** A bold header row. */
    public Row header(String... titles) {
        Row row = row();
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header());
        }
        return row;
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
        if (text == null || text.isEmpty()) {
            return;
        }
        String value = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text;
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        boolean quoted = looksLikeFormula(value);
        CellStyle style = wrap ? (quoted ? styles.wrapQuoted() : styles.wrap()) : (quoted ? styles.quoted() : null);
        if (style != null) {
            cell.setCellStyle(style);
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
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Column widths in characters, from the first column. */
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
