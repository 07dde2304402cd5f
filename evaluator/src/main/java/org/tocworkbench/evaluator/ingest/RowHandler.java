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
}
