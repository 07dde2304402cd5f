package org.tocworkbench.evaluator.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Passes the first {@code limit} issues of each kind to the sink and only counts the rest, so
 * that a sheet with a million bad rows neither floods the report nor the memory.
 */
final class IssueLimiter {
    private final ObservationSink sink;
    private final int limit;
    private final long[] counts = new long[DataIssue.Kind.values().length];
    /** Run before each issue reaches the sink: a reader that holds back work lets it report its issues first. */
    private Runnable beforeIssue = () -> { };

    IssueLimiter(ObservationSink sink, int limit) {
        this.sink = sink;
        this.limit = limit;
    }

    /**
     * Runs {@code action} before each issue (reported or counted) reaches the sink, so that work a
     * reader holds back — and the issues it finds — keep their place in the order of the file.
     */
    void beforeEachIssue(Runnable action) {
        beforeIssue = action;
    }

    /** True while issues of this kind are still passed on in full: build the message only then. */
    boolean wants(DataIssue.Kind kind) {
        return counts[kind.ordinal()] < limit;
    }

    void report(CellRef where, DataIssue.Kind kind, String message) {
        report(where, kind, message, "", "");
    }

    /** An issue with its cause (e.g. the unknown label) and a short fix, so that reports can group them. */
    void report(CellRef where, DataIssue.Kind kind, String message, String cause, String hint) {
        beforeIssue.run();
        if (counts[kind.ordinal()]++ < limit) {
            sink.issue(new DataIssue(where, kind, message, cause, hint));
        } else {
            sink.counted(kind, cause == null ? "" : cause);
        }
    }

    /** Counts an issue whose message was not built because {@link #wants} said no. */
    void count(DataIssue.Kind kind) {
        count(kind, "");
    }

    /** Counts an issue beyond the limit with its cause, and tells the sink, which keeps counts by cause. */
    void count(DataIssue.Kind kind, String cause) {
        beforeIssue.run();
        counts[kind.ordinal()]++;
        sink.counted(kind, cause);
    }

    Map<DataIssue.Kind, Long> counts() {
        Map<DataIssue.Kind, Long> map = new EnumMap<>(DataIssue.Kind.class);
        for (DataIssue.Kind kind : DataIssue.Kind.values()) {
            if (counts[kind.ordinal()] > 0) {
                map.put(kind, counts[kind.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    int limit() {
        return limit;
    }
}
