package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class GrowthWithoutStartRuleTest {
    @Test
    void growthWithoutABaselineIsReportedOnce() {
        Checked.text(Indicators.withIndicator("unit count\ngrowth 30% per year\ntarget 800 by 2027"))
                .reportsExactly(Code.GROWTH_WITHOUT_START)
                .reports(Code.GROWTH_WITHOUT_START, "7:5", "`X` grows `30% per year` but has no baseline to grow from");
    }

    @Test
    void compoundingFromZeroIsReported() {
        Checked.text(Indicators.withIndicator("unit count\nbaseline 0 at 2024\ngrowth 20% per year\ntarget 50 by 2027"))
                .reports(Code.GROWTH_WITHOUT_START, "8:5", "from a baseline of 0, which stays 0");
    }

    @Test
    void linearGrowthFromZeroIsNotReported() {
        Checked.text(Indicators.withIndicator("unit count\nbaseline 0 at 2024\ngrowth 20 per year\ntarget 60 by 2027"))
                .reportsNothing();
    }
}
