package org.tocworkbench.evaluator.records;

import org.tocworkbench.evaluator.ingest.CellValues;
import org.tocworkbench.evaluator.ingest.SheetRow;

/**
 * One record as the computations see it: a row of the records sheet and, for a repeat-group
 * sheet, the row of the main sheet it belongs to, whose columns come after the row's own.
 * Reused for every record, like {@link SheetRow}.
 */
public final class RecordRow {
    private SheetRow row;
    private SheetRow parent;
    private int ownColumns;
    private boolean decimalComma;
    private boolean joined;
    /** Of the first 64 columns: those whose blankness is known for this record, and those blank. */
    private long blankKnown;
    private long blanks;
    /** Of the first 64 columns: those whose number is known for this record, and the numbers. */
    private long numberKnown;
    private final double[] numbers = new double[64];
    /** Of the first 64 columns: those whose {@link #same} answer for {@code sameWords[column]} is known, and the yeses. */
    private long sameKnown;
    private long sameYes;
    private final String[] sameWords = new String[64];
    /** Of the first 64 columns: those whose key hash is known for this record, and the hashes. */
    private long hashKnown;
    private final long[] hashes = new long[64];

    void set(SheetRow row, SheetRow parent, int ownColumns, boolean decimalComma) {
        set(row, parent, ownColumns, decimalComma, false);
    }

    void set(SheetRow row, SheetRow parent, int ownColumns, boolean decimalComma, boolean joined) {
        this.joined = joined;
        this.blankKnown = 0;
        this.blanks = 0;
        this.numberKnown = 0;
        this.sameKnown = 0;
        this.hashKnown = 0;
        this.row = row;
        this.parent = parent;
        this.ownColumns = ownColumns;
        this.decimalComma = decimalComma;
    }

    /** The 1-based row number in the records sheet (the line of a CSV file, the row of a query result). */
    public int number() {
        return row.number();
    }

    private SheetRow rowOf(int column) {
        return column < ownColumns ? row : parent;
    }

    private int local(int column) {
        return column < ownColumns ? column : column - ownColumns;
    }

    /** The cell as a person reads it; "" when blank (or when the main row is missing). */
    public String display(int column) {
        SheetRow r = rowOf(column);
        return r == null ? "" : r.display(local(column));
    }

    /**
     * True when the cell is blank or says there is no value ({@code n/a}, {@code -}, ...). The
     * answer for each of the first 64 columns is kept until the next record: a dozen computations
     * ask about the same few columns of every record.
     */
    public boolean isBlank(int column) {
        if (column >= 0 && column < 64) {
            long bit = 1L << column;
            if ((blankKnown & bit) == 0) {
                blankKnown |= bit;
                if (blank(column)) {
                    blanks |= bit;
                }
            }
            return (blanks & bit) != 0;
        }
        return blank(column);
    }

    private boolean blank(int column) {
        SheetRow r = rowOf(column);
        if (r == null || r.isBlank(local(column))) {
            return true;
        }
        if (r.kind(local(column)) != SheetRow.CellKind.TEXT) {
            return false;
        }
        return CellValues.isMissing(r.text(local(column)));
    }

    /**
     * True when the cell is not blank and reads as {@code normalised} ({@link Words#same}). The
     * answer for the last word asked of each of the first 64 columns is kept until the next
     * record; words are compared by identity, so callers pass {@link Words#normalise}d, interned text.
     */
    boolean same(int column, String normalised) {
        if (column < 0 || column >= 64) {
            return !isBlank(column) && Words.same(display(column), normalised);
        }
        long bit = 1L << column;
        if ((sameKnown & bit) != 0 && sameWords[column] == normalised) {
            return (sameYes & bit) != 0;
        }
        boolean yes = !isBlank(column) && Words.same(display(column), normalised);
        sameWords[column] = normalised;
        sameKnown |= bit;
        sameYes = yes ? sameYes | bit : sameYes & ~bit;
        return yes;
    }

    /** {@link DistinctSet#hash} of the cell; kept for the first 64 columns until the next record. */
    long keyHash(int column) {
        if (column < 0 || column >= 64) {
            return DistinctSet.hash(display(column));
        }
        long bit = 1L << column;
        if ((hashKnown & bit) == 0) {
            hashes[column] = DistinctSet.hash(display(column));
            hashKnown |= bit;
        }
        return hashes[column];
    }

    /** The cell as a number, or NaN when it holds none; kept for the first 64 columns until the next record. */
    public double number(int column) {
        if (column < 0 || column >= 64) {
            return readNumber(column);
        }
        long bit = 1L << column;
        if ((numberKnown & bit) == 0) {
            numbers[column] = readNumber(column);
            numberKnown |= bit;
        }
        return numbers[column];
    }

    private double readNumber(int column) {
        SheetRow r = rowOf(column);
        if (r == null) {
            return Double.NaN;
        }
        int c = local(column);
        SheetRow.CellKind kind = r.kind(c);
        if (kind == SheetRow.CellKind.NUMBER || kind == SheetRow.CellKind.BOOLEAN) {
            return r.number(c);
        }
        if (kind != SheetRow.CellKind.TEXT) {
            return Double.NaN;
        }
        CellValues.NumberText parsed = CellValues.parseNumber(r.display(c), decimalComma);
        return parsed == null ? Double.NaN : parsed.value();
    }

    /** True when the cell is a number formatted as a date (an Excel date serial). */
    public boolean isDateNumber(int column) {
        SheetRow r = rowOf(column);
        return r != null && r.kind(local(column)) == SheetRow.CellKind.NUMBER
                && (r.style(local(column)) & SheetRow.DATE) != 0;
    }

    /** True when the cell holds an Excel error or a formula without a value. */
    public boolean isError(int column) {
        SheetRow r = rowOf(column);
        if (r == null) {
            return false;
        }
        SheetRow.CellKind kind = r.kind(local(column));
        return kind == SheetRow.CellKind.ERROR || kind == SheetRow.CellKind.FORMULA_WITHOUT_VALUE;
    }

    /** The sheet column (1-based) of a record column, for cell references; the main sheet's for joined ones. */
    int sheetColumn(int column) {
        return local(column) + 1;
    }

    boolean isParentColumn(int column) {
        return column >= ownColumns;
    }

    /** A repeat-group row whose main-sheet submission is not there. */
    boolean orphan() {
        return joined && parent == null;
    }

    int parentRowNumber() {
        return parent == null ? 0 : parent.number();
    }
}
