package org.tocworkbench.evaluator.ingest;

import java.util.List;

/**
 * An opened spreadsheet file, read one sheet at a time as a stream of {@link SheetRow}s. One
 * implementation per format: {@link XlsxWorkbook} (streamed sheet XML), {@link XlsWorkbook}
 * (HSSF), {@link CsvWorkbook} (one unnamed sheet).
 */
public interface SheetSource extends AutoCloseable {
    /** The sheet names in workbook order; a CSV file has one sheet named "". */
    List<String> sheetNames();

    /** Streams the rows of a sheet; may be called more than once for the same sheet. */
    void read(String sheet, RowHandler handler) throws ImportException;

    /** True when dates count from 1904 (old Mac workbooks) rather than 1900. */
    default boolean date1904() {
        return false;
    }

    /**
     * True when the rows are lines of a text file rather than rows of a grid (IATI activity XML, a
     * DHIS2 JSON data value set): values are then placed by line ({@code line 24}), not by cell.
     */
    default boolean linesAsRows() {
        return false;
    }

    /** The file name as reported in messages. */
    String fileName();

    @Override
    void close();
}
