package org.tocworkbench.compiler.model;

import org.tocworkbench.compiler.source.Span;

/**
 * The denominator of a count indicator ({@code population 1200 "households in the two districts"}):
 * a baseline, milestone or target may then be written as a share of it ({@code target 80% by end}
 * is 960), and reports give each count with its share.
 *
 * @param label what is counted, or empty
 */
public record Population(double count, String label, Span span) {
    public Population {
        label = label == null ? "" : label;
    }

    /** The count a share stands for: 80 (percent) of 1,200 is 960. */
    public double countOf(double percent) {
        return count * percent / 100;
    }

    /** The share (0–100) a count is of the population. */
    public double shareOf(double value) {
        return count == 0 ? Double.NaN : value * 100 / count;
    }
}
