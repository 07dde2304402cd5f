package org.tocworkbench.evaluator.ingest;

import org.tocworkbench.compiler.diagnostics.VisibleText;

/**
 * A workbook that cannot be read at all (corrupt, encrypted, not a spreadsheet, missing sheet):
 * the message names the file, and the sheet or cell when known. {@code toc evaluate} exits with 3
 * (a file could not be read); {@link #isIoFailure()} tells a failure of the system (missing file,
 * permission) from content that cannot be read.
 */
public final class ImportException extends Exception {
    private final boolean ioFailure;

    public ImportException(String message, boolean ioFailure) {
        super(VisibleText.of(message));
        this.ioFailure = ioFailure;
    }

    public boolean isIoFailure() {
        return ioFailure;
    }
}
