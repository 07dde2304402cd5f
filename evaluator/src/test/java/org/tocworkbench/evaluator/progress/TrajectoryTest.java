package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryTest {
    private static final TrendPoint BASE = new TrendPoint(LocalDate.of(2024, 1, 1), "2024-01-01", 0);
    private static final TrendPoint TARGET = new TrendPoint(LocalDate.of(2024, 1, 11), "2024-01-11", 100);

    @Test
    void expectedProgressIsLinearFromBaselineToTarget() {
        Trajectory t = new Trajectory(BASE, List.of(), TARGET, false);
        assertEquals(30, t.progressAt(LocalDate.of(2024, 1, 4)), 1e-9);
        assertEquals(30, t.valueAt(LocalDate.of(2024, 1, 4)), 1e-9);
    }

    @Test
    void expectedProgressIsFlatBeforeTheBaselineAndAfterTheTarget() {
        Trajectory t = new Trajectory(BASE, List.of(), TARGET, false);
        assertEquals(0, t.progressAt(LocalDate.of(2023, 6, 1)));
        assertEquals(100, t.progressAt(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void theTrajectoryBendsAtAMilestone() {
        TrendPoint milestone = new TrendPoint(LocalDate.of(2024, 1, 3), "m", 60);
        Trajectory t = new Trajectory(BASE, List.of(milestone), TARGET, false);
        assertEquals(30, t.progressAt(LocalDate.of(2024, 1, 2)), 1e-9);
        assertEquals(60, t.progressAt(LocalDate.of(2024, 1, 3)), 1e-9);
        assertEquals(65, t.progressAt(LocalDate.of(2024, 1, 4)), 1e-9);
    }

    @Test
    void milestonesOutsideTheBaselineToTargetSpanAreLeftOut() {
        TrendPoint early = new TrendPoint(LocalDate.of(2023, 1, 1), "early", 80);
        TrendPoint late = new TrendPoint(LocalDate.of(2025, 1, 1), "late", 10);
        Trajectory t = new Trajectory(BASE, List.of(early, late), TARGET, false);
        assertEquals(List.of(BASE, TARGET), t.points());
    }

    @Test
    void aStepwiseTrajectoryExpectsNothingUntilTheTargetDate() {
        Trajectory t = new Trajectory(BASE, List.of(), TARGET, true);
        assertEquals(0, t.progressAt(LocalDate.of(2024, 1, 10)));
        assertEquals(100, t.progressAt(LocalDate.of(2024, 1, 11)));
    }

    @Test
    void aDecreasingTrajectoryIsExpressedAsProgressTowardsTheLowerTarget() {
        Trajectory t = new Trajectory(new TrendPoint(BASE.date(), null, 40), List.of(),
                new TrendPoint(TARGET.date(), null, 20), false);
        assertEquals(36, t.valueAt(LocalDate.of(2024, 1, 3)), 1e-9);
        assertEquals(20, t.progressAt(LocalDate.of(2024, 1, 3)), 1e-9);
    }
}
