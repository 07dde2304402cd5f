package org.tocworkbench.evaluator.ingest;

import org.tocworkbench.compiler.diagnostics.VisibleText;

/**
 * Where a value came from: file, sheet (empty for CSV), 1-based row and column. Printed as
 * {@code Sheet!B7} (quoted when the sheet name needs it, as Excel does) so that a person can
 * find the cell.
 */
public record CellRef(String file, String sheet, int row, int column) {

    /**
     * {@code Data!C12}, {@code 'Q3 tracking'!AA4}, {@code C12} for a CSV file, or {@code line 24} for a
     * place in a text file that has no columns (IATI XML, DHIS2 JSON: column 0, no sheet).
     */
    public String a1() {
        if (column == 0 && (sheet == null || sheet.isEmpty())) {
            return "line " + row;
        }
        String cell = columnLetters(column) + row;
        if (sheet == null || sheet.isEmpty()) {
            return cell;
        }
        boolean plain = sheet.matches("[A-Za-z_][A-Za-z0-9_.]*");
        return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + cell;
    }

    /** 1 → A, 27 → AA, 16384 → XFD. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A whole row, e.g. for a row that is skipped as a whole: {@code Data!7:7}. */
    public CellRef rowOnly() {
        return new CellRef(file, sheet, row, 0);
    }

    /** For messages: characters of the file or sheet name that a reader cannot see are escaped. */
    @Override
    public String toString() {
        return VisibleText.of(file + " " + (column == 0 ? rowLabel() : a1()));
    }

    private String rowLabel() {
        String rows = row + ":" + row;
        return sheet == null || sheet.isEmpty() ? "row " + row : new CellRef(file, sheet, row, 1).a1().replaceAll("![A-Z]+\\d+$", "!" + rows);
    }
}
