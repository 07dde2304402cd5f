package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The expected path of an indicator: straight lines through the baseline, the milestones and the
 * target (by their dates), flat before the baseline and after the target. A stepwise trajectory
 * (booleans) jumps to each milestone and the target on its date instead, since a law is passed or
 * not and is never half passed.
 *
 * <p>Expected progress at a date is the expected value at that date, as a percentage of the way
 * from baseline to target; at a milestone date it is exactly the milestone's own progress.
 */
public final class Trajectory {
    private final List<TrendPoint> points;
    private final boolean stepwise;
    private final double baseline;
    private final double target;

    /**
     * Milestones dated on or before the baseline, or on or after the target, are left out (the
     * compiler warns about them); so are milestones without a number.
     */
    public Trajectory(TrendPoint baseline, List<TrendPoint> milestones, TrendPoint target, boolean stepwise) {
        this.stepwise = stepwise;
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
    }

    /** The points the trajectory passes through, baseline first. */
    public List<TrendPoint> points() {
        return points;
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
            double span = b.date().toEpochDay() - a.date().toEpochDay();
            double along = (date.toEpochDay() - a.date().toEpochDay()) / span;
            return a.value() + along * (b.value() - a.value());
        }
        return points.get(points.size() - 1).value();
    }

    /** The expected progress at a date, in percent of the way from baseline to target (0–100). */
    public double progressAt(LocalDate date) {
        if (target == baseline) {
            return date.isBefore(points.get(points.size() - 1).date()) ? 0 : 100;
        }
        return ProgressRule.progress(valueAt(date), baseline, target);
    }
}
