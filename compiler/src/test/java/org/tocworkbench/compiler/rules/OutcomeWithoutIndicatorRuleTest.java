package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class OutcomeWithoutIndicatorRuleTest {
    private static final String BASE = "impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> O1 -> I\n";

    @Test
    void outcomeWithoutIndicatorIsReported() {
        Diagnostic d = Checked.text(BASE + "outcome O1 \"Clinics respond\" horizon short\n")
                .reports(Code.OUTCOME_WITHOUT_INDICATOR, "4:9", "outcome `O1` has no indicator");
        assertEquals("nothing measures this outcome", d.label());
    }

    @Test
    void outcomeWithANestedIndicatorIsNotReported() {
        Checked.text(BASE + "outcome O1 \"Clinics respond\" { indicator X \"x\" { baseline 1 at 2024 target 2 by 2026 } }\n")
                .reportsNothing();
    }

    @Test
    void outcomeMeasuredByATopLevelIndicatorIsNotReported() {
        Checked.text(BASE + "outcome O1 \"Clinics respond\"\nindicator X \"x\" for O1 { baseline 1 at 2024 target 2 by 2026 }\n")
                .reportsNothing();
    }

    @Test
    void preconditionsAndOutputsNeedNoIndicator() {
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\noutput P1 \"Trained\"\nprecondition C1 \"Law\"\n"
                + "A1 -> P1 -> C1 -> I\n").reportsNothing();
    }
}
