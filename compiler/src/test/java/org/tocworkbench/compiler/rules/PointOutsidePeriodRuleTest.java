package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class PointOutsidePeriodRuleTest {
    @Test
    void pointAfterThePeriodIsReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027 point endline at 2028-03", "unit percent\nbaseline 10% at start\ntarget 60% by endline"))
                .reports(Code.POINT_OUTSIDE_PERIOD, "1:34", "evaluation point `endline` (2028-03) is after the theory's period 2024 to 2027");
    }

    @Test
    void pointBeforeThePeriodIsReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027 point baseline at 2023-11", "unit percent\nbaseline 10% at baseline\ntarget 60% by end"))
                .reports(Code.POINT_OUTSIDE_PERIOD, "1:34", "is before the theory's period");
    }

    @Test
    void pointsWithinThePeriodAndProjectYearsAreNotReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027 point midterm at year 2 point endline at 2027-12",
                        "unit percent\nbaseline 10% at start\nmilestone 30% by midterm\ntarget 60% by endline"))
                .reportsNothing();
    }

    @Test
    void withoutAPeriodNoPointIsOutsideIt() {
        Checked.text(Indicators.withIndicator("point endline at 2040", "unit percent\nbaseline 10% at 2024\ntarget 60% by endline"))
                .reportsNothing();
    }
}
