package org.tocworkbench.evaluator.ingest;

/**
 * One usable value from a monitoring sheet, already matched to an indicator of the theory.
 *
 * @param value          the number (percent as 0–100, booleans 1/0, ordinal labels as their 1-based
 *                       position); {@code Double.NaN} for qualitative text
 * @param text           the cell as written (for qualitative indicators and for reports)
 * @param disaggregation the group (e.g. {@code female}, {@code North}); empty for a total
 * @param matchedByTitle true when the row named the indicator by its title rather than its id
 * @param comment        what the sheet says about the value in its comment or narrative column
 *                       ("n=45", "below target because the rains delayed the sessions"); empty when none
 */
public record Observation(String indicatorId, Period period, double value, String text, String disaggregation,
                          CellRef source, boolean matchedByTitle, String comment) {
    public Observation {
        comment = comment == null ? "" : comment.strip();
    }

    /** An observation without a comment. */
    public Observation(String indicatorId, Period period, double value, String text, String disaggregation,
                       CellRef source, boolean matchedByTitle) {
        this(indicatorId, period, value, text, disaggregation, source, matchedByTitle, "");
    }
}
