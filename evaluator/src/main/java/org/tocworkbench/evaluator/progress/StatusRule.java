package org.tocworkbench.evaluator.progress;

/**
 * The status of an indicator with a number, a baseline and a target: {@code achieved} at 100%
 * progress or more; otherwise by how many points progress falls behind the expected progress at
 * the as-of date — {@code on track} within {@link StatusBands#onTrack()} points, {@code at risk}
 * within {@link StatusBands#atRisk()}, {@code off track} beyond. Being ahead of plan is on track.
 *
 * <p>For {@code maintain} indicators, see {@link #maintained}.
 */
public final class StatusRule {
    /** Rounding slack, so that 99.99999999 counts as 100. */
    static final double EPSILON = 1e-9;

    private StatusRule() {
    }

    public static Status status(double progress, double expected, StatusBands bands) {
        if (Double.isNaN(progress) || Double.isNaN(expected)) {
            throw new IllegalArgumentException("progress and expected must be numbers");
        }
        if (progress >= 100 - EPSILON) {
            return Status.ACHIEVED;
        }
        double behind = expected - progress;
        if (behind <= bands.onTrack() + EPSILON) {
            return Status.ON_TRACK;
        }
        return behind <= bands.atRisk() + EPSILON ? Status.AT_RISK : Status.OFF_TRACK;
    }

    /**
     * How far, in percent of the level to hold, the actual is from it (relative to 1 when the
     * level is 0: holding zero means zero).
     */
    public static double deviation(double actual, double level) {
        double scale = level == 0 ? 1 : Math.abs(level);
        return Math.abs(actual - level) / scale * 100;
    }

    /**
     * A {@code maintain} indicator: within the tolerance of its level it holds — {@code achieved}
     * once the target date is reached, {@code on track} before; within twice the tolerance
     * {@code at risk}; beyond, {@code off track}.
     */
    public static Status maintained(double actual, double level, boolean targetDateReached, StatusBands bands) {
        double deviation = deviation(actual, level);
        if (deviation <= bands.maintainTolerance() + EPSILON) {
            return targetDateReached ? Status.ACHIEVED : Status.ON_TRACK;
        }
        return deviation <= 2 * bands.maintainTolerance() + EPSILON ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
