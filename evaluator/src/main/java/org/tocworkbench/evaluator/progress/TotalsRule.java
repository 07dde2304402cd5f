package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.series.GroupSeries;
import org.tocworkbench.evaluator.series.IndicatorSeries;

/**
 * Totals versus groups: one value per period for an indicator. A period's total row (empty
 * disaggregation) is used when there is one; otherwise the period's groups are combined — summed
 * for counts and currency (the groups are parts of a whole), averaged for percentages, ratios and
 * scales (without group sizes an unweighted mean is all that can be said), and for booleans true
 * only when every group is true. Qualitative text of groups is listed as {@code group: text}.
 */
public final class TotalsRule {
    private TotalsRule() {
    }

    /** How the groups of a period combine when it has no total row. */
    public enum Combination { SUM, MEAN, ALL }

    public static Combination combinationFor(UnitKind unit) {
        switch (unit) {
            case COUNT:
            case CURRENCY:
                return Combination.SUM;
            case BOOLEAN:
                return Combination.ALL;
            default:
                return Combination.MEAN;
        }
    }

    /** The values of one period-by-period series, for one group alone. */
    public static PeriodValues of(GroupSeries group) {
        int n = group.size();
        long[] s = new long[n];
        long[] e = new long[n];
        double[] v = new double[n];
        String[] t = new String[n];
        String[] l = new String[n];
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            c[i] = group.comment(i);
            s[i] = group.startDay(i);
            e[i] = group.endDay(i);
            v[i] = group.value(i);
            t[i] = group.text(i);
            l[i] = group.label(i);
        }
        return new PeriodValues(s, e, v, t, l, c);
    }

    /** One value per period: the total where given, else the groups combined for {@code unit}. */
    public static PeriodValues combine(IndicatorSeries series, UnitKind unit) {
        if (series.disaggregated().isEmpty()) {
            return series.total().map(TotalsRule::of).orElse(PeriodValues.EMPTY);
        }
        Combination combination = combinationFor(unit);
        Map<Long, Slot> byPeriod = new TreeMap<>();
        for (GroupSeries group : series.groups()) {
            for (int i = 0; i < group.size(); i++) {
                long key = group.endDay(i) * 200_000L + (group.startDay(i) - group.endDay(i) + 100_000L);
                Slot slot = byPeriod.computeIfAbsent(key, k -> new Slot());
                slot.add(group, i);
            }
        }
        int n = byPeriod.size();
        long[] s = new long[n];
        long[] e = new long[n];
        double[] v = new double[n];
        String[] t = new String[n];
        String[] l = new String[n];
        String[] c = new String[n];
        int k = 0;
        for (Slot slot : byPeriod.values()) {
            s[k] = slot.start;
            e[k] = slot.end;
            l[k] = slot.label;
            c[k] = slot.comment();
            if (slot.hasTotal) {
                v[k] = slot.total;
                t[k] = slot.totalText;
            } else {
                v[k] = slot.combined(combination);
                t[k] = slot.groupTexts.isEmpty() ? null : String.join("; ", slot.groupTexts);
            }
            k++;
        }
        return new PeriodValues(s, e, v, t, l, c);
    }

    /** The values of one period across the total and the groups. */
    private static final class Slot {
        long start;
        long end;
        String label;
        boolean hasTotal;
        double total = Double.NaN;
        String totalText;
        double sum;
        int count;
        boolean allTrue = true;
        final List<String> groupTexts = new ArrayList<>();
        String totalComment = "";
        final List<String> groupComments = new ArrayList<>();

        /** The total's comment, else the groups' comments as {@code group: comment}. */
        String comment() {
            return !totalComment.isEmpty() ? totalComment : String.join("; ", groupComments);
        }

        void add(GroupSeries group, int i) {
            start = group.startDay(i);
            end = group.endDay(i);
            if (label == null) {
                label = group.label(i);
            }
            double value = group.value(i);
            if (group.group().isEmpty()) {
                totalComment = group.comment(i);
                hasTotal = true;
                total = value;
                totalText = group.text(i);
                return;
            }
            if (!group.comment(i).isEmpty()) {
                groupComments.add(group.group() + ": " + group.comment(i));
            }
            if (Double.isNaN(value)) {
                if (group.text(i) != null) {
                    groupTexts.add(group.group() + ": " + group.text(i));
                }
                return;
            }
            sum += value;
            count++;
            allTrue &= value != 0;
        }

        double combined(Combination combination) {
            if (count == 0 || Double.isInfinite(sum)) {
                return Double.NaN;
            }
            switch (combination) {
                case SUM:
                    return sum;
                case ALL:
                    return allTrue ? 1 : 0;
                default:
                    return sum / count;
            }
        }
    }
}
