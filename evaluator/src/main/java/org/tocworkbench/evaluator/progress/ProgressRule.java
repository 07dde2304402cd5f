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

    /** Progress in percent; NaN when any input is NaN or target equals baseline. */
    public static double progress(double actual, double baseline, double target) {
        if (Double.isNaN(actual) || Double.isNaN(baseline) || Double.isNaN(target) || target == baseline) {
            return Double.NaN;
        }
        return (actual - baseline) / (target - baseline) * 100;
    }
}
