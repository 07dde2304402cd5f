package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class DateOrderRuleTest {
    @Test
    void targetDueBeforeTheBaselineIsReportedAtTheTarget() {
        Diagnostic d = Checked.text(Indicators.withIndicator("baseline 10% at 2027\ntarget 60% by 2026"))
                .reports(Code.DATES_OUT_OF_ORDER, "7:5", "the target of `X` is due 2026, not after its baseline (2027)");
        assertEquals("target date not after the baseline date", d.label());
    }

    @Test
    void targetDueWithTheBaselineIsReported() {
        Checked.text(Indicators.withIndicator("baseline 10% at 2026-06\ntarget 60% by 2026-06"))
                .reports(Code.DATES_OUT_OF_ORDER, "7:5", "not after its baseline");
    }

    @Test
    void milestoneBeforeTheBaselineIsReported() {
        Checked.text(Indicators.withIndicator("baseline 10% at 2025\nmilestone 30% by 2024-Q4\ntarget 60% by 2027"))
                .reports(Code.DATES_OUT_OF_ORDER, "7:5", "milestone of `X` due 2024-Q4 is not after the baseline (2025)");
    }

    @Test
    void milestoneBeforeThePreviousMilestoneIsReported() {
        Checked.text(Indicators.withIndicator(
                        "baseline 10% at 2024\nmilestone 30% by 2026\nmilestone 40% by 2025\ntarget 60% by 2027"))
                .reports(Code.DATES_OUT_OF_ORDER, "8:5", "is not after the milestone before it (2026)");
    }

    @Test
    void milestoneAfterTheTargetIsReported() {
        Checked.text(Indicators.withIndicator("baseline 10% at 2024\nmilestone 30% by 2028\ntarget 60% by 2027"))
                .reports(Code.DATES_OUT_OF_ORDER, "7:5", "comes after the target (2027)");
    }

    @Test
    void periodThatEndsBeforeItStartsIsReported() {
        Diagnostic d = Checked.text(Indicators.withIndicator("period 2028 to 2024", "baseline 1 at 2024\ntarget 2 by 2026"))
                .reports(Code.DATES_OUT_OF_ORDER, "1:14", "the theory's period ends before it starts");
        assertEquals("write the start first: `period 2024 to 2028`", d.help().get(0));
    }

    @Test
    void datesInOrderAreNotReported() {
        Checked.text(Indicators.withIndicator("period 2024 to 2028",
                "baseline 10% at 2024-03-31\nmilestone 30% by 2025-Q2\nmilestone 45% by 2026-01\ntarget 60% by 2027"))
                .reportsNothing();
    }
}
