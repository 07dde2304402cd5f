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

    private double median() {
        double[] sorted = Arrays.copyOf(values, valueCount);
        Arrays.sort(sorted);
        int mid = valueCount / 2;
        return valueCount % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
