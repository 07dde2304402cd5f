package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class BackwardLinkRuleTest {
    private static final String OUTCOMES = """
            impact I "Prepared"
            activity A1 "Train"
            output P1 "Trained"
            outcome S "Clinics respond" horizon short
            outcome L "Outbreaks contained" horizon long
            outcome N "Trust grows"
            A1 -> P1 -> S -> L -> I
            """;

    @Test
    void linkFromLongToShortTermOutcomeIsReported() {
        Diagnostic d = Checked.text(OUTCOMES + "L -> S\n").reports(Code.BACKWARD_LINK, "8:1",
                "`L -> S` runs backwards: a long-term outcome leads to a short-term outcome");
        assertEquals("reverse it (`S -> L`), correct a horizon, or mark it `feedback`", d.help().get(0));
    }

    @Test
    void linkFromAnOutputToAnActivityIsReported() {
        Checked.text(OUTCOMES + "P1 -> A1\n")
                .reports(Code.BACKWARD_LINK, "8:1", "an output leads to an activity");
    }

    @Test
    void linkFromTheImpactIsReported() {
        Checked.text(OUTCOMES + "I -> S\n").reports(Code.BACKWARD_LINK, "8:1", "an impact leads to a short-term outcome");
    }

    @Test
    void feedbackLinkRunningBackwardsIsNotReported() {
        Checked.text(OUTCOMES + "L -> S feedback\n").reportsNo(Code.BACKWARD_LINK);
    }

    @Test
    void outcomesWithoutAHorizonAreNotJudgedAgainstOtherOutcomes() {
        Checked.text(OUTCOMES + "N -> S\nL -> N\n").reportsNo(Code.BACKWARD_LINK);
    }

    @Test
    void outcomeWithoutAHorizonLeadingToAnOutputIsStillReported() {
        Checked.text(OUTCOMES + "N -> P1\n").reports(Code.BACKWARD_LINK, "8:1", "an outcome leads to an output");
    }

    @Test
    void forwardLinksAreNotReported() {
        Checked.text(OUTCOMES + "A1 -> S\nS -> N\n").reportsNo(Code.BACKWARD_LINK);
    }
}
