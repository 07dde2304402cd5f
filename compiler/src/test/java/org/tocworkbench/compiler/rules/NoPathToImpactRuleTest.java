package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class NoPathToImpactRuleTest {
    private static final String BASE = "impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n";

    @Test
    void nodeLinkedToNothingIsReported() {
        Diagnostic d = Checked.text(BASE + "output P1 \"Stockpiles audited\"\n")
                .reports(Code.NO_PATH_TO_IMPACT, "4:8", "`P1` has no path to the impact");
        assertEquals("nothing links to or from it", d.label());
        assertEquals("link it to the result it contributes to, e.g. `P1 -> I`, or remove it", d.help().get(0));
    }

    @Test
    void nodeWhoseLinksLeadElsewhereIsReported() {
        Diagnostic d = Checked.text(BASE + "output P1 \"Audited\"\noutput P2 \"Reported\"\nP1 -> P2\n")
                .reports(Code.NO_PATH_TO_IMPACT, "4:8", "`P1`");
        assertEquals("its links lead nowhere near the impact", d.label());
    }

    @Test
    void nodeOnAPathToTheImpactIsNotReported() {
        Checked.text(BASE + "output P1 \"Trained\"\nA1 -> P1 -> I\n").reportsNothing();
    }

    @Test
    void activityThatReachesNoOutcomeIsLeftToItsOwnRule() {
        Checked.text(BASE + "activity A2 \"Print manuals\"\n")
                .reportsExactly(Code.ACTIVITY_REACHES_NO_OUTCOME);
    }

    @Test
    void nothingIsReportedPerNodeWhenNothingReachesTheImpact() {
        Checked checked = Checked.text("impact I \"Prepared\"\noutput P1 \"a\"\noutput P2 \"b\"\nP1 -> P2\n");
        checked.reportsNo(Code.NO_PATH_TO_IMPACT);
        assertEquals(1, checked.all(Code.IMPACT_UNREACHED).size());
    }
}
