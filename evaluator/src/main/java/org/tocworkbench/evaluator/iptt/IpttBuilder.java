package org.tocworkbench.evaluator.iptt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.progress.ActualRule;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.PeriodValues;
import org.tocworkbench.evaluator.progress.ProgressRule;
import org.tocworkbench.evaluator.progress.ProgressSettings;
import org.tocworkbench.evaluator.progress.Status;
import org.tocworkbench.evaluator.progress.StatusRule;
import org.tocworkbench.evaluator.progress.TotalsRule;
import org.tocworkbench.evaluator.progress.Trajectory;
import org.tocworkbench.evaluator.progress.TrendPoint;
import org.tocworkbench.evaluator.series.GroupSeries;
import org.tocworkbench.evaluator.series.IndicatorSeries;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.template.TemplatePeriods;

/**
 * Builds the {@link Iptt} from the theory, its data and the evaluated indicators. The periods of
 * an indicator are those its frequency gives over the theory's period (or from baseline to
 * target), together with every period reported; the targets per period follow the expected path.
 */
public final class IpttBuilder {
    /** Periods listed per indicator at most (a weekly indicator over five years is 260). */
    static final int MAX_PERIODS = 400;

    private IpttBuilder() {
    }

    public static Iptt build(Theory theory, ObservedData data, Map<String, IndicatorProgress> evaluated,
                             ProgressSettings settings) {
        List<IpttIndicator> rows = new ArrayList<>();
        for (Indicator indicator : theory.indicators().values()) {
            IndicatorProgress p = evaluated.get(indicator.id());
            if (indicator.composite() || p == null) {
                continue;
            }
            rows.add(indicator(theory, indicator, data.series(indicator.id()).orElse(null), p, settings));
        }
        rows.sort((a, b) -> Integer.compare(rank(theory, b.subject()), rank(theory, a.subject())));
        return new Iptt(settings.ipttPeriods(), rows);
    }

    /** Impact 5 down to activities 0 (Node.rank), assumptions -1: the order an IPTT lists levels in. */
    private static int rank(Theory theory, String subject) {
        Node node = theory.nodes().get(subject);
        return node == null ? -1 : node.rank();
    }

    static String level(Theory theory, String subject) {
        Node node = theory.nodes().get(subject);
        if (node == null) {
            return "Assumptions";
        }
        return switch (node.rank()) {
            case 5 -> "Impact";
            case 4 -> "Long-term outcomes";
            case 3 -> "Medium-term outcomes";
            case 2 -> "Short-term outcomes";
            case 1 -> "Outputs";
            default -> "Activities";
        };
    }

    /** What the rows of one indicator are computed from. */
    record Inputs(IndicatorProgress progress, UnitKind unit, PeriodValues totals, Map<String, PeriodValues> groups,
                  ActualRule.Config config, ActualRule.Config groupConfig, Trajectory path, boolean maintain,
                  ProgressSettings settings) {
    }

    private static IpttIndicator indicator(Theory theory, Indicator indicator, IndicatorSeries series,
                                           IndicatorProgress p, ProgressSettings settings) {
        UnitKind unit = indicator.unit().kind();
        PeriodValues totals = series == null ? PeriodValues.EMPTY : TotalsRule.combine(series, unit);
        List<GroupSeries> groupSeries = series == null ? List.of() : series.disaggregated();
        Frequency frequency = indicator.frequency() != null ? indicator.frequency() : inferred(totals);
        if (frequency == Frequency.BASELINE_ENDLINE || frequency == Frequency.AD_HOC) {
            frequency = null;
        }
        boolean fromBaseline = indicator.baseline() != null || indicator.cumulative();
        long baselineDay = fromBaseline && p.baselineDate() != null ? p.baselineDate().toEpochDay() : Long.MIN_VALUE;
        ActualRule.Config config = new ActualRule.Config(indicator.aggregation(), indicator.cumulative(), p.baseline(),
                baselineDay);
        boolean rateableGroups = TotalsRule.combinationFor(unit) != TotalsRule.Combination.SUM;
        ActualRule.Config groupConfig = new ActualRule.Config(indicator.aggregation(), indicator.cumulative(),
                rateableGroups ? p.baseline() : 0, baselineDay);
        Map<String, PeriodValues> groups = new LinkedHashMap<>();
        groupSeries.forEach(g -> groups.put(g.group(), TotalsRule.of(g)));
        Trajectory path = trajectory(indicator, p);
        boolean maintain = p.direction() == Direction.MAINTAIN || p.target() == p.baseline();
        Inputs in = new Inputs(p, unit, totals, groups, config, groupConfig, path, maintain, settings);
        List<IpttPeriod> reported = asReported(in, slots(theory, indicator, p, frequency, totals),
                frequency == null ? planned(indicator, p) : java.util.Set.of());
        Frequency shown = settings.ipttPeriods().shown(frequency);
        List<IpttPeriod> periods = shown == frequency ? reported
                : IpttRollup.periods(in, shown, fiscalYearStart(theory), from(theory, p, shown), until(theory, p));
        double lopPercent = percentOf(p.actual(), p.target(), p, unit);
        return new IpttIndicator(indicator.id(), indicator.title(), level(theory, indicator.subject()),
                indicator.subject(), shown, frequency, p.baseline(), p.baselineDate(), p.target(), p.targetDate(),
                p.actual(), lopPercent, p.status(), new ArrayList<>(groups.keySet()), periods, reported);
    }

    /**
     * Each reported period as it is, and the frequency's periods without data. A planned date of an
     * indicator without a reporting rhythm ({@code planned}, the slots' keys) has no period to report
     * in: it is rated on what was achieved by then, once there are data (a yes reported on 15 May
     * is the milestone of June achieved, not a June with no data).
     */
    private static List<IpttPeriod> asReported(Inputs in, List<IpttPeriod.Slot> slots, java.util.Set<String> planned) {
        PeriodValues totals = in.totals();
        LocalDate asOf = in.settings().asOf();
        List<IpttPeriod> periods = new ArrayList<>();
        for (IpttPeriod.Slot slot : slots) {
            boolean started = !slot.start().isAfter(asOf);
            LocalDate at = slot.end().isAfter(asOf) ? asOf : slot.end();
            int i = find(totals, slot);
            double actual = started && i >= 0 ? totals.values()[i] : Double.NaN;
            String text = started && i >= 0 && totals.texts()[i] != null ? totals.texts()[i] : "";
            double toDate = started ? ActualRule.at(totals, in.config(), at).value() : Double.NaN;
            List<IpttPeriod.GroupValue> values = new ArrayList<>();
            for (Map.Entry<String, PeriodValues> g : in.groups().entrySet()) {
                int k = find(g.getValue(), slot);
                double groupActual = started && k >= 0 ? g.getValue().values()[k] : Double.NaN;
                double groupToDate = started ? ActualRule.at(g.getValue(), in.groupConfig(), at).value() : Double.NaN;
                values.add(new IpttPeriod.GroupValue(g.getKey(), groupActual, groupToDate,
                        started && k >= 0 ? g.getValue().comment(k) : ""));
            }
            boolean ratedByPlan = started && planned.contains(slot.key()) && !Double.isNaN(toDate)
                    && !Double.isNaN(in.progress().actual());
            periods.add(row(in, slot, actual, text, toDate,
                    ratedByPlan || started && i >= 0 && (!Double.isNaN(actual) || !text.isEmpty()),
                    started && i >= 0 ? totals.comment(i) : "", values, List.of()));
        }
        return periods;
    }

    /** A row of the table from its values: the target, % of target, status and partial mark follow from the slot. */
    static IpttPeriod row(Inputs in, IpttPeriod.Slot slot, double actual, String text, double toDate, boolean reported,
                          String comment, List<IpttPeriod.GroupValue> groups, List<String> rolledUp) {
        IndicatorProgress p = in.progress();
        LocalDate asOf = in.settings().asOf();
        boolean started = !slot.start().isAfter(asOf);
        LocalDate at = slot.end().isAfter(asOf) ? asOf : slot.end();
        double target = target(in.path(), in.maintain(), p, slot.end(), in.unit());
        double percent = percentOf(toDate, target, p, in.unit());
        Status status = status(p, in.path(), in.maintain(), started, reported, toDate, target, slot, at, in.settings());
        return new IpttPeriod(slot, target, actual, text, toDate, percent, status, started && slot.end().isAfter(asOf),
                comment, groups, rolledUp);
    }

    /**
     * The value over the target in percent, as donors' tables show it; for an indicator that should
     * decrease, the target over the value (a value at the target is 100%, one twice as high 50%).
     * NaN for yes/no and text, and when either is missing or zero.
     */
    static double percentOf(double value, double target, IndicatorProgress p, UnitKind unit) {
        if (unit == UnitKind.BOOLEAN || unit == UnitKind.TEXT || Double.isNaN(value) || Double.isNaN(target)) {
            return Double.NaN;
        }
        if (p.direction() == Direction.DECREASE) {
            return value == 0 ? Double.NaN : target / value * 100;
        }
        return target == 0 ? Double.NaN : value / target * 100;
    }

    /** The frequency the reported periods' typical length says, or null when they say none. */
    static Frequency inferred(PeriodValues totals) {
        if (totals.size() == 0) {
            return null;
        }
        long[] lengths = new long[totals.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = totals.endDays()[i] - totals.startDays()[i] + 1;
        }
        Arrays.sort(lengths);
        long days = lengths[lengths.length / 2];
        if (days == 7) {
            return Frequency.WEEKLY;
        }
        if (days >= 28 && days <= 31) {
            return Frequency.MONTHLY;
        }
        if (days >= 89 && days <= 92) {
            return Frequency.QUARTERLY;
        }
        if (days >= 181 && days <= 184) {
            return Frequency.BIANNUAL;
        }
        return days >= 365 && days <= 366 ? Frequency.ANNUAL : null;
    }

    /**
     * The frequency's periods over the theory's period (else from baseline to target), and every
     * period reported; without a frequency, the period of each milestone and of the target, so that
     * an indicator planned without a reporting rhythm (an IATI import's annual targets, a
     * baseline-endline survey) keeps a row per planned date before any data come in.
     */
    private static List<IpttPeriod.Slot> slots(Theory theory, Indicator indicator, IndicatorProgress p,
                                              Frequency frequency, PeriodValues totals) {
        Map<String, IpttPeriod.Slot> slots = new LinkedHashMap<>();
        LocalDate from = from(theory, p, frequency);
        LocalDate until = until(theory, p);
        if (frequency != null && from != null && until != null) {
            for (TemplatePeriods.Slot s : TemplatePeriods.slots(frequency, from.minusDays(1),
                    endOfPeriodHolding(frequency, until), MAX_PERIODS)) {
                IpttPeriod.Slot slot = new IpttPeriod.Slot(label(frequency, s, fiscalYearStart(theory)), s.start(),
                        s.end());
                slots.put(slot.key(), slot);
            }
        }
        if (frequency == null) {
            plannedSlots(indicator, p).forEach(slot -> slots.putIfAbsent(slot.key(), slot));
        }
        List<IpttPeriod.Slot> reported = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            reported.add(new IpttPeriod.Slot(totals.label(i), totals.start(i), totals.end(i))
                    .readable(fiscalYearStart(theory)));
        }
        // a period of the frequency that overlaps a reported one (a fiscal quarter in a calendar year) gives way to it
        slots.values().removeIf(slot -> reported.stream().anyMatch(r -> !r.key().equals(slot.key())
                && !r.start().isAfter(slot.end()) && !slot.start().isAfter(r.end())));
        for (IpttPeriod.Slot slot : reported) {
            if (slots.containsKey(slot.key())) {
                slots.put(slot.key(), slot); // the data's own label (FY2026 Q3) over the generated one
            } else if (slots.size() < MAX_PERIODS) {
                slots.put(slot.key(), slot);
            }
        }
        return slots.values().stream().sorted(IpttPeriod.Slot.ORDER).toList();
    }

    /** The period of each milestone and of the target, after the baseline. */
    private static List<IpttPeriod.Slot> plannedSlots(Indicator indicator, IndicatorProgress p) {
        List<Measurement> planned = new ArrayList<>(indicator.milestones());
        if (indicator.target() != null) {
            planned.add(indicator.target());
        }
        List<IpttPeriod.Slot> slots = new ArrayList<>();
        for (Measurement m : planned) {
            PeriodDate date = m.date();
            if (date != null && date.dated() && (p.baselineDate() == null || date.end().isAfter(p.baselineDate()))) {
                slots.add(new IpttPeriod.Slot(date.text(), date.start(), date.end()));
            }
        }
        return slots;
    }

    private static java.util.Set<String> planned(Indicator indicator, IndicatorProgress p) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        plannedSlots(indicator, p).forEach(slot -> keys.add(slot.key()));
        return keys;
    }

    /**
     * The last day of the frequency's period that holds {@code day}: the plan's last period is listed
     * even when it ends after the programme (the week of 27 December 2027 to 2 January 2028 holds a
     * target due on 31 December 2027).
     */
    static LocalDate endOfPeriodHolding(Frequency frequency, LocalDate day) {
        return switch (frequency) {
            case WEEKLY -> day.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
            case MONTHLY -> day.withDayOfMonth(day.lengthOfMonth());
            case QUARTERLY -> {
                LocalDate last = day.withDayOfMonth(1).plusMonths(2 - (day.getMonthValue() - 1) % 3);
                yield last.withDayOfMonth(last.lengthOfMonth());
            }
            case BIANNUAL -> day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), 6, 30)
                    : LocalDate.of(day.getYear(), 12, 31);
            case ANNUAL -> LocalDate.of(day.getYear(), 12, 31);
            default -> day;
        };
    }

    /**
     * The first day the frequency's periods are listed from: the theory's period start (else the day
     * after the baseline), but not before the baseline: periods that end by the baseline date are
     * before the programme's results. Null when neither is known.
     */
    static LocalDate from(Theory theory, IndicatorProgress p, Frequency frequency) {
        LocalDate from = theory.metadata().periodStart() != null ? theory.metadata().periodStart().start()
                : p.baselineDate() != null ? p.baselineDate().plusDays(1) : null;
        if (frequency != null && p.baselineDate() != null && (from == null || !from.isAfter(p.baselineDate()))) {
            from = p.baselineDate().plusDays(1);
        }
        return from;
    }

    /** The last day periods are listed to: the theory's period end, else the target date; null when neither is known. */
    static LocalDate until(Theory theory, IndicatorProgress p) {
        return theory.metadata().periodEnd() != null ? theory.metadata().periodEnd().end() : p.targetDate();
    }

    /**
     * A generated period's label, in one readable style: {@code 2026}, {@code 2026 H2}, and for
     * quarters {@code 2026 Q2}, or {@code FY2026 Q4} when the theory's data count fiscal years that
     * start on a quarter (the fiscal year named by the calendar year it ends in, as the data write it).
     */
    static String label(Frequency frequency, TemplatePeriods.Slot s, int fiscalYearStart) {
        LocalDate start = s.start();
        return switch (frequency) {
            case BIANNUAL -> start.getYear() + (start.getMonthValue() <= 6 ? " H1" : " H2");
            case QUARTERLY -> {
                if (fiscalYearStart != 1 && (fiscalYearStart - 1) % 3 == 0) {
                    int monthsIn = Math.floorMod(start.getMonthValue() - fiscalYearStart, 12);
                    int fiscalYear = start.getMonthValue() >= fiscalYearStart ? start.getYear() + 1 : start.getYear();
                    yield "FY" + fiscalYear + " Q" + (monthsIn / 3 + 1);
                }
                yield start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
            }
            default -> s.label();
        };
    }

    /** The month the theory's data start their fiscal year in (the first binding that says one), else 1. */
    static int fiscalYearStart(Theory theory) {
        return theory.data().stream().mapToInt(d -> d.fiscalYearStart()).filter(m -> m != 1).findFirst().orElse(1);
    }

    static int find(PeriodValues values, IpttPeriod.Slot slot) {
        long start = slot.start().toEpochDay();
        long end = slot.end().toEpochDay();
        for (int i = 0; i < values.size(); i++) {
            if (values.startDays()[i] == start && values.endDays()[i] == end) {
                return i;
            }
        }
        return -1;
    }

    /** The expected path through baseline, milestones (and growth) and target; null when there is none. */
    private static Trajectory trajectory(Indicator indicator, IndicatorProgress p) {
        List<TrendPoint> points = p.expectedPath();
        if (points.size() < 2 || Double.isNaN(p.baseline()) || Double.isNaN(p.target()) || p.baselineDate() == null
                || p.targetDate() == null) {
            return null;
        }
        List<TrendPoint> milestones = points.subList(1, points.size() - 1).stream()
                .filter(t -> !"growth".equals(t.label())).toList();
        return new Trajectory(points.get(0), milestones, points.get(points.size() - 1),
                indicator.unit().kind() == UnitKind.BOOLEAN, indicator.growth().orElse(null));
    }

    private static double target(Trajectory path, boolean maintain, IndicatorProgress p, LocalDate end,
                                 UnitKind unit) {
        if (path == null || p.baselineDate() == null || !end.isAfter(p.baselineDate())) {
            return Double.NaN;
        }
        // the exact value on the path: the status is rated against it, so % of target and the target shown
        // are too (a rounded 1.5 -> 2 beside an actual of 2 read "100%" next to "at risk")
        if (maintain) {
            return p.target();
        }
        return unit == UnitKind.SCALE ? levelInForce(p, end) : shown(path.valueAt(end));
    }

    /**
     * The target to the hundredth the reports print (1.4959 is 1.5), so that % of target is the value
     * over the number a reader sees; values under one keep their precision (0.004 per capita).
     */
    private static double shown(double value) {
        return Math.abs(value) >= 1 ? Math.round(value * 100) / 100.0 : value;
    }

    /**
     * A scale's target for a period ending {@code end}: the level of the first milestone (or the
     * target) due on or after that day, the step the period works towards; the target after the
     * target date. A position between two labels (2.25 on a scale of five) is not a level anyone plans.
     */
    private static double levelInForce(IndicatorProgress p, LocalDate end) {
        List<TrendPoint> points = p.expectedPath();
        for (TrendPoint point : points.subList(1, points.size())) {
            if (!"growth".equals(point.label()) && !point.date().isBefore(end)) {
                return point.value();
            }
        }
        return p.target();
    }

    private static Status status(IndicatorProgress p, Trajectory path, boolean maintain, boolean started,
                                 boolean reported, double toDate, double target, IpttPeriod.Slot slot, LocalDate at,
                                 ProgressSettings settings) {
        if (!started) {
            return Status.NOT_STARTED;
        }
        boolean running = slot.end().isAfter(settings.asOf());
        boolean afterBaseline = p.baselineDate() == null || slot.end().isAfter(p.baselineDate());
        // a period running at the as-of date with nothing of its own yet is rated on its value to date (partial),
        // when the indicator has data by then
        if (!reported && !(running && afterBaseline && !Double.isNaN(toDate) && !Double.isNaN(p.actual()))) {
            return p.baselineDate() != null && !slot.end().isAfter(p.baselineDate()) ? Status.NOT_STARTED
                    : slot.end().isAfter(settings.asOf()) ? Status.NOT_STARTED : Status.NO_DATA;
        }
        if (path == null || Double.isNaN(target) || Double.isNaN(toDate)) {
            return Status.NOT_RATED;
        }
        if (maintain) {
            return StatusRule.maintained(toDate, p.target(), !at.isBefore(p.targetDate()), settings.bands());
        }
        double progress = ProgressRule.progress(toDate, p.baseline(), p.target());
        if (progress >= 100) {
            return Status.ACHIEVED;
        }
        return StatusRule.status(progress, path.progressAt(at), settings.bands());
    }
}
