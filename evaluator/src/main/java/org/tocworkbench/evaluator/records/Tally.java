package org.tocworkbench.evaluator.records;

import java.util.Arrays;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.Computation.Measure;

/** What one computed value (one period, one group) has gathered from the records counted. */
final class Tally {
    long records;
    long numerator;
    DistinctSet all;
    DistinctSet numeratorKeys;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    private double[] values;
    private int valueCount;

    void add(Computation c, boolean inNumerator, double value, long keyHash) {
        records++;
        if (inNumerator) {
            numerator++;
        }
        if (c.distinct()) {
            if (all == null) {
                all = new DistinctSet();
                numeratorKeys = new DistinctSet();
            }
            all.add(keyHash);
            // only a share has records outside its numerator; for the others the numerator's keys are all keys
            if (inNumerator && c.measure() == Measure.SHARE) {
                numeratorKeys.add(keyHash);
            }
        }
        if (c.measure().needsColumn() && c.measure() != Measure.DISTINCT) {
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
            if (c.measure() == Measure.MEDIAN) {
                if (values == null) {
                    values = new double[16];
                } else if (valueCount == values.length) {
                    values = Arrays.copyOf(values, valueCount * 2);
                }
                values[valueCount++] = value;
            }
        }
    }

    /** The value, or NaN when there is none (a share with an empty denominator). */
    double value(Computation c) {
        return switch (c.measure()) {
            case COUNT, DISTINCT -> c.distinct() ? all.size() : records;
            case SUM -> sum;
            case MEAN -> sum / records;
            case MEDIAN -> median();
            case MIN -> min;
            case MAX -> max;
            case SHARE -> denominator(c) == 0 ? Double.NaN : 100.0 * numerator(c) / denominator(c);
        };
    }

    long numerator(Computation c) {
        return !c.distinct() ? numerator : c.measure() == Measure.SHARE ? numeratorKeys.size() : all.size();
    }

    long denominator(Computation c) {
        return c.distinct() ? all.size() : records;
    }

    /**
     * The middle value (the mean of the two middle ones for an even count), found by selection —
     * the values around the middle put in place, not all of them sorted: a million values take a
     * few passes instead of a sort. Values compare as {@link Arrays#sort} orders them.
     */
    private double median() {
        double[] a = Arrays.copyOf(values, valueCount);
        int mid = valueCount / 2;
        select(a, mid);
        if (valueCount % 2 == 1) {
            return a[mid];
        }
        double below = a[0];
        for (int i = 1; i < mid; i++) {
            if (Double.compare(a[i], below) > 0) {
                below = a[i];
            }
        }
        return (below + a[mid]) / 2;
    }

    /**
     * Puts into {@code a[k]} the value a sort would put there, with no greater value before it and
     * no smaller after it (quickselect, median-of-three pivots; a sort of what is left when a bad
     * run of pivots makes too many rounds).
     */
    static void select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        for (int round = 0; hi > lo; round++) {
            if (round > 64) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int m = (lo + hi) >>> 1;
            if (Double.compare(a[m], a[lo]) < 0) {
                swap(a, m, lo);
            }
            if (Double.compare(a[hi], a[lo]) < 0) {
                swap(a, hi, lo);
            }
            if (Double.compare(a[hi], a[m]) < 0) {
                swap(a, hi, m);
            }
            double pivot = a[m];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (Double.compare(a[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(a[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
