package org.tocworkbench.evaluator.series;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.evaluator.ingest.DataIssue;

/**
 * The data issues of an evaluation: those kept in full (in the order they were found) and the
 * count of every kind, including issues beyond the ones kept.
 *
 * @param counts      every kind that occurred, in the order of {@link DataIssue.Kind}
 * @param causeCounts per kind, the issues counted by cause (the unknown label, ...), in the order
 *                    first met, including issues beyond the ones kept; issues with no cause are not in it
 */
public record DataIssues(List<DataIssue> kept, Map<DataIssue.Kind, Long> counts,
                         Map<DataIssue.Kind, Map<String, Long>> causeCounts) {
    public static final DataIssues NONE = new DataIssues(List.of(), Map.of());

    public DataIssues {
        kept = List.copyOf(kept);
        Map<DataIssue.Kind, Long> ordered = new EnumMap<>(DataIssue.Kind.class);
        ordered.putAll(counts);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
        Map<DataIssue.Kind, Map<String, Long>> byCause = new EnumMap<>(DataIssue.Kind.class);
        causeCounts.forEach((kind, map) -> byCause.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(map))));
        causeCounts = Collections.unmodifiableMap(byCause);
    }

    /** Issues with their counts by kind; causes counted from the issues kept. */
    public DataIssues(List<DataIssue> kept, Map<DataIssue.Kind, Long> counts) {
        this(kept, counts, causesOf(kept));
    }

    private static Map<DataIssue.Kind, Map<String, Long>> causesOf(List<DataIssue> issues) {
        Map<DataIssue.Kind, Map<String, Long>> causes = new EnumMap<>(DataIssue.Kind.class);
        for (DataIssue issue : issues) {
            if (!issue.cause().isEmpty()) {
                causes.computeIfAbsent(issue.kind(), k -> new LinkedHashMap<>()).merge(issue.cause(), 1L, Long::sum);
            }
        }
        return causes;
    }

    /** A list of issues, all kept. */
    public static DataIssues of(List<DataIssue> issues) {
        Map<DataIssue.Kind, Long> counts = new EnumMap<>(DataIssue.Kind.class);
        issues.forEach(i -> counts.merge(i.kind(), 1L, Long::sum));
        return new DataIssues(issues, counts);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Issues counted but not kept in full. */
    public long notKept() {
        return total() - kept.size();
    }

    /** Issues whose value was still used (warnings), e.g. an indicator matched by its title. */
    public long warnings() {
        return counts.entrySet().stream().filter(e -> e.getKey().valueUsed()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Issues whose row or cell was left out. */
    public long skipped() {
        return total() - warnings();
    }
}
