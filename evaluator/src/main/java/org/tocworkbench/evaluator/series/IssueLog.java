package org.tocworkbench.evaluator.series;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.evaluator.ingest.DataIssue;

/**
 * Data issues with bounded memory: the first {@code kept} in full, and a count per kind of all
 * of them, so that a sheet where every row is wrong still fits in memory and is still reported.
 */
final class IssueLog {
    private final int kept;
    private final List<DataIssue> issues = new ArrayList<>();
    private final Map<DataIssue.Kind, Long> counts = new EnumMap<>(DataIssue.Kind.class);

    IssueLog(int kept) {
        if (kept < 0) {
            throw new IllegalArgumentException("kept < 0");
        }
        this.kept = kept;
    }

    void add(DataIssue issue) {
        counts.merge(issue.kind(), 1L, Long::sum);
        if (issues.size() < kept) {
            issues.add(issue);
        }
    }

    DataIssues snapshot() {
        return new DataIssues(issues, counts);
    }
}
