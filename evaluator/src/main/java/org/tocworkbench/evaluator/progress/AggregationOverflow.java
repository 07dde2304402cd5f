package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.series.DataIssues;
import org.tocworkbench.evaluator.series.GroupSeries;
import org.tocworkbench.evaluator.series.IndicatorSeries;
import org.tocworkbench.evaluator.series.ObservedData;

/**
 * Values that are each within range but whose sum is not: the groups of a period added up, or the
 * periods of a {@code sum}, {@code mean} or cumulative indicator. {@link TotalsRule} and
 * {@link ActualRule} then give no number (never infinity); this rule says so as a data issue
 * ({@link DataIssue.Kind#AGGREGATE_OVERFLOW}) at the cell of the value that made the sum overflow.
 */
final class AggregationOverflow {
    private AggregationOverflow() {
    }

    /** The data issues of the import, and one more for each indicator whose values overflow when added. */
    static DataIssues issues(Iterable<Indicator> indicators, ObservedData data) {
        List<DataIssue> found = new ArrayList<>();
        for (Indicator indicator : indicators) {
            data.series(indicator.id()).flatMap(series -> overflow(indicator, series)).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return data.issues();
        }
        List<DataIssue> kept = new ArrayList<>(data.issues().kept());
        kept.addAll(found);
        Map<DataIssue.Kind, Long> counts = new java.util.EnumMap<>(DataIssue.Kind.class);
        counts.putAll(data.issues().counts());
        counts.merge(DataIssue.Kind.AGGREGATE_OVERFLOW, (long) found.size(), Long::sum);
        return new DataIssues(kept, counts);
    }

    /** The issue for one indicator, when adding its values overflows. */
    static Optional<DataIssue> overflow(Indicator indicator, IndicatorSeries series) {
        if (series.total().isEmpty() && TotalsRule.combinationFor(indicator.unit().kind()) != TotalsRule.Combination.ALL) {
            Map<Long, Double> sums = new HashMap<>();
            for (GroupSeries group : series.disaggregated()) {
                for (int i = 0; i < group.size(); i++) {
                    if (!Double.isNaN(group.value(i)) && Double.isInfinite(sums.merge(key(group, i), group.value(i),
                            Double::sum))) {
                        return Optional.of(issue(indicator, group.source(i), "the groups of " + group.label(i)));
                    }
                }
            }
        }
        if (!(indicator.cumulative() || indicator.aggregation() == Aggregation.SUM
                || indicator.aggregation() == Aggregation.MEAN)) {
            return Optional.empty();
        }
        PeriodValues periods = TotalsRule.combine(series, indicator.unit().kind());
        double sum = 0;
        for (int i = 0; i < periods.size(); i++) {
            if (!Double.isNaN(periods.values()[i])) {
                sum += periods.values()[i];
                if (Double.isInfinite(sum)) {
                    return Optional.of(issue(indicator, cellOf(series, periods.startDays()[i], periods.endDays()[i]),
                            "the periods up to " + periods.label(i)));
                }
            }
        }
        return Optional.empty();
    }

    private static long key(GroupSeries group, int i) {
        return group.endDay(i) * 200_000L + (group.startDay(i) - group.endDay(i) + 100_000L);
    }

    private static CellRef cellOf(IndicatorSeries series, long startDay, long endDay) {
        for (GroupSeries group : series.groups()) {
            for (int i = 0; i < group.size(); i++) {
                if (group.startDay(i) == startDay && group.endDay(i) == endDay && !Double.isNaN(group.value(i))) {
                    return group.source(i);
                }
            }
        }
        return null;
    }

    private static DataIssue issue(Indicator indicator, CellRef where, String what) {
        return new DataIssue(where == null ? new CellRef(indicator.id(), "", 0, 0) : where,
                DataIssue.Kind.AGGREGATE_OVERFLOW, "the values of `" + indicator.id() + "` for " + what + " add up to"
                + " more than a number can hold (about 1.8e308); no actual is computed from them");
    }
}
