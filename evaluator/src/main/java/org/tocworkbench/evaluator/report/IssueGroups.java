package org.tocworkbench.evaluator.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.series.DataIssues;

/**
 * The data issues of an evaluation by kind and, within a kind, by cause (the label that named no
 * indicator, the period text that could not be read, ...), with counts: a digest for the
 * terminal, where listing issues one by one would hide a kind behind the first ten of another.
 *
 * @param kinds one entry per kind that occurred, in the order of {@link DataIssue.Kind}
 */
record IssueGroups(List<KindGroup> kinds) {
    IssueGroups {
        kinds = List.copyOf(kinds);
    }

    /**
     * The issues of one kind.
     *
     * @param count    every issue of the kind, including those counted but not kept
     * @param kept     the issues kept in full, in the order found
     * @param causes   the causes of the kept issues, most rows first (then first found); empty when
     *                 the kind's issues have no cause
     */
    record KindGroup(DataIssue.Kind kind, long count, List<DataIssue> kept, List<Cause> causes) {
        KindGroup {
            kept = List.copyOf(kept);
            causes = List.copyOf(causes);
        }
    }

    /**
     * Kept issues that share a cause.
     *
     * @param first the first issue found with this cause
     * @param hint  the first issue's short fix, or ""
     */
    record Cause(String text, long count, DataIssue first, String hint) {
    }

    static IssueGroups of(DataIssues issues) {
        Map<DataIssue.Kind, List<DataIssue>> byKind = new EnumMap<>(DataIssue.Kind.class);
        for (DataIssue issue : issues.kept()) {
            byKind.computeIfAbsent(issue.kind(), k -> new ArrayList<>()).add(issue);
        }
        List<KindGroup> kinds = new ArrayList<>();
        for (Map.Entry<DataIssue.Kind, Long> count : issues.counts().entrySet()) {
            List<DataIssue> kept = byKind.getOrDefault(count.getKey(), List.of());
            kinds.add(new KindGroup(count.getKey(), count.getValue(), kept, causes(kept)));
        }
        return new IssueGroups(kinds);
    }

    private static List<Cause> causes(List<DataIssue> kept) {
        Map<String, List<DataIssue>> byCause = new LinkedHashMap<>();
        for (DataIssue issue : kept) {
            if (!issue.cause().isEmpty()) {
                byCause.computeIfAbsent(issue.cause(), c -> new ArrayList<>()).add(issue);
            }
        }
        List<Cause> causes = new ArrayList<>();
        byCause.forEach((text, list) -> causes.add(new Cause(text, list.size(), list.get(0), list.get(0).hint())));
        causes.sort(Comparator.comparingLong(Cause::count).reversed());
        return causes;
    }
}
