package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class HighRiskUntestedAssumptionRuleTest {
    private static final String BASE = "impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I { assumes AS1 }\n";

    @Test
    void highRiskAssumptionWithNothingToTestItIsReported() {
        Checked.text(BASE + "assumption AS1 \"Staff stay\" { risk high }\n")
                .reports(Code.HIGH_RISK_UNTESTED, "4:12", "high-risk assumption `AS1` has no evidence and no indicator");
    }

    @Test
    void evidenceIsEnough() {
        Checked.text(BASE + "assumption AS1 \"Staff stay\" {\n  risk high\n  evidence \"Retention survey\" date 2025\n}\n")
                .reportsNothing();
    }

    @Test
    void anIndicatorIsEnough() {
        Checked.text(BASE + "assumption AS1 \"Staff stay\" {\n  risk high\n"
                + "  indicator R \"Retention\" { baseline 80% at 2024 target 85% by 2026 }\n}\n").reportsNothing();
    }

    @Test
    void aStatusOtherThanUntestedIsEnough() {
        Checked.text(BASE + "assumption AS1 \"Staff stay\" { risk high status supported }\n").reportsNothing();
    }

    @Test
    void lowerRisksAreNotReported() {
        Checked.text(BASE + "assumption AS1 \"Staff stay\" { risk medium }\n").reportsNothing();
    }
}
