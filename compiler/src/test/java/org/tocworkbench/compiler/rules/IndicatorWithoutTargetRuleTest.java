package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class IndicatorWithoutTargetRuleTest {
    @Test
    void indicatorWithoutTargetIsReportedAtItsIdentifier() {
        Diagnostic d = Checked.text(Indicators.withIndicator("unit percent\nbaseline 10% at 2024"))
                .reports(Code.INDICATOR_WITHOUT_TARGET, "5:13", "indicator `X` has no target");
        assertEquals("progress needs somewhere to go", d.label());
    }

    @Test
    void indicatorWithTargetIsNotReported() {
        Checked.text(Indicators.withIndicator("baseline 10% at 2024\ntarget 60% by 2027")).reportsNothing();
    }

    @Test
    void anIndicatorThatWatchesAnAssumptionNeedsNoTarget() {
        Checked.text("""
                impact I "Prepared"
                activity A1 "Train"
                A1 -> I { assumes AS1 }
                assumption AS1 "Trained staff stay in post" {
                  indicator AS1_1 "Staff turnover" { unit percent baseline 12% at 2024 }
                }
                """).reportsNo(Code.INDICATOR_WITHOUT_TARGET);
    }

    @Test
    void indicatorWithNeitherGetsBothWarnings() {
        Checked.text(Indicators.withIndicator("unit count"))
                .reportsExactly(Code.INDICATOR_WITHOUT_BASELINE, Code.INDICATOR_WITHOUT_TARGET);
    }
}
