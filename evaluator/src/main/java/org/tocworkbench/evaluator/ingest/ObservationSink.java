package org.tocworkbench.evaluator.ingest;

/**
 * Receives what an importer reads, row by row, so that nothing has to hold a whole sheet in
 * memory: the evaluator keeps only compact per-indicator series.
 */
public interface ObservationSink {
    void observation(Observation observation);

    void issue(DataIssue issue);
}
