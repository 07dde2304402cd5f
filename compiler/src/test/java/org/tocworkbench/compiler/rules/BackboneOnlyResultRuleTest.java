package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Severity;

class BackboneOnlyResultRuleTest {
    private static final String ACTORS = """
            actor SEC "Secretariat" role backbone
            actor SEC2 "Regional office" role backbone
            actor M1 "Member" role member
            impact I "Change"
            """;

    @Test
    void aNetworkFunctionResultOnlyTheBackboneDeliversIsANote() {
        var d = Checked.text(ACTORS + "output P1 \"Briefs\" by SEC owner SEC2 { functions advocacy }\nP1 -> I\n")
                .reports(Code.BACKBONE_ONLY_RESULT, "5:8", "only the backbone (SEC, SEC2)");
        assertEquals(Severity.INFO, d.severity());
    }

    @Test
    void anOwnerAloneCountsAsTheSoleDeliverer() {
        Checked.text(ACTORS + "output P1 \"Briefs\" owner SEC { functions advocacy }\nP1 -> I\n")
                .reports(Code.BACKBONE_ONLY_RESULT, "5:8", "output `P1`");
    }

    @Test
    void aMemberContributingOrOrganisationalWorkIsNotReported() {
        Checked.text(ACTORS + "output P1 \"Briefs\" by M1 owner SEC { functions advocacy }\nP1 -> I\n")
                .reportsNo(Code.BACKBONE_ONLY_RESULT);
        Checked.text(ACTORS + "output P1 \"Accounts\" by SEC { functions operations }\nP1 -> I\n")
                .reportsNo(Code.BACKBONE_ONLY_RESULT);
        Checked.text(ACTORS + "output P1 \"Briefs\" { functions advocacy }\nP1 -> I\n")
                .reportsNo(Code.BACKBONE_ONLY_RESULT);
    }
}
