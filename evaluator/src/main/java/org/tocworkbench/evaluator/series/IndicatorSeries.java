package org.tocworkbench.evaluator.series;

import java.util.List;
import java.util.Optional;

/**
 * The observations of one indicator: the total (group {@code ""}) first when there is one, then
 * one series per disaggregation group in alphabetical order.
 */
public record IndicatorSeries(String indicatorId, List<GroupSeries> groups) {
    public IndicatorSeries {
        groups = List.copyOf(groups);
    }

    public Optional<GroupSeries> total() {
        return groups.stream().filter(g -> g.group().isEmpty()).findFirst();
    }

    /** The disaggregated groups, without the total. */
    public List<GroupSeries> disaggregated() {
        return groups.stream().filter(g -> !g.group().isEmpty()).toList();
    }
}
