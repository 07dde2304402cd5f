package org.tocworkbench.evaluator.iptt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.evaluator.progress.ActualRule;
import org.tocworkbench.evaluator.progress.PeriodValues;

/**
 * An indicator's IPTT rows in periods coarser than those it is reported in (weeks as months,
 * months as quarters or years; {@link IpttPeriods}). A reported period belongs to the period it
 * ends in (the week ending 2 February is February's) and is never split; one longer than the
 * coarser period (a yearly survey of a weekly indicator) keeps a row of its own. Per period:
 * <ul>
 *   <li>the actual is its reported values by the indicator's aggregation: their sum for a
 *       cumulative or {@code sum} indicator, the last for {@code latest}, their mean, highest or
 *       lowest for {@code mean}, {@code max}, {@code min}; text, the last text;</li>
 *   <li>to date, as for a reported period: the value by the aggregation of every value reported
 *       in periods that end by its end (a running total for a cumulative indicator); for the period
 *       running at the as-of date, every value counted at the as-of date, as the actual is;</li>
 *   <li>the target, % of target, status and partial mark at its end, as for any period;</li>
 *   <li>the comments of its values, each after the label of the period it was written for.</li>
 * </ul>
 */
final class IpttRollup {
    private IpttRollup() {
    }

    static List<IpttPeriod> periods(IpttBuilder.Inputs in, Frequency shown, int fiscalYearStart, LocalDate from,
                                    LocalDate until) {
        PeriodValues totals = in.totals();
        Map<String, IpttPeriod.Slot> slots = new LinkedHashMap<>();
        if (from != null && until != null) {
            for (LocalDate day = from; !day.isAfter(until) && slots.size() < IpttBuilder.MAX_PERIODS; ) {
                IpttPeriod.Slot slot = containing(shown, day, fiscalYearStart);
                slots.put(slot.key(), slot); // the last one holds the plan's last day, even if it ends after it
                day = slot.end().plusDays(1);
            }
        }
        List<IpttPeriod.Slot> own = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            IpttPeriod.Slot slot = slotOf(totals, i, shown, fiscalYearStart);
            if (!slot.start().equals(containing(shown, slot.end(), fiscalYearStart).start())
                    || !slot.end().equals(containing(shown, slot.end(), fiscalYearStart).end())) {
                own.add(slot);
            }
            if (slots.size() < IpttBuilder.MAX_PERIODS) {
                slots.putIfAbsent(slot.key(), slot);
            }
        }
        // a generated period that overlaps a longer reported one gives way to it, as in the reported view
        slots.values().removeIf(slot -> own.stream().anyMatch(o -> !o.key().equals(slot.key())
                && !o.start().isAfter(slot.end()) && !slot.start().isAfter(o.end())));
        String[] totalKeys = keys(totals, shown, fiscalYearStart);
        Map<String, String[]> groupKeys = new LinkedHashMap<>();
        in.groups().forEach((group, values) -> groupKeys.put(group, keys(values, shown, fiscalYearStart)));
        List<IpttPeriod> rows = new ArrayList<>();
        for (IpttPeriod.Slot slot : slots.values().stream().sorted(IpttPeriod.Slot.ORDER).toList()) {
            rows.add(row(in, slot, totalKeys, groupKeys));
        }
        return rows;
    }

    private static IpttPeriod row(IpttBuilder.Inputs in, IpttPeriod.Slot slot, String[] totalKeys,
                                  Map<String, String[]> groupKeys) {
        LocalDate asOf = in.settings().asOf();
        boolean started = !slot.start().isAfter(asOf);
        PeriodValues totals = in.totals();
        IntPredicate inSlot = i -> totalKeys[i].equals(slot.key());
        List<String> labels = new ArrayList<>();
        boolean reported = false;
        for (int i = 0; i < totals.size(); i++) {
            if (inSlot.test(i)) {
                labels.add(totals.label(i));
                reported |= started && !totals.start(i).isAfter(asOf)
                        && (!Double.isNaN(totals.values()[i]) || totals.texts()[i] != null);
            }
        }
        double actual = Double.NaN;
        String text = "";
        double toDate = Double.NaN;
        String comment = "";
        if (started) {
            ActualRule.Actual own = ActualRule.at(only(totals, inSlot), periodConfig(in.config()), asOf);
            actual = own.value();
            text = own.text() == null ? "" : own.text();
            toDate = toDate(totals, in.config(), slot, asOf);
            comment = comments(totals, inSlot, asOf);
        }
        List<IpttPeriod.GroupValue> groups = new ArrayList<>();
        for (Map.Entry<String, PeriodValues> g : in.groups().entrySet()) {
            PeriodValues values = g.getValue();
            String[] keys = groupKeys.get(g.getKey());
            IntPredicate groupInSlot = i -> keys[i].equals(slot.key());
            groups.add(started
                    ? new IpttPeriod.GroupValue(g.getKey(),
                    ActualRule.at(only(values, groupInSlot), periodConfig(in.groupConfig()), asOf).value(),
                    toDate(values, in.groupConfig(), slot, asOf), comments(values, groupInSlot, asOf))
                    : new IpttPeriod.GroupValue(g.getKey(), Double.NaN, Double.NaN, ""));
        }
        return IpttBuilder.row(in, slot, actual, text, toDate, reported, comment, groups, labels);
    }

    /** The period's own values: by the aggregation, from nothing (no baseline, none left out as before it). */
    private static ActualRule.Config periodConfig(ActualRule.Config config) {
        return new ActualRule.Config(config.aggregation(), config.cumulative(), 0, Long.MIN_VALUE);
    }

    /**
     * The value to date at the period's end: the values of the periods that end by then; for the
     * period running at the as-of date, every value counted at the as-of date.
     */
    private static double toDate(PeriodValues values, ActualRule.Config config, IpttPeriod.Slot slot, LocalDate asOf) {
        if (slot.end().isAfter(asOf)) {
            return ActualRule.at(values, config, asOf).value();
        }
        long end = slot.end().toEpochDay();
        return ActualRule.at(only(values, i -> values.endDays()[i] <= end), config, slot.end()).value();
    }

    /** The comments of the values in the period, each after its period's label: {@code 2024W05: text; 2024W07: text}. */
    private static String comments(PeriodValues values, IntPredicate inSlot, LocalDate asOf) {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (inSlot.test(i) && !values.comment(i).isEmpty() && !values.start(i).isAfter(asOf)) {
                comments.add(values.label(i) + ": " + values.comment(i));
            }
        }
        return String.join("; ", comments);
    }

    /** The key of the shown period each reported period belongs to. */
    private static String[] keys(PeriodValues values, Frequency shown, int fiscalYearStart) {
        String[] keys = new String[values.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = slotOf(values, i, shown, fiscalYearStart).key();
        }
        return keys;
    }

    /** The reported period {@code i} in the shown periods: the one it ends in, or itself when it is longer. */
    private static IpttPeriod.Slot slotOf(PeriodValues values, int i, Frequency shown, int fiscalYearStart) {
        IpttPeriod.Slot slot = containing(shown, values.end(i), fiscalYearStart);
        long days = values.endDays()[i] - values.startDays()[i];
        long slotDays = slot.end().toEpochDay() - slot.start().toEpochDay();
        return days > slotDays
                ? new IpttPeriod.Slot(values.label(i), values.start(i), values.end(i)).readable(fiscalYearStart) : slot;
    }

    /**
     * The month, quarter or year ({@code shown}: monthly, quarterly, else annual) that holds {@code day}: fiscal quarters and years when the
     * theory's data count fiscal years ({@code FY2026 Q1}, {@code FY2026}), labelled as the IPTT's
     * generated periods are.
     */
    static IpttPeriod.Slot containing(Frequency shown, LocalDate day, int fiscalYearStart) {
        int offset = fiscalYearStart == 1 ? 0 : fiscalYearStart - 1;
        switch (shown) {
            case MONTHLY: {
                LocalDate start = day.withDayOfMonth(1);
                return new IpttPeriod.Slot(String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue()),
                        start, start.plusMonths(1).minusDays(1));
            }
            case QUARTERLY: {
                LocalDate start = day.withDayOfMonth(1).minusMonths(Math.floorMod(day.getMonthValue() - 1, 3));
                LocalDate end = start.plusMonths(3).minusDays(1);
                String label = IpttBuilder.label(Frequency.QUARTERLY,
                        new org.tocworkbench.evaluator.template.TemplatePeriods.Slot("", start, end), fiscalYearStart);
                return new IpttPeriod.Slot(label, start, end);
            }
            default: {
                LocalDate start = LocalDate.of(day.getYear(), 1, 1).plusMonths(offset);
                if (start.isAfter(day)) {
                    start = start.minusYears(1);
                }
                LocalDate end = start.plusYears(1).minusDays(1);
                return new IpttPeriod.Slot(offset == 0 ? Integer.toString(start.getYear()) : "FY" + end.getYear(),
                        start, end);
            }
        }
    }

    /** The values of the periods {@code keep} accepts, in order. */
    private static PeriodValues only(PeriodValues values, IntPredicate keep) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (keep.test(i)) {
                kept.add(i);
            }
        }
        int n = kept.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        double[] numbers = new double[n];
        String[] texts = new String[n];
        String[] labels = new String[n];
        String[] comments = new String[n];
        for (int k = 0; k < n; k++) {
            int i = kept.get(k);
            starts[k] = values.startDays()[i];
            ends[k] = values.endDays()[i];
            numbers[k] = values.values()[i];
            texts[k] = values.texts()[i];
            labels[k] = values.labels()[i];
            comments[k] = values.comments()[i];
        }
        return new PeriodValues(starts, ends, numbers, texts, labels, comments);
    }
}
