package org.tocworkbench.evaluator.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A text file that is not a grid (IATI activity XML, a DHIS2 JSON data value set), handed out as
 * one sheet whose first row is a header of fixed column names and whose rows are numbered by
 * their line in the file.
 */
abstract class TextDocument implements SheetSource {
    protected final Path file;
    protected final String fileName;

    TextDocument(Path file, String fileName) {
        this.file = file;
        this.fileName = fileName;
    }

    @Override
    public final List<String> sheetNames() {
        return List.of("");
    }

    @Override
    public final boolean linesAsRows() {
        return true;
    }

    @Override
    public final String fileName() {
        return fileName;
    }

    /** Passes the header row (row 0) of these column names; false when the handler stopped. */
    protected static boolean header(SheetRow row, List<String> columns, RowHandler handler) throws ImportException {
        row.reset(0);
        for (int c = 0; c < columns.size(); c++) {
            row.setText(c, columns.get(c), false);
        }
        return handler.row(row);
    }

    @Override
    public void close() {
    }
}
