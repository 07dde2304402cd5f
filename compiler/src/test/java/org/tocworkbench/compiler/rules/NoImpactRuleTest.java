package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class NoImpactRuleTest {
    @Test
    void theoryWithoutImpactIsReportedAtItsFirstNode() {
        Checked.text("activity A1 \"Train\"\noutput P1 \"Trained\"\nA1 -> P1\n")
                .reports(Code.NO_IMPACT, "1:10", "the theory has no impact");
    }

    @Test
    void goalCountsAsAnImpact() {
        Checked.text("goal G \"Prepared\"\nactivity A1 \"Train\"\nA1 -> G\n").reportsNothing();
    }

    @Test
    void fileWithNoNodesIsNotReportedAsHavingNoImpact() {
        Checked.text("actor BB \"Backbone\" role backbone\n").reportsNo(Code.NO_IMPACT);
    }
}
