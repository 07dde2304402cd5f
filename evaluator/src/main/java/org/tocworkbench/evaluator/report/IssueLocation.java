package org.tocworkbench.evaluator.report;

import org.tocworkbench.evaluator.ingest.CellRef;

/** Where a data issue is, as a person finds it: {@code Data!B7}, a whole row {@code Data!7:7}, or {@code row 7} in a CSV file. */
public final class IssueLocation {
    private IssueLocation() {
    }

    /** The cell or row, without the file; empty when unknown. */
    public static String cell(CellRef where) {
        if (where == null) {
            return "";
        }
        if (where.column() > 0) {
            return where.a1();
        }
        if (where.sheet() == null || where.sheet().isEmpty()) {
            return "row " + where.row();
        }
        String a1 = new CellRef(where.file(), where.sheet(), where.row(), 1).a1();
        return a1.substring(0, a1.lastIndexOf('!') + 1) + where.row() + ":" + where.row();
    }

    /** The file, or empty. */
    public static String file(CellRef where) {
        return where == null || where.file() == null ? "" : where.file();
    }
}
