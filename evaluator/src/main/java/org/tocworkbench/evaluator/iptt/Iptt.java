package org.tocworkbench.evaluator.iptt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Frequency;

/**
 * The Indicator Performance Tracking Table: for every indicator, every reporting period with its
 * target, actual, percent of target, value to date and status, and the life-of-programme target
 * and achievement (docs/progress.md, "The IPTT"). Indicators are in results-chain order, impact
 * first, each with the level it measures; their periods are those {@code periods} chose.
 */
public record Iptt(IpttPeriods periods, List<IpttIndicator> indicators) {
    public Iptt {
        java.util.Objects.requireNonNull(periods, "periods");
        indicators = List.copyOf(indicators);
    }

    /** Said in reports when some indicator's values are rolled up into coarser periods. */
    public static final String ROLL_UP = "values reported more often than the periods shown are rolled up into the"
            + " period they end in by the indicator's aggregation: the period's actual is their sum for a cumulative"
            + " or summed indicator, the last value for a snapshot, their mean, highest or lowest otherwise; each"
            + " comment keeps the period it was written for (--iptt-periods reported shows every period as reported)";

    /** True when some indicator is shown in coarser periods than it is reported in. */
    public boolean rolledUp() {
        return indicators.stream().anyMatch(IpttIndicator::rolledUp);
    }

    /** Said in reports under the table. */
    public static final String METHOD = "each period's target is the value the expected path (baseline, milestones,"
            + " growth, target) reaches at the period's end; % of target is the value to date over that target"
            + " (the target over the value for an indicator that should decrease);"
            + " the value to date follows the indicator's aggregation (a running total for cumulative indicators,"
            + " the latest value for snapshots); the status is rated as of the period's end (docs/progress.md)";

    /** The rows of one indicator, if it is in the table (composite indicators are not: their parts are). */
    public java.util.Optional<IpttIndicator> indicator(String id) {
        return indicators.stream().filter(i -> i.indicatorId().equals(id)).findFirst();
    }

    /**
     * The comment on an indicator's value of the period written {@code period}: the total's when
     * {@code group} is null, else the group's; empty when there is none.
     */
    public String comment(String indicatorId, String period, String group) {
        if (period == null) {
            return "";
        }
        return indicator(indicatorId).map(i -> group == null ? i.commentOn(period) : i.commentOn(period, group))
                .orElse("");
    }

    /**
     * The indicators by reporting frequency, in the order of {@link Frequency} (irregular ones,
     * under {@code null}, last): one band of period columns each, as an IPTT sheet lays them out.
     */
    public Map<Frequency, List<IpttIndicator>> byFrequency() {
        Map<Frequency, List<IpttIndicator>> bands = new LinkedHashMap<>();
        for (Frequency f : Frequency.values()) {
            for (IpttIndicator i : indicators) {
                if (i.frequency() == f) {
                    bands.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (IpttIndicator i : indicators) {
            if (i.frequency() == null) {
                bands.computeIfAbsent(null, k -> new ArrayList<>()).add(i);
            }
        }
        return bands;
    }

    /** The periods of a band: every period of its indicators, in order of end, then start. */
    public static List<IpttPeriod.Slot> periodsOf(List<IpttIndicator> band) {
        Map<String, IpttPeriod.Slot> slots = new LinkedHashMap<>();
        for (IpttIndicator i : band) {
            for (IpttPeriod p : i.periods()) {
                slots.putIfAbsent(p.slot().key(), p.slot());
            }
        }
        return slots.values().stream().sorted(IpttPeriod.Slot.ORDER).toList();
    }
}
