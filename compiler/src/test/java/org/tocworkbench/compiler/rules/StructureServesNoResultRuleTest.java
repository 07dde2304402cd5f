package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class StructureServesNoResultRuleTest {
    private static final String THEORY = """
            actor M1 "Member" role member
            structure WG "Advocacy working group" kind working-group { serves advocacy  members M1 }
            impact I "Change"
            """;

    @Test
    void aStructureNoResultNamesIsReported() {
        Checked.text(THEORY + "output P1 \"Briefs\" by M1\nP1 -> I\n")
                .reports(Code.STRUCTURE_SERVES_NO_RESULT, "2:11", "structure `WG` serves no result");
    }

    @Test
    void aStructureNamedAsContributorOrOwnerServes() {
        Checked.text(THEORY + "output P1 \"Briefs\" by M1, WG\nP1 -> I\n").reportsNo(Code.STRUCTURE_SERVES_NO_RESULT);
        Checked.text(THEORY + "output P1 \"Briefs\" owner WG\nP1 -> I\n").reportsNo(Code.STRUCTURE_SERVES_NO_RESULT);
    }

    @Test
    void theStructureIsNotAlsoReportedAsAnActorContributingNothing() {
        Checked.text(THEORY + "output P1 \"Briefs\" by M1\nP1 -> I\n").reportsNo(Code.ACTOR_WITHOUT_CONTRIBUTION);
    }
}
