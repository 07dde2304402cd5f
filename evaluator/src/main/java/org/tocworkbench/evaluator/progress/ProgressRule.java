package org.tocworkbench.evaluator.progress;

/**
 * Progress of an indicator: how far the actual has come from the baseline towards the target,
 * {@code (actual − baseline) / (target − baseline) × 100}. The formula is direction-aware on its
 * own: for an indicator that should decrease, the target lies below the baseline, so a fall is
 * positive progress and a rise negative. 100 means the target is reached; above 100, exceeded.
 */
public final class ProgressRule {
    private ProgressRule() {
    }

    /**
     * Progress in percent; NaN when any input is NaN or target equals baseline. Never infinite: a
     * progress beyond the range of a double (an actual near 1e308 against a small target) is the
     * largest double of its sign.
     */
    public static double progress(double actual, double baseline, double target) {
        if (Double.isNaN(actual) || Double.isNaN(baseline) || Double.isNaN(target) || target == baseline) {
            return Double.NaN;
        }
        double progress = (actual - baseline) / (target - baseline) * 100;
        return Double.isInfinite(progress) ? Math.copySign(Double.MAX_VALUE, progress) : progress;
    }
}
