package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class MilestoneRangeRuleTest {
    @Test
    void milestoneBeyondTheTargetIsReportedAtItsValue() {
        Checked.text(Indicators.withIndicator("baseline 10% at 2024\nmilestone 75% by 2025\ntarget 60% by 2027"))
                .reports(Code.MILESTONE_OUTSIDE_RANGE, "7:15", "milestone 75% of `X` lies outside baseline 10% to target 60%");
    }

    @Test
    void milestoneBelowTheBaselineOfADecreasingIndicatorIsReported() {
        Checked.text(Indicators.withIndicator("baseline 40 at 2024\nmilestone 10 by 2025\ntarget 20 by 2027"))
                .reports(Code.MILESTONE_OUTSIDE_RANGE, "7:15", "milestone 10");
    }

    @Test
    void milestonesBetweenBaselineAndTargetAreNotReported() {
        Checked.text(Indicators.withIndicator("baseline 40 at 2024\nmilestone 30 by 2025\nmilestone 20 by 2026\ntarget 20 by 2027"))
                .reportsNothing();
    }
}
