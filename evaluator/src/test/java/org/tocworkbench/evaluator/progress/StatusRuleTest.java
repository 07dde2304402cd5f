package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatusRuleTest {
    private static final StatusBands BANDS = StatusBands.DEFAULT;

    @Test
    void reachingTheTargetIsAchievedWhateverTheDate() {
        assertEquals(Status.ACHIEVED, StatusRule.status(100, 20, BANDS));
        assertEquals(Status.ACHIEVED, StatusRule.status(130, 100, BANDS));
    }

    @Test
    void withinTenPointsOfExpectedIsOnTrack() {
        assertEquals(Status.ON_TRACK, StatusRule.status(40, 50, BANDS));
        assertEquals(Status.ON_TRACK, StatusRule.status(80, 50, BANDS));
    }

    @Test
    void withinTwentyFivePointsIsAtRiskAndBeyondOffTrack() {
        assertEquals(Status.AT_RISK, StatusRule.status(39.9, 50, BANDS));
        assertEquals(Status.AT_RISK, StatusRule.status(25, 50, BANDS));
        assertEquals(Status.OFF_TRACK, StatusRule.status(24.9, 50, BANDS));
        assertEquals(Status.OFF_TRACK, StatusRule.status(-10, 20, BANDS));
    }

    @Test
    void bandsAreConfigurable() {
        StatusBands strict = new StatusBands(5, 10, 5);
        assertEquals(Status.AT_RISK, StatusRule.status(44, 50, strict));
        assertEquals(Status.OFF_TRACK, StatusRule.status(39, 50, strict));
    }

    @Test
    void bandsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new StatusBands(30, 20, 5));
        assertThrows(IllegalArgumentException.class, () -> new StatusBands(-1, 20, 5));
        assertThrows(IllegalArgumentException.class, () -> new StatusBands(10, 20, 0));
    }

    @Test
    void aMaintainedLevelHoldsWithinItsTolerance() {
        assertEquals(Status.ON_TRACK, StatusRule.maintained(77, 80, false, BANDS));
        assertEquals(Status.ACHIEVED, StatusRule.maintained(84, 80, true, BANDS));
        assertEquals(Status.AT_RISK, StatusRule.maintained(73, 80, false, BANDS));
        assertEquals(Status.OFF_TRACK, StatusRule.maintained(71, 80, false, BANDS));
        assertEquals(Status.OFF_TRACK, StatusRule.maintained(89, 80, true, BANDS));
    }

    @Test
    void holdingZeroMeansZero() {
        assertEquals(Status.ON_TRACK, StatusRule.maintained(0, 0, false, BANDS));
        assertEquals(Status.OFF_TRACK, StatusRule.maintained(1, 0, false, BANDS));
    }

    @Test
    void theWorstStatusIgnoresMissingRatingsUnlessThereIsNothingElse() {
        assertEquals(Status.AT_RISK, Status.worstOf(java.util.List.of(Status.ON_TRACK, Status.NO_DATA, Status.AT_RISK)));
        assertEquals(Status.NO_DATA, Status.worstOf(java.util.List.of(Status.NOT_STARTED, Status.NO_DATA)));
        assertEquals(Status.NOT_STARTED, Status.worstOf(java.util.List.of(Status.NOT_STARTED, Status.NOT_RATED)));
        assertEquals(Status.NOT_RATED, Status.worstOf(java.util.List.of()));
    }
}
