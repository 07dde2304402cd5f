package org.tocworkbench.evaluator.ingest;

/**
 * A workbook that cannot be read at all (corrupt, encrypted, not a spreadsheet, missing sheet):
 * the message names the file, and the sheet or cell when known. Maps to exit code 1 (bad input)
 * or 3 ({@link #isIoFailure()}: the file could not be opened).
 */
public final class ImportException extends Exception {
    private final boolean ioFailure;

    public ImportException(String message, boolean ioFailure) {
        super(message);
        this.ioFailure = ioFailure;
    }

    public boolean isIoFailure() {
        return ioFailure;
    }
}
