package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressRuleTest {
    @Test
    void progressIsTheShareOfTheWayFromBaselineToTarget() {
        assertEquals(25, ProgressRule.progress(30, 20, 60));
        assertEquals(0, ProgressRule.progress(20, 20, 60));
        assertEquals(100, ProgressRule.progress(60, 20, 60));
        assertEquals(150, ProgressRule.progress(80, 20, 60));
    }

    @Test
    void aFallIsProgressForAnIndicatorThatShouldDecrease() {
        assertEquals(25, ProgressRule.progress(30, 40, 0));
        assertEquals(-25, ProgressRule.progress(50, 40, 0));
    }

    @Test
    void progressIsUnknownWithoutANumberOrWhenTargetEqualsBaseline() {
        assertTrue(Double.isNaN(ProgressRule.progress(Double.NaN, 0, 1)));
        assertTrue(Double.isNaN(ProgressRule.progress(3, 5, 5)));
    }
}
