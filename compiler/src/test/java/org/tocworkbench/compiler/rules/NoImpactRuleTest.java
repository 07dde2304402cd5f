package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Severity;

class NoImpactRuleTest {
    @Test
    void theoryWithoutImpactIsANoteAtTheTopOfItsChain() {
        Diagnostic d = Checked.text("activity A1 \"Train\"\noutput P1 \"Trained\"\nA1 -> P1\n")
                .reports(Code.NO_IMPACT, "2:8", "the theory has no impact; the top of its chain is `P1`");
        assertEquals(Severity.INFO, d.severity());
    }

    @Test
    void theoryThatStopsAtALongTermOutcomeChecksWithoutErrorOrWarning() {
        Checked checked = Checked.text("outcome LT \"Long-term employment\" horizon long\n"
                + "precondition P1 \"Marketable skills\"\nprecondition P2 \"Coping skills\"\nP1, P2 -> LT\n");
        checked.reports(Code.NO_IMPACT, "1:9", "the top of its chain is `LT`");
        assertTrue(checked.diagnostics().stream().allMatch(x -> x.severity() == Severity.INFO
                || x.code() == Code.OUTCOME_WITHOUT_INDICATOR), checked::human);
    }

    @Test
    void theTopsOfSeveralChainsAreNamed() {
        Checked.text("outcome A \"A\" horizon long\noutcome B \"B\" horizon long\noutput P \"P\"\nP -> A, B\n")
                .reports(Code.NO_IMPACT, "1:9", "the top of its chain is `A`, `B`");
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
