package org.tocworkbench.evaluator.records;

import org.tocworkbench.evaluator.ingest.ImportException;

/** Records opened for reading: their columns, and the rows streamed one at a time. */
interface RecordTable extends AutoCloseable {
    RecordColumns columns();

    /** The file and sheet, or the database, as reports name them. */
    String description();

    /** The file name for cell references ({@code followup.xlsx}), or the database URL. */
    String fileName();

    /** The sheet for cell references; "" for CSV files and databases. */
    String sheet();

    /** The main sheet a repeat-group sheet is joined to; "" when none. */
    default String parentSheet() {
        return "";
    }

    default boolean date1904() {
        return false;
    }

    /** Streams every record (the header is not one); {@code row} is reused for the next record. */
    void read(Visitor visitor) throws ImportException;

    @Override
    void close();

    /** Receives the records in order. */
    interface Visitor {
        void record(RecordRow row) throws ImportException;
    }
}
