package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class ImpactUnreachedRuleTest {
    @Test
    void impactThatNothingLeadsToIsReportedWithALinkToSuggest() {
        Diagnostic d = Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\noutput P1 \"Trained\"\nA1 -> P1\n")
                .reports(Code.IMPACT_UNREACHED, "1:8", "nothing leads to the impact `I`");
        assertEquals("link the long-term outcomes to it, e.g. `P1 -> I`", d.help().get(0));
    }

    @Test
    void impactWithALinkIntoItIsNotReported() {
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n").reportsNo(Code.IMPACT_UNREACHED);
    }

    @Test
    void isAWarningSoThatATheoryUnderConstructionChecks() {
        Diagnostic d = Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\noutput P1 \"Trained\"\nA1 -> P1\n")
                .reports(Code.IMPACT_UNREACHED, "1:8", "nothing leads");
        assertEquals(org.tocworkbench.compiler.diagnostics.Severity.WARNING, d.severity());
    }

    @Test
    void anIndicatorFrameworkWithoutLinksIsNotReported() {
        Checked.text("impact T1 \"By 2030, safe water for all\" {\n  indicator I1 \"Share using safe water\" { unit percent }\n}\n"
                + "impact T2 \"By 2030, sanitation for all\" {\n  indicator I2 \"Share using safe sanitation\" { unit percent }\n}\n")
                .reportsNo(Code.IMPACT_UNREACHED).reportsNo(Code.NO_PATH_TO_IMPACT);
    }

    @Test
    void impactAloneIsNotReported() {
        Checked.text("impact I \"Prepared\"\n").reportsNothing();
    }

    @Test
    void eachUnreachedImpactIsReported() {
        Checked checked = Checked.text("impact I \"Prepared\"\nimpact J \"Resilient\"\nactivity A1 \"Train\"\nA1 -> I\n");
        checked.reports(Code.IMPACT_UNREACHED, "2:8", "`J`");
        assertEquals(1, checked.all(Code.IMPACT_UNREACHED).size());
    }
}
