package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class DatesOutsidePeriodRuleTest {
    @Test
    void targetAfterThePeriodIsReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027", "baseline 10% at 2024\ntarget 60% by 2029"))
                .reports(Code.DATES_OUTSIDE_PERIOD, "7:5", "`X` has a date (2029) outside the theory's period 2024 to 2027");
    }

    @Test
    void milestoneBeforeThePeriodIsReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027",
                        "baseline 10% at 2022\nmilestone 20% by 2023\ntarget 60% by 2027"))
                .reports(Code.DATES_OUTSIDE_PERIOD, "7:5", "(2023)");
    }

    @Test
    void baselineBeforeThePeriodIsNotReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027", "baseline 10% at 2021\ntarget 60% by 2027"))
                .reportsNothing();
    }

    @Test
    void withoutAPeriodNothingIsOutsideIt() {
        Checked.text(Indicators.withIndicator("baseline 10% at 2024\ntarget 60% by 2040")).reportsNothing();
    }

    @Test
    void quarterEndingOnThePeriodsLastDayIsInside() {
        Checked.text(Indicators.withIndicator("period 2024 to 2027-12", "baseline 10% at 2024\ntarget 60% by 2027-Q4"))
                .reportsNothing();
    }
}
