package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Growth;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.series.GroupSeries;
import org.tocworkbench.evaluator.series.IndicatorSeries;

/**
 * One indicator at the as-of date: reconciles totals and groups ({@link TotalsRule}), takes the
 * actual ({@link ActualRule}), the expected progress ({@link Trajectory}), the progress
 * ({@link ProgressRule}) and the status ({@link StatusRule}), and says in notes what it assumed.
 */
public final class IndicatorRule {
    /** Said in reports, so that readers know what an indicator's figures mean. */
    public static final String METHOD = "indicator progress is (actual − baseline) / (target − baseline); the expected"
            + " progress at the as-of date follows straight lines through baseline, milestones and target";
    /** Said in reports when an indicator states a growth rate. */
    public static final String GROWTH_METHOD = "with a growth rate, the expected value follows the growth curve from"
            + " the baseline (or the latest milestone) instead of a straight line, up to the target; without a target,"
            + " the value the curve reaches at the end of the period is the target";

    /** Values not counted that an indicator's notes name one by one; the terminal lists them all. */
    static final int NAMED_UNCOUNTED = 5;

    private IndicatorRule() {
    }

    /**
     * @param series      the indicator's data, or null when none were reported
     * @param periodStart start of the period the theory covers, or null
     */
    public static IndicatorProgress evaluate(Indicator indicator, IndicatorSeries series, ProgressSettings settings,
                                             PeriodDate periodStart) {
        return evaluate(indicator, series, settings, periodStart, null);
    }

    /** @param periodEnd end of the period the theory covers, or null: where a growth rate without a target leads */
    public static IndicatorProgress evaluate(Indicator indicator, IndicatorSeries series, ProgressSettings settings,
                                             PeriodDate periodStart, PeriodDate periodEnd) {
        return new Run(indicator, series, settings, periodStart, periodEnd).run();
    }

    /** The state of one evaluation, so that each step reads as a short method. */
    private static final class Run {
        private final Indicator indicator;
        private final IndicatorSeries series;
        private final ProgressSettings settings;
        private final PeriodDate periodStart;
        private final PeriodDate periodEnd;
        private final UnitKind unit;
        private final List<String> notes = new ArrayList<>();
        private double baseline;
        private LocalDate baselineDate;
        private double target;
        private LocalDate targetDate;
        private Direction direction;

        Run(Indicator indicator, IndicatorSeries series, ProgressSettings settings, PeriodDate periodStart,
            PeriodDate periodEnd) {
            this.indicator = indicator;
            this.periodEnd = periodEnd;
            this.series = series;
            this.settings = settings;
            this.periodStart = periodStart;
            this.unit = indicator.unit().kind();
            this.baseline = number(indicator.baseline());
            this.baselineDate = indicator.baseline() == null ? null : indicator.baseline().date().end(); // null: undated
            this.target = number(indicator.target());
            this.targetDate = indicator.target() == null ? null : indicator.target().date().end();
            this.direction = indicator.direction();
        }

        IndicatorProgress run() {
            PeriodValues periods = series == null ? PeriodValues.EMPTY : TotalsRule.combine(series, unit);
            if (series != null && series.total().isEmpty() && !series.disaggregated().isEmpty()) {
                notes.add("no total rows: groups are " + describe(TotalsRule.combinationFor(unit)));
            }
            boolean declaredBaseline = !Double.isNaN(baseline);
            if (!declaredBaseline && indicator.cumulative()) {
                baseline = 0;
                baselineDate = periodStart != null ? periodStart.start()
                        : periods.size() > 0 ? LocalDate.ofEpochDay(periods.startDays()[0]) : null;
                notes.add("no baseline declared: the running total starts from 0");
            }
            ActualRule.Actual actual = ActualRule.at(periods, config(declaredBaseline || indicator.cumulative()),
                    settings.asOf());
            if (series != null && AggregationOverflow.overflow(indicator, series).isPresent()) {
                notes.add("the values add up to more than a number can hold: no actual (see the data issues)");
            }
            datingNotes(actual);
            if (unit == UnitKind.TEXT) {
                return qualitative(actual);
            }
            if (Double.isNaN(baseline)) {
                firstValueAsBaseline(periods);
            }
            impliedTarget();
            inferDirection();
            List<GroupProgressInput> groups = groupInputs(declaredBaseline);
            if (Double.isNaN(target) || targetDate == null) {
                notes.add(indicator.target() != null && !indicator.target().date().dated()
                        ? "the target is due " + indicator.target().date().written() + ", which the theory's period"
                        + " would date, and there is none: progress cannot be rated"
                        : "no target: progress cannot be rated");
                Status status = actual.present() ? Status.NOT_RATED : absent();
                return result(actual, Double.NaN, Double.NaN, status, List.of(), rate(groups, Double.NaN));
            }
            if (Double.isNaN(baseline) || baselineDate == null) {
                notes.add("no baseline and no data: progress cannot be measured");
                return result(actual, Double.NaN, Double.NaN, absent(), List.of(), rate(groups, Double.NaN));
            }
            if (direction == Direction.MAINTAIN || target == baseline) {
                return maintained(actual, groups);
            }
            Trajectory trajectory = new Trajectory(new TrendPoint(baselineDate, label(indicator.baseline()), baseline),
                    milestones(), new TrendPoint(targetDate, indicator.target() != null ? label(indicator.target())
                    : periodEnd.text(), target), unit == UnitKind.BOOLEAN, indicator.growth().orElse(null));
            double expected = trajectory.progressAt(settings.asOf());
            if (!actual.present()) {
                return result(actual, Double.NaN, expected, absent(), trajectory.points(), rate(groups, expected));
            }
            double progress = ProgressRule.progress(actual.value(), baseline, target);
            Status status = StatusRule.status(progress, expected, settings.bands());
            return result(actual, progress, expected, status, trajectory.points(), rate(groups, expected));
        }

        /** Says which periods were counted though still running, and which values were not counted and why. */
        private void datingNotes(ActualRule.Actual actual) {
            for (String period : actual.partial()) {
                notes.add(period + " had not ended by the as-of date (" + settings.asOf() + "): its value is counted"
                        + " as measured (a partial period)");
            }
            List<UncountedValue> uncounted = actual.uncounted();
            int shown = Math.min(uncounted.size(), NAMED_UNCOUNTED);
            for (UncountedValue u : uncounted.subList(0, shown)) {
                notes.add(u.period() + (Double.isNaN(u.value()) ? "" : " (" + trim(round(u.value())) + ")") + ", "
                        + u.start() + " to " + u.end() + ", " + u.reason().words()
                        + (u.reason() == UncountedValue.Reason.AT_OR_BEFORE_BASELINE ? " (" + baselineDate + ")" : "")
                        + ": not counted");
            }
            if (uncounted.size() > shown) {
                notes.add((uncounted.size() - shown) + " more values not counted (listed in the terminal)");
            }
        }

        private ActualRule.Config config(boolean windowFromBaseline) {
            long baselineDay = windowFromBaseline && baselineDate != null ? baselineDate.toEpochDay() : Long.MIN_VALUE;
            return new ActualRule.Config(indicator.aggregation(), indicator.cumulative(), baseline, baselineDay);
        }

        private IndicatorProgress qualitative(ActualRule.Actual actual) {
            Status status;
            if (actual.text() == null) {
                status = absent();
            } else if (indicator.target() != null
                    && indicator.target().value().raw().trim().equalsIgnoreCase(actual.text().trim())) {
                status = Status.ACHIEVED;
                notes.add("qualitative: the latest text matches the target");
            } else {
                status = Status.NOT_RATED;
                notes.add("qualitative: read the text; it is not scored");
            }
            return result(actual, Double.NaN, Double.NaN, status, List.of(), List.of());
        }

        /** A growth rate without a target leads to the value the curve reaches at the end of the period. */
        private void impliedTarget() {
            if (indicator.target() != null || indicator.growth().isEmpty() || periodEnd == null
                    || Double.isNaN(baseline) || baselineDate == null || unit == UnitKind.BOOLEAN) {
                return;
            }
            Growth growth = indicator.growth().get();
            double reached = growth.valueAt(baseline, baselineDate, periodEnd.end());
            if (!Double.isFinite(reached)) {
                notes.add("no target: growth " + growth + " from the baseline exceeds any number by the end of the"
                        + " period, so it gives no target");
                return;
            }
            targetDate = periodEnd.end();
            target = reached;
            notes.add("no target: growth " + growth + " from the baseline reaches " + trim(round(target))
                    + " by the end of the period (" + periodEnd.text() + "), used as the target");
        }

        private void firstValueAsBaseline(PeriodValues periods) {
            for (int i = 0; i < periods.size(); i++) {
                if (!Double.isNaN(periods.values()[i]) && !periods.start(i).isAfter(settings.asOf())) {
                    baseline = periods.values()[i];
                    baselineDate = periods.end(i);
                    notes.add("no baseline declared: the first value (" + periods.label(i) + ") is used");
                    return;
                }
            }
        }

        private void inferDirection() {
            if (direction == null && !Double.isNaN(baseline) && !Double.isNaN(target)) {
                direction = target > baseline ? Direction.INCREASE : target < baseline ? Direction.DECREASE
                        : Direction.MAINTAIN;
            }
            if (direction == Direction.INCREASE && target < baseline || direction == Direction.DECREASE && target > baseline) {
                notes.add("the target lies the other way from the baseline than `" + direction.word()
                        + "` says; progress follows the target");
            }
        }

        private IndicatorProgress maintained(ActualRule.Actual actual, List<GroupProgressInput> groups) {
            double level = target;
            List<TrendPoint> path = List.of(new TrendPoint(baselineDate, label(indicator.baseline()), baseline),
                    new TrendPoint(targetDate, label(indicator.target()), level));
            notes.add(unit == UnitKind.BOOLEAN ? "maintain: must stay " + (level != 0 ? "true" : "false")
                    : "maintain: holds within " + trim(settings.bands().maintainTolerance()) + "% of " + trim(level));
            if (!actual.present()) {
                return result(actual, Double.NaN, 100, absent(), path, List.of());
            }
            boolean due = !settings.asOf().isBefore(targetDate);
            double progress = 100 - StatusRule.deviation(actual.value(), level);
            Status status = StatusRule.maintained(actual.value(), level, due, settings.bands());
            List<IndicatorProgress.GroupProgress> rated = new ArrayList<>();
            for (GroupProgressInput g : groups) {
                if (!g.rateable() || Double.isNaN(g.actual())) {
                    rated.add(new IndicatorProgress.GroupProgress(g.group(), g.actual(), Double.NaN, Status.NOT_RATED));
                } else {
                    rated.add(new IndicatorProgress.GroupProgress(g.group(), g.actual(),
                            100 - StatusRule.deviation(g.actual(), level),
                            StatusRule.maintained(g.actual(), level, due, settings.bands())));
                }
            }
            return result(actual, progress, 100, status, path, rated);
        }

        private List<TrendPoint> milestones() {
            List<TrendPoint> points = new ArrayList<>();
            for (Measurement m : indicator.milestones()) {
                if (!m.date().dated()) {
                    continue;
                }
                points.add(new TrendPoint(m.date().end(), label(m), number(m)));
            }
            return points;
        }

        private Status absent() {
            boolean beforeBaseline = indicator.baseline() != null && baselineDate != null
                    && !settings.asOf().isAfter(baselineDate);
            boolean beforePeriod = periodStart != null && settings.asOf().isBefore(periodStart.start());
            return beforeBaseline || beforePeriod ? Status.NOT_STARTED : Status.NO_DATA;
        }

        private record GroupProgressInput(String group, double actual, boolean rateable) {
        }

        private List<GroupProgressInput> groupInputs(boolean declaredBaseline) {
            if (series == null) {
                return List.of();
            }
            boolean rateable = TotalsRule.combinationFor(unit) != TotalsRule.Combination.SUM;
            List<GroupProgressInput> inputs = new ArrayList<>();
            for (GroupSeries group : series.disaggregated()) {
                ActualRule.Config config = new ActualRule.Config(indicator.aggregation(), indicator.cumulative(),
                        rateable ? baseline : 0,
                        (declaredBaseline || indicator.cumulative()) && baselineDate != null
                                ? baselineDate.toEpochDay() : Long.MIN_VALUE);
                double value = ActualRule.at(TotalsRule.of(group), config, settings.asOf()).value();
                inputs.add(new GroupProgressInput(group.group(), value, rateable));
            }
            return inputs;
        }

        private List<IndicatorProgress.GroupProgress> rate(List<GroupProgressInput> groups, double expected) {
            List<IndicatorProgress.GroupProgress> rated = new ArrayList<>();
            for (GroupProgressInput g : groups) {
                double progress = g.rateable() ? ProgressRule.progress(g.actual(), baseline, target) : Double.NaN;
                Status status = Double.isNaN(progress) || Double.isNaN(expected) ? Status.NOT_RATED
                        : StatusRule.status(progress, expected, settings.bands());
                rated.add(new IndicatorProgress.GroupProgress(g.group(), g.actual(), progress, status));
            }
            return rated;
        }

        private IndicatorProgress result(ActualRule.Actual actual, double progress, double expected, Status status,
                                         List<TrendPoint> path, List<IndicatorProgress.GroupProgress> groups) {
            return new IndicatorProgress(indicator.id(), direction, baseline, baselineDate, target, targetDate,
                    actual.value(), actual.text(), actual.date(), actual.period(), actual.periodsUsed(), progress,
                    expected, status, notes, actual.history(), path, groups, actual.afterAsOf(), actual.partial(),
                    actual.uncounted());
        }

        private double number(Measurement m) {
            if (m == null) {
                return Double.NaN;
            }
            OptionalDouble n = indicator.numeric(m.value());
            return n.isPresent() ? n.getAsDouble() : Double.NaN;
        }
    }

    private static String label(Measurement m) {
        return m == null ? null : m.date().text();
    }

    private static String describe(TotalsRule.Combination combination) {
        switch (combination) {
            case SUM:
                return "summed";
            case ALL:
                return "true only when all are true";
            default:
                return "averaged (unweighted)";
        }
    }

    /** Six significant digits, for notes. */
    static double round(double value) {
        return Double.isFinite(value) ? new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue()
                : value;
    }

    static String trim(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
