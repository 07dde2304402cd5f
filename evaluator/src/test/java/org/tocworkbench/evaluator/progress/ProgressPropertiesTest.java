package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.evaluator.ingest.Period;
import org.tocworkbench.evaluator.testing.TestModel;

/**
 * Properties of the progress rules over many random indicators (seeded, so failures repeat):
 * a decreasing indicator mirrors the increasing one, status never gets worse as the actual gets
 * better, the target is 100%, and the expected trajectory passes through every milestone.
 */
class ProgressPropertiesTest {
    private static final int CASES = 200;
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    /** A random increasing indicator: baseline, target, a few milestones, an as-of date and an actual. */
    private record Case(double baseline, double target, List<double[]> milestones, int targetDays, int asOfDays,
                        double actual) {
        Indicator build(double sign) {
            TestModel.IndicatorBuilder b = indicator("x").baseline(num(sign * baseline), date(0))
                    .target(num(sign * target), date(targetDays));
            for (double[] m : milestones) {
                b.milestone(num(sign * m[1]), date((int) m[0]));
            }
            return b.build();
        }

        LocalDate asOf() {
            return START.plusDays(asOfDays);
        }
    }

    private static Case random(Random r) {
        double baseline = Math.round(r.nextDouble() * 1000) / 10.0;
        double target = baseline + 1 + Math.round(r.nextDouble() * 1000) / 10.0;
        int targetDays = 200 + r.nextInt(2000);
        List<double[]> milestones = new ArrayList<>();
        int count = r.nextInt(3);
        for (int k = 0; k < count; k++) {
            int day = 1 + r.nextInt(targetDays - 1);
            double value = Math.round((baseline + r.nextDouble() * (target - baseline)) * 10) / 10.0;
            milestones.add(new double[] {day, value});
        }
        double actual = Math.round((baseline - 20 + r.nextDouble() * (target - baseline + 40)) * 10) / 10.0;
        return new Case(baseline, target, milestones, targetDays, 1 + r.nextInt(targetDays + 400), actual);
    }

    private static String date(int days) {
        return START.plusDays(days).toString();
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static IndicatorProgress evaluate(Case c, double sign, double actual) {
        Period first = new Period(START, START, "start");
        Period at = new Period(c.asOf(), c.asOf(), "as of");
        return IndicatorRule.evaluate(c.build(sign),
                data().add("x", first, sign * c.baseline()).add("x", at, sign * actual).series("x"),
                ProgressSettings.at(c.asOf()), null);
    }

    @Test
    void aDecreasingIndicatorMirrorsTheIncreasingOne() {
        Random r = new Random(20250630);
        for (int n = 0; n < CASES; n++) {
            Case c = random(r);
            IndicatorProgress up = evaluate(c, 1, c.actual());
            IndicatorProgress down = evaluate(c, -1, c.actual());
            assertEquals(up.progress(), down.progress(), 1e-9, c.toString());
            assertEquals(up.expected(), down.expected(), 1e-9, c.toString());
            assertEquals(up.status(), down.status(), c.toString());
        }
    }

    @Test
    void statusNeverWorsensAsTheActualImproves() {
        Random r = new Random(7);
        for (int n = 0; n < CASES; n++) {
            Case c = random(r);
            double step = (c.target() - c.baseline()) / 40;
            int previous = Integer.MAX_VALUE;
            for (int k = -10; k <= 50; k++) {
                for (double sign : new double[] {1, -1}) {
                    IndicatorProgress p = evaluate(c, sign, c.baseline() + k * step);
                    assertTrue(p.status().isRated(), c.toString());
                    if (sign == 1) {
                        assertTrue(p.status().severity() <= previous, c + " at step " + k);
                        previous = p.status().severity();
                    }
                }
            }
        }
    }

    @Test
    void reachingTheTargetIsOneHundredPercentAndAchieved() {
        Random r = new Random(11);
        for (int n = 0; n < CASES; n++) {
            Case c = random(r);
            for (double sign : new double[] {1, -1}) {
                IndicatorProgress p = evaluate(c, sign, c.target());
                assertEquals(100, p.progress(), 1e-9, c.toString());
                assertEquals(Status.ACHIEVED, p.status(), c.toString());
                assertEquals(0, evaluate(c, sign, c.baseline()).progress(), 1e-9, c.toString());
            }
        }
    }

    @Test
    void theExpectedTrajectoryPassesThroughEveryMilestoneExactly() {
        Random r = new Random(13);
        for (int n = 0; n < CASES; n++) {
            Case c = random(r);
            Indicator indicator = c.build(1);
            List<TrendPoint> milestones = new ArrayList<>();
            for (double[] m : c.milestones()) {
                milestones.add(new TrendPoint(START.plusDays((int) m[0]), null, m[1]));
            }
            Trajectory t = new Trajectory(new TrendPoint(START, null, c.baseline()), milestones,
                    new TrendPoint(START.plusDays(c.targetDays()), null, c.target()), false);
            for (TrendPoint point : t.points()) {
                assertEquals(point.value(), t.valueAt(point.date()), 1e-9, c.toString());
                assertEquals(ProgressRule.progress(point.value(), c.baseline(), c.target()), t.progressAt(point.date()),
                        1e-9, c.toString());
            }
            assertEquals(0, t.progressAt(START), 1e-9);
            assertEquals(100, t.progressAt(START.plusDays(c.targetDays())), 1e-9);
            assertEquals(c.milestones().size() + 2 >= t.points().size(), true, indicator.id());
        }
    }

    @Test
    void expectedProgressNeverFallsOverTimeWhenMilestonesRise() {
        Random r = new Random(17);
        for (int n = 0; n < CASES; n++) {
            Case c = random(r);
            List<double[]> sorted = new ArrayList<>(c.milestones());
            sorted.sort((a, b) -> Double.compare(a[0], b[0]));
            List<TrendPoint> rising = new ArrayList<>();
            double floor = c.baseline();
            for (double[] m : sorted) {
                floor = Math.max(floor, m[1]);
                rising.add(new TrendPoint(START.plusDays((int) m[0]), null, floor));
            }
            Trajectory t = new Trajectory(new TrendPoint(START, null, c.baseline()), rising,
                    new TrendPoint(START.plusDays(c.targetDays()), null, c.target()), false);
            double previous = -1;
            for (int day = -30; day <= c.targetDays() + 30; day += 7) {
                double expected = t.progressAt(START.plusDays(day));
                assertTrue(expected >= previous - 1e-9 && expected >= 0 && expected <= 100 + 1e-9, c.toString());
                previous = expected;
            }
        }
    }
}
