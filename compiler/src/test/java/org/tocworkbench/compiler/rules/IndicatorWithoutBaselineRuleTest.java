package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class IndicatorWithoutBaselineRuleTest {
    @Test
    void indicatorWithoutBaselineIsReportedAtItsIdentifier() {
        Diagnostic d = Checked.text(Indicators.withIndicator("unit percent\ntarget 60% by 2027"))
                .reports(Code.INDICATOR_WITHOUT_BASELINE, "5:13", "indicator `X` has no baseline");
        assertEquals("add `baseline VALUE at DATE`, e.g. `baseline 0 at 2024`", d.help().get(0));
    }

    @Test
    void indicatorWithBaselineIsNotReported() {
        Checked.text(Indicators.withIndicator("unit percent\nbaseline 10% at 2024\ntarget 60% by 2027")).reportsNothing();
    }

    @Test
    void indicatorOfAnAssumptionIsCheckedToo() {
        Checked.text("""
                impact I "Prepared"
                activity A1 "Train"
                A1 -> I { assumes AS1 }
                assumption AS1 "Staff stay" {
                  indicator R "Retention" { target 80% by 2027 }
                }
                """).reports(Code.INDICATOR_WITHOUT_BASELINE, "5:13", "`R`");
    }
}
