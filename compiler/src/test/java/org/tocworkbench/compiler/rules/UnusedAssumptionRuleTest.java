package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class UnusedAssumptionRuleTest {
    private static final String BASE = "impact I \"Prepared\"\nactivity A1 \"Train\"\n";

    @Test
    void assumptionNothingRestsOnIsReported() {
        Diagnostic d = Checked.text(BASE + "A1 -> I\nassumption AS1 \"Clinics release staff\"\n")
                .reports(Code.UNUSED_ASSUMPTION, "4:12", "assumption `AS1` is referenced nowhere");
        assertEquals("attach it to the link it underpins: `A -> B { assumes AS1 }`, or to a whole step: "
                + "`transition output -> outcome assumes AS1`", d.help().get(0));
    }

    @Test
    void assumptionOfATransitionIsUsed() {
        Checked.text(BASE + "A1 -> I\ntransition activity -> impact assumes AS1\nassumption AS1 \"Clinics release staff\"\n")
                .reportsNothing();
    }

    @Test
    void assumptionOfALinkIsUsed() {
        Checked.text(BASE + "A1 -> I { assumes AS1 }\nassumption AS1 \"Clinics release staff\"\n").reportsNothing();
    }

    @Test
    void assumptionOfANodeIsUsed() {
        Checked.text("impact I \"Prepared\" { assumes AS1 }\nactivity A1 \"Train\"\nA1 -> I\n"
                + "assumption AS1 \"Clinics release staff\"\n").reportsNothing();
    }

    @Test
    void assumptionNestedInANodeIsUsedByIt() {
        Checked.text("impact I \"Prepared\" {\n  assumption AS1 \"Clinics release staff\"\n}\nactivity A1 \"Train\"\nA1 -> I\n")
                .reportsNothing();
    }
}
