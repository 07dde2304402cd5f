package org.tocworkbench.evaluator.ingest;

/**
 * Receives what an importer reads, row by row, so that nothing has to hold a whole sheet in
 * memory: the evaluator keeps only compact per-indicator series.
 */
public interface ObservationSink {
    void observation(Observation observation);

    void issue(DataIssue issue);

    /**
     * An issue beyond the importer's limit for its kind: not built in full, only counted, with its
     * cause (the unknown label, ...; "" when none) so that counts by cause stay complete.
     */
    default void counted(DataIssue.Kind kind, String cause) {
    }
}
