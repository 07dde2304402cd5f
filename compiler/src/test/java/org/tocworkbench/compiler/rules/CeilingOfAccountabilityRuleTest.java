package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class CeilingOfAccountabilityRuleTest {
    private static String theory(String ceiling, String impactOwnership) {
        return "theory \"T\" { accountability ceiling " + ceiling + " }\n"
                + "actor BB \"Backbone\" role backbone\n"
                + "impact I \"Prepared\" " + impactOwnership + "\n"
                + "activity A1 \"Train\" by BB\n"
                + "outcome O1 \"Clinics respond\" horizon short owner BB { indicator X \"x\" { baseline 1 at 2024 target 2 by 2026 } }\n"
                + "A1 -> O1 -> I\n";
    }

    @Test
    void ownedImpactAboveAHorizonCeilingIsReported() {
        Checked.text(theory("medium", "owner BB"))
                .reports(Code.CLAIM_ABOVE_CEILING, "3:8",
                        "`I` lies above the ceiling of accountability (medium) but is owned by `BB`");
    }

    @Test
    void contributionAboveTheCeilingIsNotAClaim() {
        Checked.text(theory("medium", "by BB")).reportsNo(Code.CLAIM_ABOVE_CEILING);
    }

    @Test
    void ownershipAtOrBelowTheCeilingIsNotReported() {
        Checked.text(theory("short", "by BB")).reportsNo(Code.CLAIM_ABOVE_CEILING);
    }

    @Test
    void ceilingCanBeANode() {
        Checked.text(theory("O1", "owner BB")).reports(Code.CLAIM_ABOVE_CEILING, "3:8", "(O1)");
    }

    @Test
    void ceilingThatIsNeitherAHorizonNorANodeIsReported() {
        Checked.text(theory("O9", "by BB"))
                .reports(Code.UNDEFINED_NAME, "1:37", "the ceiling of accountability `O9` is neither a horizon nor a node");
    }
}
