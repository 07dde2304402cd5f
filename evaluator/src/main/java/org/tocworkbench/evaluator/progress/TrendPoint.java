package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;

/**
 * A value at a date, for trend charts: an actual at the end of a reported period, or a point of
 * the expected trajectory (baseline, milestone, target).
 *
 * @param label how the period or date was written (e.g. {@code 2024-Q3}); never null
 */
public record TrendPoint(LocalDate date, String label, double value) {
    public TrendPoint {
        label = label == null ? date.toString() : label;
    }
}
