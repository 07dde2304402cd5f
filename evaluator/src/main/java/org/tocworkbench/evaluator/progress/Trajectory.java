package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tocworkbench.compiler.model.Growth;

/**
 * The expected path of an indicator: straight lines through the baseline, the milestones and the
 * target (by their dates), flat before the baseline and after the target. A stepwise trajectory
 * (booleans) jumps to each milestone and the target on its date instead, since a law is passed or
 * not and is never half passed.
 *
 * <p>With a growth rate ({@code growth 30% per year}) the path between points is the growth
 * curve instead of a straight line: from the latest of the baseline and the milestones on or
 * before the date, the value grows at the rate (compounding, or by the same amount each period),
 * never beyond the target; on a milestone's date the milestone's value is expected, and from the
 * target date the target's.
 *
 * <p>Expected progress at a date is the expected value at that date, as a percentage of the way
 * from baseline to target; at a milestone date it is exactly the milestone's own progress.
 */
public final class Trajectory {
    /** A growth curve is drawn through at most this many points. */
    static final int MAX_CURVE_POINTS = 120;

    private final List<TrendPoint> points;
    private final boolean stepwise;
    private final double baseline;
    private final double target;
    private final Growth growth;
    private final List<TrendPoint> drawn;

    /**
     * Milestones dated on or before the baseline, or on or after the target, are left out (the
     * compiler warns about them); so are milestones without a number.
     */
    public Trajectory(TrendPoint baseline, List<TrendPoint> milestones, TrendPoint target, boolean stepwise) {
        this(baseline, milestones, target, stepwise, null);
    }

    /** @param growth the growth rate the path follows between its points, or null for straight lines */
    public Trajectory(TrendPoint baseline, List<TrendPoint> milestones, TrendPoint target, boolean stepwise,
                      Growth growth) {
        this.stepwise = stepwise;
        this.growth = stepwise ? null : growth;
        this.baseline = baseline.value();
        this.target = target.value();
        List<TrendPoint> all = new ArrayList<>();
        all.add(baseline);
        milestones.stream()
                .filter(m -> !Double.isNaN(m.value()))
                .filter(m -> m.date().isAfter(baseline.date()) && m.date().isBefore(target.date()))
                .sorted(Comparator.comparing(TrendPoint::date))
                .forEach(m -> {
                    if (!all.get(all.size() - 1).date().equals(m.date())) {
                        all.add(m);
                    }
                });
        if (target.date().isAfter(baseline.date())) {
            all.add(target);
        }
        this.points = List.copyOf(all);
        this.drawn = this.growth == null ? this.points : curve();
    }

    /**
     * The points the trajectory passes through, baseline first; with a growth rate, also the
     * curve's value at the end of each growth period in between (labelled {@code growth}), so
     * that a chart drawn with straight lines between the points follows the curve.
     */
    public List<TrendPoint> points() {
        return drawn;
    }

    private List<TrendPoint> curve() {
        TrendPoint first = points.get(0);
        TrendPoint last = points.get(points.size() - 1);
        List<TrendPoint> all = new ArrayList<>(points);
        int step = growth.per().months();
        long periods = Math.max(1, (long) Math.ceil(growth.periodsBetween(first.date(), last.date())));
        long stride = Math.max(1, (periods + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS);
        for (long k = stride; k < periods; k += stride) {
            LocalDate date = first.date().plusMonths(k * step);
            if (date.isBefore(last.date()) && points.stream().noneMatch(p -> p.date().equals(date))) {
                all.add(new TrendPoint(date, "growth", valueAt(date)));
            }
        }
        all.sort(Comparator.comparing(TrendPoint::date));
        return List.copyOf(all);
    }

    /** The expected value at a date. */
    public double valueAt(LocalDate date) {
        if (points.size() == 1) {
            return date.isBefore(points.get(0).date()) ? baseline : target;
        }
        TrendPoint first = points.get(0);
        if (!date.isAfter(first.date())) {
            return first.value();
        }
        for (int i = 1; i < points.size(); i++) {
            TrendPoint b = points.get(i);
            if (date.isAfter(b.date())) {
                continue;
            }
            TrendPoint a = points.get(i - 1);
            if (date.equals(b.date())) {
                return b.value();
            }
            if (stepwise) {
                return a.value();
            }
            if (growth != null) {
                return capped(growth.valueAt(a.value(), a.date(), date));
            }
            double span = b.date().toEpochDay() - a.date().toEpochDay();
            double along = (date.toEpochDay() - a.date().toEpochDay()) / span;
            return a.value() + along * (b.value() - a.value());
        }
        return points.get(points.size() - 1).value();
    }

    /** A grown value never goes past the target (the way the target lies from the baseline). */
    private double capped(double value) {
        return target >= baseline ? Math.min(value, target) : Math.max(value, target);
    }

    /** The expected progress at a date, in percent of the way from baseline to target (0–100). */
    public double progressAt(LocalDate date) {
        if (target == baseline) {
            return date.isBefore(points.get(points.size() - 1).date()) ? 0 : 100;
        }
        return ProgressRule.progress(valueAt(date), baseline, target);
    }
}
