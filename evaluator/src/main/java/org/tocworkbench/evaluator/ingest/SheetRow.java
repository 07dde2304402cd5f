package org.tocworkbench.evaluator.ingest;

import java.util.Arrays;

/**
 * One row of a sheet as the format readers deliver it: typed cells by 0-based column. The readers
 * reuse a single instance for every row, so a sheet of any length costs the memory of its widest
 * row; a consumer that keeps a row must {@link #copy()} it.
 */
public final class SheetRow {
    /** Excel's hard limit; a reference beyond it is a damaged or hostile file. */
    public static final int MAX_COLUMNS = 16_384;

    /** What a cell holds. */
    public enum CellKind { BLANK, NUMBER, TEXT, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

    /** Style flags of a numeric cell. */
    public static final byte DATE = 1;
    public static final byte PERCENT = 2;
    /** A date format without a day (e.g. {@code mmm-yy}): the cell names a month. */
    public static final byte MONTH_ONLY = 4;
    /** A date format without day or month (e.g. {@code yyyy}): the cell names a year. */
    public static final byte YEAR_ONLY = 8;

    private int number;
    private int width;
    private CellKind[] kinds = new CellKind[16];
    private double[] numbers = new double[16];
    private String[] texts = new String[16];
    private byte[] styles = new byte[16];
    private boolean[] formulas = new boolean[16];
    /**
     * Whether a cell of this row set a number, style or formula flag; while false those arrays hold
     * only zeros, and {@link #reset} clears just kinds and texts (a CSV row is all text).
     */
    private boolean typed;

    public SheetRow() {
        Arrays.fill(kinds, CellKind.BLANK);
    }

    /** Starts a new row: clears the cells of the previous one. */
    public void reset(int rowNumber) {
        if (typed) {
            for (int i = 0; i < width; i++) {
                kinds[i] = CellKind.BLANK;
                texts[i] = null;
                numbers[i] = 0;
                styles[i] = 0;
                formulas[i] = false;
            }
        } else {
            for (int i = 0; i < width; i++) {
                kinds[i] = CellKind.BLANK;
                texts[i] = null;
            }
        }
        typed = false;
        width = 0;
        number = rowNumber;
    }

    /** 1-based row number in the sheet (or line number of the record in a CSV file). */
    public int number() {
        return number;
    }

    /** One past the last column that has a cell. */
    public int width() {
        return width;
    }

    public void setNumber(int column, double value, String raw, byte style, boolean formula) {
        slot(column);
        typed = true;
        kinds[column] = CellKind.NUMBER;
        numbers[column] = value;
        texts[column] = raw;
        styles[column] = style;
        formulas[column] = formula;
    }

    public void setText(int column, String text, boolean formula) {
        slot(column);
        typed |= formula;
        kinds[column] = CellKind.TEXT;
        texts[column] = text;
        formulas[column] = formula;
    }

    public void setBoolean(int column, boolean value, boolean formula) {
        slot(column);
        typed = true;
        kinds[column] = CellKind.BOOLEAN;
        numbers[column] = value ? 1 : 0;
        texts[column] = value ? "TRUE" : "FALSE";
        formulas[column] = formula;
    }

    public void setError(int column, String code, boolean formula) {
        slot(column);
        typed = true;
        kinds[column] = CellKind.ERROR;
        texts[column] = code;
        formulas[column] = formula;
    }

    public void setFormulaWithoutValue(int column) {
        slot(column);
        typed = true;
        kinds[column] = CellKind.FORMULA_WITHOUT_VALUE;
        formulas[column] = true;
    }

    public CellKind kind(int column) {
        return column >= 0 && column < width ? kinds[column] : CellKind.BLANK;
    }

    public double number(int column) {
        return numbers[column];
    }

    /** The cell's text, or the number as stored in the file; null for a blank cell. */
    public String text(int column) {
        return column >= 0 && column < width ? texts[column] : null;
    }

    public byte style(int column) {
        return column >= 0 && column < width ? styles[column] : 0;
    }

    public boolean isFormula(int column) {
        return column >= 0 && column < width && formulas[column];
    }

    /** True when the cell is blank or holds only white space. */
    public boolean isBlank(int column) {
        CellKind kind = kind(column);
        return kind == CellKind.BLANK || kind == CellKind.TEXT && texts[column].isBlank();
    }

    /** True when no cell of the row holds anything. */
    public boolean isBlank() {
        for (int i = 0; i < width; i++) {
            if (!isBlank(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many cells hold something. */
    public int filledCells() {
        int n = 0;
        for (int i = 0; i < width; i++) {
            if (!isBlank(i)) {
                n++;
            }
        }
        return n;
    }

    /** The cell as a person reads it: trimmed text, a whole number without {@code .0}; "" when blank. */
    public String display(int column) {
        CellKind kind = kind(column);
        switch (kind) {
            case BLANK:
            case FORMULA_WITHOUT_VALUE:
                return "";
            case NUMBER:
                return CellValues.formatNumber(numbers[column]);
            default:
                return texts[column].trim();
        }
    }

    /** A detached copy, for the few rows a reader keeps (header candidates). */
    public SheetRow copy() {
        SheetRow copy = new SheetRow();
        copy.number = number;
        copy.width = width;
        copy.kinds = Arrays.copyOf(kinds, Math.max(width, 1));
        copy.numbers = Arrays.copyOf(numbers, Math.max(width, 1));
        copy.texts = Arrays.copyOf(texts, Math.max(width, 1));
        copy.styles = Arrays.copyOf(styles, Math.max(width, 1));
        copy.formulas = Arrays.copyOf(formulas, Math.max(width, 1));
        copy.typed = true;
        return copy;
    }

    private void slot(int column) {
        if (column < 0 || column >= MAX_COLUMNS) {
            throw new IllegalArgumentException("column " + (column + 1) + " is beyond Excel's last column XFD");
        }
        if (column >= kinds.length) {
            int size = Math.min(MAX_COLUMNS, Math.max(column + 1, kinds.length * 2));
            int old = kinds.length;
            kinds = Arrays.copyOf(kinds, size);
            Arrays.fill(kinds, old, size, CellKind.BLANK);
            numbers = Arrays.copyOf(numbers, size);
            texts = Arrays.copyOf(texts, size);
            styles = Arrays.copyOf(styles, size);
            formulas = Arrays.copyOf(formulas, size);
        }
        if (column >= width) {
            width = column + 1;
        }
    }
}
