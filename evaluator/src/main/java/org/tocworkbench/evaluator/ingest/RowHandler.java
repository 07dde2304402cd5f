package org.tocworkbench.evaluator.ingest;

/** Receives the rows of one sheet in order; blank rows may be left out by the reader. */
@FunctionalInterface
public interface RowHandler {
    /**
     * @param row reused for the next row: copy it to keep it
     * @return false to stop reading the sheet (e.g. when probing for a header)
     */
    boolean row(SheetRow row) throws ImportException;

    /** A hint, when the file says it: the sheet's last row number. Used to size tables once. */
    default void expectRows(int rows) {
    }

    /**
     * A damaged stretch of the file that the reader recovered from (an unterminated quote, bytes
     * that are not text): the row it starts on, and what happened, naming the line. The import
     * reports it as a data issue; handlers that only look for a header may ignore it.
     */
    default void damaged(int row, DataIssue.Kind kind, String message) throws ImportException {
    }
}
