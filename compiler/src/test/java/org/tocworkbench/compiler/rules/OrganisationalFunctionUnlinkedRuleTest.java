package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class OrganisationalFunctionUnlinkedRuleTest {
    private static final String THEORY = """
            actor M1 "Member" role member
            impact I "Change"
            outcome O1 "Members share solutions" horizon short by M1 { functions information-sharing }
            output P1 "Governance charter adopted" by M1 { functions governance }
            O1 -> I
            """;

    @Test
    void anOrganisationalResultLeadingToNoNetworkFunctionIsReported() {
        Checked.text(THEORY + "P1 -> I\n")
                .reports(Code.ORGANISATIONAL_FUNCTION_UNLINKED, "4:8", "output `P1` serves governance");
    }

    @Test
    void aLinkToANetworkFunctionResultEnablesIt() {
        Checked.text(THEORY + "P1 -> O1\n").reportsNo(Code.ORGANISATIONAL_FUNCTION_UNLINKED);
    }

    @Test
    void aResultServingBothKindsIsLinkedByItself() {
        Checked.text(THEORY.replace("functions governance", "functions governance, advocacy") + "P1 -> I\n")
                .reportsNo(Code.ORGANISATIONAL_FUNCTION_UNLINKED);
    }
}
