package org.tocworkbench.evaluator.logframe;

import java.util.List;

/**
 * A logical framework matrix drawn from a theory: one row per result, from the impact down to
 * the activities, with its indicators, baselines, targets, means of verification and
 * assumptions. Built by {@link LogframeBuilder}; written by the Markdown and Excel writers.
 */
public record Logframe(String title, List<Row> rows) {
    public static final List<String> COLUMNS = List.of("Results chain", "Indicators", "Baseline", "Target",
            "Means of verification", "Assumptions");

    public Logframe {
        rows = List.copyOf(rows);
    }

    /**
     * One result.
     *
     * @param level  e.g. {@code Impact}, {@code Long-term outcome}, {@code Output}
     * @param lines  one entry per indicator (empty when the result has none)
     * @param assumptions the assumptions the result and its links onward rest on, as {@code id: text}
     */
    public record Row(String level, String nodeId, String title, List<IndicatorLine> lines, List<String> assumptions) {
        public Row {
            lines = List.copyOf(lines);
            assumptions = List.copyOf(assumptions);
        }
    }

    /** An indicator's cells: {@code baseline} like {@code 31% (2023)}, {@code target} like {@code 24% by 2027}. */
    public record IndicatorLine(String id, String title, String baseline, String target, String verification) {
    }
}
