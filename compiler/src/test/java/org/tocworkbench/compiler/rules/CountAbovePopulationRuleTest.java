package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class CountAbovePopulationRuleTest {
    @Test
    void aTargetAboveThePopulationIsReported() {
        Checked.text(Indicators.withIndicator("unit count\npopulation 1200\nbaseline 240 at 2024\ntarget 1500 by 2027"))
                .reports(Code.COUNT_ABOVE_POPULATION, "9:12", "`1500` is more than the population of `X` (1200)");
    }

    @Test
    void aShareAboveTheWholeIsAUnitProblem() {
        Checked.text(Indicators.withIndicator("unit count\npopulation 1200\nbaseline 20% at 2024\ntarget 120% by 2027"))
                .reportsExactly(Code.VALUE_UNFIT_FOR_UNIT, Code.COUNT_ABOVE_POPULATION);
    }

    @Test
    void sharesAndCountsWithinThePopulationAreNotReported() {
        Checked.text(Indicators.withIndicator("unit count \"households\"\npopulation 1200 \"households\"\nbaseline 20% at 2024"
                        + "\nmilestone 600 by 2026\ntarget 80% by 2027"))
                .reportsNothing();
    }
}
