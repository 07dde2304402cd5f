package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class ActorWithoutContributionRuleTest {
    @Test
    void actorNamedNowhereIsReported() {
        Checked.text("actor FD \"Foundation\" role funder\nimpact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n")
                .reports(Code.ACTOR_WITHOUT_CONTRIBUTION, "1:7", "actor `FD` contributes to nothing");
    }

    @Test
    void contributorOwnerAndResponsibleActorsAreNotReported() {
        Checked.text("""
                actor BB "Backbone" role backbone
                actor M1 "Member" role member
                actor MOH "Ministry" role partner
                impact I "Prepared" owner M1
                activity A1 "Train" by BB {
                  indicator X "Sessions" { baseline 0 at 2024 target 10 by 2026 responsible MOH }
                }
                A1 -> I
                """).reportsNothing();
    }

    @Test
    void boundaryPartnersAreInfluencedNotContributors() {
        Checked.text("actor MP \"Parliamentarians\" role boundary-partner\nimpact I \"Prepared\"\nactivity A1 \"Brief\"\n"
                + "A1 -> I\n").reportsNo(Code.ACTOR_WITHOUT_CONTRIBUTION);
    }
}
