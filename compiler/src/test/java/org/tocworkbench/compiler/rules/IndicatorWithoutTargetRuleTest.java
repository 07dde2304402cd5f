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
    void indicatorWithNeitherGetsBothWarnings() {
        Checked.text(Indicators.withIndicator("unit count"))
                .reportsExactly(Code.INDICATOR_WITHOUT_BASELINE, Code.INDICATOR_WITHOUT_TARGET);
    }
}
