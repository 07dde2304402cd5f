package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.model.Aggregation;

/**
 * The actual value of an indicator at the as-of date, from its values per period. A period counts
 * once it has <em>started</em> by the as-of date: a measured value is data, even for a period that
 * is still running (a <em>partial</em> period, named as such). Periods that start later are not
 * counted, and each is named with its reason ({@link UncountedValue}). Then:
 * <ul>
 *   <li>{@code latest}: the value of the last period;</li>
 *   <li>{@code sum}, {@code mean}, {@code max}, {@code min}: over the periods that end after the
 *       baseline date (the baseline is the starting point, not a result), all periods when there
 *       is no dated baseline;</li>
 *   <li>{@code cumulative}: a running total — the baseline plus the sum of the values of the
 *       periods after the baseline date, whatever the aggregation says.</li>
 * </ul>
 * The history is the same computation at the end of each period, for trend charts.
 */
public final class ActualRule {
    /** At most this many history points are kept (evenly spaced, the first and last always). */
    public static final int MAX_HISTORY = 240;

    /**
     * @param baseline     the baseline value for a cumulative indicator (NaN: start from 0)
     * @param baselineDay  epoch day of the baseline date, or {@link Long#MIN_VALUE} when there is none
     */
    public record Config(Aggregation aggregation, boolean cumulative, double baseline, long baselineDay) {
    }

    /**
     * @param value        NaN when no period with a number ends by the as-of date
     * @param date         end of the last period used, or null
     * @param period       how that period was written, or null
     * @param periodsUsed  periods that went into the value
     * @param text         text of the last period at or before the as-of date, or null
     * @param afterAsOf    periods starting after the as-of date (not used)
     * @param partial      labels of the periods used that had not ended by the as-of date
     * @param uncounted    every reported value not used, with its reason
     */
    public record Actual(double value, LocalDate date, String period, int periodsUsed, String text,
                         List<TrendPoint> history, int afterAsOf, List<String> partial,
                         List<UncountedValue> uncounted) {
        public Actual {
            history = List.copyOf(history);
            partial = List.copyOf(partial);
            uncounted = List.copyOf(uncounted);
        }

        public boolean present() {
            return !Double.isNaN(value);
        }
    }

    private ActualRule() {
    }

    public static Actual at(PeriodValues periods, Config config, LocalDate asOf) {
        long asOfDay = asOf.toEpochDay();
        boolean windowed = config.cumulative() || config.aggregation() != Aggregation.LATEST;
        double running = Double.NaN;
        double sum = 0;
        int used = 0;
        LocalDate date = null;
        String period = null;
        String text = null;
        int after = 0;
        List<TrendPoint> history = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<UncountedValue> uncounted = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            double v = periods.values()[i];
            if (periods.startDays()[i] > asOfDay) {
                after++;
                uncounted.add(uncounted(periods, i, UncountedValue.Reason.STARTS_AFTER_AS_OF));
                continue;
            }
            if (periods.texts()[i] != null) {
                text = periods.texts()[i];
            }
            if (!Double.isNaN(v) && windowed && periods.endDays()[i] <= config.baselineDay()) {
                uncounted.add(uncounted(periods, i, UncountedValue.Reason.AT_OR_BEFORE_BASELINE));
                continue;
            }
            if (Double.isNaN(v)) {
                continue;
            }
            if (periods.endDays()[i] > asOfDay) {
                partial.add(periods.label(i));
            }
            used++;
            sum += v;
            if (config.cumulative()) {
                running = (Double.isNaN(config.baseline()) ? 0 : config.baseline()) + sum;
            } else {
                running = next(config.aggregation(), running, v, sum, used);
            }
            if (Double.isInfinite(running)) {
                running = Double.NaN;
                date = null;
                period = null;
                break;
            }
            date = periods.end(i);
            period = periods.label(i);
            history.add(new TrendPoint(date, period, running));
        }
        if (!config.cumulative() && config.aggregation() == Aggregation.LATEST) {
            used = Math.min(used, 1);
        }
        return new Actual(running, date, period, used, text, thin(history), after, partial, uncounted);
    }

    private static UncountedValue uncounted(PeriodValues periods, int i, UncountedValue.Reason reason) {
        return new UncountedValue(periods.label(i), periods.start(i), periods.end(i), periods.values()[i], reason);
    }

    private static double next(Aggregation aggregation, double running, double v, double sum, int used) {
        switch (aggregation) {
            case SUM:
                return sum;
            case MEAN:
                return sum / used;
            case MAX:
                return Double.isNaN(running) ? v : Math.max(running, v);
            case MIN:
                return Double.isNaN(running) ? v : Math.min(running, v);
            default:
                return v;
        }
    }

    static List<TrendPoint> thin(List<TrendPoint> history) {
        int n = history.size();
        if (n <= MAX_HISTORY) {
            return history;
        }
        List<TrendPoint> thinned = new ArrayList<>(MAX_HISTORY);
        for (int k = 0; k < MAX_HISTORY; k++) {
            thinned.add(history.get((int) Math.round((double) k * (n - 1) / (MAX_HISTORY - 1))));
        }
        return thinned;
    }
}
