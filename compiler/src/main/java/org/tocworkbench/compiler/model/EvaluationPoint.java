package org.tocworkbench.compiler.model;

import org.tocworkbench.compiler.source.Span;

/**
 * A named evaluation point of the theory ({@code point midterm "Mid-term review" at 2026-06}):
 * baselines, milestones, targets and evidence may be dated by its name, so that a theory written
 * "at mid-term" keeps saying so while the model knows the date.
 *
 * @param label the label as written, or empty
 * @param date  the resolved date; its {@link PeriodDate#written()} is the date as written
 *              ({@code 2026-06}, {@code year 3}, {@code end})
 */
public record EvaluationPoint(String name, String label, PeriodDate date, Span span, Span nameSpan) {
    public EvaluationPoint {
        label = label == null ? "" : label;
    }

    /** The label when there is one, else the name: "Mid-term review", "midterm". */
    public String display() {
        return label.isEmpty() ? name : label;
    }
}
