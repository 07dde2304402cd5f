package org.tocworkbench.evaluator.progress;

/**
 * How far behind the expected progress a result may be, in percentage points, and still count
 * as on track or at risk; and the band around the level to hold for {@code maintain} indicators.
 *
 * @param onTrack           on track when progress is at most this many points below expected (default 10)
 * @param atRisk            at risk when at most this many points below (default 25); off track beyond
 * @param maintainTolerance a {@code maintain} indicator holds when within this percentage of its level
 *                          (default 5); at risk within twice that; off track beyond
 */
public record StatusBands(double onTrack, double atRisk, double maintainTolerance) {
    public static final StatusBands DEFAULT = new StatusBands(10, 25, 5);

    public StatusBands {
        if (!(onTrack >= 0) || !(atRisk >= onTrack) || !(maintainTolerance > 0)) {
            throw new IllegalArgumentException("bands must satisfy 0 <= onTrack <= atRisk and maintainTolerance > 0, got "
                    + onTrack + ", " + atRisk + ", " + maintainTolerance);
        }
    }
}
