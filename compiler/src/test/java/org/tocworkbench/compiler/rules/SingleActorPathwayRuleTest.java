package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class SingleActorPathwayRuleTest {
    private static final String ACTORS = """
            actor BB "Backbone" role backbone
            actor M1 "Member" role member
            impact I "Prepared"
            """;

    @Test
    void pathwayCarriedByOneActorIsReported() {
        Checked.text(ACTORS + "activity A1 \"Train\" by BB\noutput P1 \"Trained\" owner BB\nA1 -> P1 -> I\n"
                        + "pathway \"Training\" { A1 -> P1 -> I }\nP1 -> I { rationale \"x\" }\nactivity A2 \"x\" by M1\nA2 -> I\n")
                .reports(Code.SINGLE_ACTOR_PATHWAY, "7:1", "pathway \"Training\" rests on a single actor, `BB`");
    }

    @Test
    void pathwayWithTwoActorsIsNotReported() {
        Checked.text(ACTORS + "activity A1 \"Train\" by BB\noutput P1 \"Trained\" by M1\nA1 -> P1 -> I\n"
                + "pathway \"Training\" { A1 -> P1 -> I }\n").reportsNo(Code.SINGLE_ACTOR_PATHWAY);
    }

    @Test
    void oneNodeWithAnActorIsNotEnoughToJudge() {
        Checked.text(ACTORS + "activity A1 \"Train\" by BB\noutput P1 \"Trained\"\nA1 -> P1 -> I\n"
                + "pathway \"Training\" { A1 -> P1 -> I }\nactivity A2 \"x\" by M1\nA2 -> I\n")
                .reportsNo(Code.SINGLE_ACTOR_PATHWAY);
    }
}
