package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * One value per reporting period, ordered by period end (then start): what the rules work on
 * once totals and groups have been reconciled ({@link TotalsRule}).
 *
 * @param values NaN where a period has only text
 * @param texts  the text of each period when there is any, else null entries
 * @param labels how each period was written, or null entries
 * @param comments what the sheet's comment column says about each value ("" when nothing)
 */
public record PeriodValues(long[] startDays, long[] endDays, double[] values, String[] texts, String[] labels,
                           String[] comments) {
    public static final PeriodValues EMPTY = new PeriodValues(new long[0], new long[0], new double[0], new String[0],
            new String[0]);

    /** Values without comments. */
    public PeriodValues(long[] startDays, long[] endDays, double[] values, String[] texts, String[] labels) {
        this(startDays, endDays, values, texts, labels, blanks(values.length));
    }

    private static String[] blanks(int n) {
        String[] blank = new String[n];
        java.util.Arrays.fill(blank, "");
        return blank;
    }

    public LocalDate start(int i) {
        return LocalDate.ofEpochDay(startDays[i]);
    }

    public String comment(int i) {
        return comments[i] == null ? "" : comments[i];
    }

    public int size() {
        return values.length;
    }

    public LocalDate end(int i) {
        return LocalDate.ofEpochDay(endDays[i]);
    }

    /** The period label as written, or its end date. */
    public String label(int i) {
        return labels[i] != null ? labels[i] : end(i).toString();
    }

    /** Convenience for tests and simple callers: periods given by their end dates only. */
    public static PeriodValues ofEnds(List<LocalDate> ends, double[] values) {
        int n = ends.size();
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            e[i] = ends.get(i).toEpochDay();
        }
        return new PeriodValues(e.clone(), e, values.clone(), new String[n], new String[n]);
    }
}
