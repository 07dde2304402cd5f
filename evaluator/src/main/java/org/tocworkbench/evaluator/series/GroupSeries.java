package org.tocworkbench.evaluator.series;

import java.time.LocalDate;
import org.tocworkbench.evaluator.ingest.CellRef;

/**
 * One value per period for one indicator and one group (empty: the total), ordered by period
 * end then start. Backed by primitive arrays; immutable.
 */
public final class GroupSeries {
    private final String group;
    private final int[] starts;
    private final int[] ends;
    private final double[] values;
    private final String[] texts;
    private final String[] labels;
    private final long[] cells;
    private final String[] comments;
    private final SeriesStore origins;

    GroupSeries(String group, int[] starts, int[] ends, double[] values, String[] texts, String[] labels, long[] cells,
                String[] comments, SeriesStore origins) {
        this.comments = comments;
        this.group = group;
        this.starts = starts;
        this.ends = ends;
        this.values = values;
        this.texts = texts;
        this.labels = labels;
        this.cells = cells;
        this.origins = origins;
    }

    public String group() {
        return group;
    }

    public int size() {
        return values.length;
    }

    public LocalDate start(int i) {
        return LocalDate.ofEpochDay(starts[i]);
    }

    public LocalDate end(int i) {
        return LocalDate.ofEpochDay(ends[i]);
    }

    public long startDay(int i) {
        return starts[i];
    }

    public long endDay(int i) {
        return ends[i];
    }

    /** The number, or NaN for a value without one (qualitative text). */
    public double value(int i) {
        return values[i];
    }

    /** The text of a value without a number, else null. */
    public String text(int i) {
        return texts == null ? null : texts[i];
    }

    /** The period as the sheet wrote it, or null. */
    public String label(int i) {
        return labels[i];
    }

    /** What the sheet's comment or narrative column says about the value, or "" when nothing. */
    public String comment(int i) {
        return comments == null || comments[i] == null ? "" : comments[i];
    }

    /** The cell the value came from, or null when unknown. */
    public CellRef source(int i) {
        return origins == null ? null : origins.unpack(cells[i]);
    }
}
