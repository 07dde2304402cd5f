package org.tocworkbench.evaluator.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * @param causes   the causes of every issue of the kind, kept or only counted, most rows first
     *                 (then first found); empty when the kind's issues have no cause
     */
    record KindGroup(DataIssue.Kind kind, long count, List<DataIssue> kept, List<Cause> causes) {
        KindGroup {
            kept = List.copyOf(kept);
            causes = List.copyOf(causes);
        }
    }

    /**
     * Issues that share a cause.
     *
     * @param count every issue with this cause, kept or only counted
     * @param first the first issue kept with this cause; empty when all of them were only counted
     * @param hint  the first issue's short fix, or ""
     */
    record Cause(String text, long count, Optional<DataIssue> first, String hint) {
    }

    static IssueGroups of(DataIssues issues) {
        Map<DataIssue.Kind, List<DataIssue>> byKind = new EnumMap<>(DataIssue.Kind.class);
        for (DataIssue issue : issues.kept()) {
            byKind.computeIfAbsent(issue.kind(), k -> new ArrayList<>()).add(issue);
        }
        List<KindGroup> kinds = new ArrayList<>();
        for (Map.Entry<DataIssue.Kind, Long> count : issues.counts().entrySet()) {
            List<DataIssue> kept = byKind.getOrDefault(count.getKey(), List.of());
            kinds.add(new KindGroup(count.getKey(), count.getValue(), kept,
                    causes(kept, issues.causeCounts().getOrDefault(count.getKey(), Map.of()))));
        }
        return new IssueGroups(kinds);
    }

    private static List<Cause> causes(List<DataIssue> kept, Map<String, Long> counts) {
        Map<String, DataIssue> first = new LinkedHashMap<>();
        for (DataIssue issue : kept) {
            if (!issue.cause().isEmpty()) {
                first.putIfAbsent(issue.cause(), issue);
            }
        }
        Map<String, Long> all = new LinkedHashMap<>(counts);
        first.keySet().forEach(cause -> all.putIfAbsent(cause, kept.stream().filter(i -> i.cause().equals(cause)).count()));
        List<Cause> causes = new ArrayList<>();
        all.forEach((text, count) -> {
            Optional<DataIssue> issue = Optional.ofNullable(first.get(text));
            causes.add(new Cause(text, count, issue, issue.map(DataIssue::hint).orElse("")));
        });
        causes.sort(Comparator.comparingLong(Cause::count).reversed());
        return causes;
    }
}
