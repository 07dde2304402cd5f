package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class TargetDirectionRuleTest {
    @Test
    void targetAboveTheBaselineOfADecreasingIndicatorIsReportedAtTheTarget() {
        Diagnostic d = Checked.text(Indicators.withIndicator("direction decrease\nbaseline 21 at 2024\ntarget 30 by 2027"))
                .reports(Code.TARGET_AGAINST_DIRECTION, "8:12",
                        "the target of `X` is not below its baseline, but its direction is `decrease`");
        assertEquals("baseline 21, target 30", d.label());
    }

    @Test
    void targetBelowTheBaselineOfAnIncreasingIndicatorIsReported() {
        Checked.text(Indicators.withIndicator("direction up\nbaseline 50% at 2024\ntarget 40% by 2027"))
                .reports(Code.TARGET_AGAINST_DIRECTION, "8:12", "is not above its baseline, but its direction is `increase`");
    }

    @Test
    void changedTargetOfAMaintainedIndicatorIsReported() {
        Checked.text(Indicators.withIndicator("direction maintain\nbaseline 85% at 2024\ntarget 90% by 2027"))
                .reports(Code.TARGET_AGAINST_DIRECTION, "8:12", "is not equal to its baseline");
    }

    @Test
    void targetInTheDirectionGivenIsNotReported() {
        Checked.text(Indicators.withIndicator("direction decrease\nbaseline 21 at 2024\ntarget 14 by 2027"))
                .reportsNothing();
    }

    @Test
    void inferredDirectionIsNeverAgainstItsOwnTarget() {
        Checked.text(Indicators.withIndicator("baseline 21 at 2024\ntarget 30 by 2027")).reportsNothing();
    }

    @Test
    void scaleLabelsAreComparedByTheirPlaceInTheScale() {
        Checked.text(Indicators.withIndicator(
                        "unit scale \"none\", \"basic\", \"advanced\"\ndirection increase\nbaseline \"advanced\" at 2024\n"
                                + "target \"basic\" by 2027"))
                .reports(Code.TARGET_AGAINST_DIRECTION, "9:12", "is not above its baseline");
    }
}
