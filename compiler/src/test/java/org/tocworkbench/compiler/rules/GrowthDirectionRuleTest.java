package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class GrowthDirectionRuleTest {
    @Test
    void risingGrowthOnADecreasingIndicatorIsReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027", "unit count\ndirection decrease\nbaseline 400 at start\ngrowth 10% per year"))
                .reports(Code.GROWTH_AGAINST_DIRECTION, "9:5", "`growth 10% per year` makes `X` rise, but it should decrease");
    }

    @Test
    void decliningGrowthAgainstATargetAboveTheBaselineIsReported() {
        Checked.text(Indicators.withIndicator("unit count\nbaseline 400 at 2024\ntarget 600 by 2027\ngrowth -5 per quarter"))
                .reports(Code.GROWTH_AGAINST_DIRECTION, "9:5", "makes `X` fall, but it should increase");
    }

    @Test
    void anyGrowthOnAMaintainedIndicatorIsReported() {
        Checked.text(Indicators.withIndicator("unit count\ndirection maintain\nbaseline 400 at 2024\ntarget 400 by 2027\ngrowth 2% per year"))
                .reports(Code.GROWTH_AGAINST_DIRECTION, "10:5", "it should stay stable");
    }

    @Test
    void aNegativeRateOnADecreasingIndicatorIsNotReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027", "unit count\ndirection decrease\nbaseline 400 at start\ngrowth -10% per year"))
                .reportsNothing();
    }
}
