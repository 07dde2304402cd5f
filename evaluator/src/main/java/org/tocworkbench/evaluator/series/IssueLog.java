package org.tocworkbench.evaluator.series;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.evaluator.ingest.DataIssue;

/**
 * Data issues with bounded memory: the first {@code kept} in full, and a count per kind of all
 * of them, so that a sheet where every row is wrong still fits in memory and is still reported;
 * and per kind a count by cause (the unknown label, ...) for the first {@value #CAUSES} causes.
 */
final class IssueLog {
    private final int kept;
    private final List<DataIssue> issues = new ArrayList<>();
    private final Map<DataIssue.Kind, Long> counts = new EnumMap<>(DataIssue.Kind.class);
    /** Distinct causes counted per kind; later ones are counted with the kind only. */
    static final int CAUSES = 10_000;
    private final Map<DataIssue.Kind, Map<String, Long>> causes = new EnumMap<>(DataIssue.Kind.class);

    IssueLog(int kept) {
        if (kept < 0) {
            throw new IllegalArgumentException("kept < 0");
        }
        this.kept = kept;
    }

    void add(DataIssue issue) {
        count(issue.kind(), issue.cause());
        if (issues.size() < kept) {
            issues.add(issue);
        }
    }

    /** An issue that is counted only (the importer did not build it in full). */
    void count(DataIssue.Kind kind, String cause) {
        counts.merge(kind, 1L, Long::sum);
        if (!cause.isEmpty()) {
            Map<String, Long> byCause = causes.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            if (byCause.containsKey(cause) || byCause.size() < CAUSES) {
                byCause.merge(cause, 1L, Long::sum);
            }
        }
    }

    DataIssues snapshot() {
        return new DataIssues(issues, counts, causes);
    }
}
