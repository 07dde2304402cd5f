package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Indicator;

/**
 * A composite indicator ("classrooms built and desks supplied") from its parts, each evaluated as
 * an indicator of its own: its progress is the least of its parts' progress (the composite is
 * as far along as its slowest part), its expected progress that part's, and its status the worst
 * of its parts' statuses. Parts without a rating are left out and named in a note.
 */
public final class CompositeRule {
    /** Said in reports, so that readers know what a composite's figures mean. */
    public static final String METHOD = "a composite indicator's progress is the least of its parts' progress; its"
            + " status is the worst of its parts' statuses";

    private CompositeRule() {
    }

    public static IndicatorProgress evaluate(Indicator composite, Map<String, IndicatorProgress> indicators) {
        List<String> notes = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        IndicatorProgress least = null;
        List<String> unrated = new ArrayList<>();
        for (String id : composite.parts()) {
            IndicatorProgress part = indicators.get(id);
            if (part == null) {
                continue;
            }
            statuses.add(part.status());
            if (!part.status().isRated() || Double.isNaN(part.progress())) {
                unrated.add(id + " (" + part.status().label() + ")");
            } else if (least == null || part.progress() < least.progress()) {
                least = part;
            }
        }
        Status status = statuses.isEmpty() ? Status.NOT_RATED : Status.worstOf(statuses);
        if (least != null) {
            notes.add("composite: the least progress of its parts is " + least.indicatorId() + "'s");
        }
        if (!unrated.isEmpty()) {
            notes.add("parts not rated: " + String.join(", ", unrated));
        }
        double progress = least == null ? Double.NaN : least.progress();
        double expected = least == null ? Double.NaN : least.expected();
        return new IndicatorProgress(composite.id(), null, Double.NaN, null, Double.NaN, null, Double.NaN, null,
                null, null, 0, progress,
                expected, status, notes, List.of(), List.of(), List.of(), 0, List.of(), List.of());
    }
}
