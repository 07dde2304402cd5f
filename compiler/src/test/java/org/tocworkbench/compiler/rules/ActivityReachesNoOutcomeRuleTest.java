package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class ActivityReachesNoOutcomeRuleTest {
    @Test
    void activityLeadingOnlyToAnOutputIsReportedWithAnOutcomeToLinkTo() {
        Diagnostic d = Checked.text("""
                impact I "Prepared"
                outcome O1 "Clinics respond" { indicator O1_1 "x" { baseline 1 at 2024 target 2 by 2026 } }
                activity A1 "Train"
                activity A2 "Print manuals"
                output P1 "Manuals printed"
                A1 -> O1 -> I
                A2 -> P1
                """).reports(Code.ACTIVITY_REACHES_NO_OUTCOME, "4:10", "activity `A2` reaches no outcome");
        assertEquals("link it to the output or outcome it produces, e.g. `A2 -> O1`", d.help().get(0));
    }

    @Test
    void activityReachingAnOutcomeThroughAnOutputIsNotReported() {
        Checked.text("""
                impact I "Prepared"
                outcome O1 "Clinics respond" { indicator O1_1 "x" { baseline 1 at 2024 target 2 by 2026 } }
                activity A1 "Train"
                output P1 "Trained"
                A1 -> P1 -> O1 -> I
                """).reportsNothing();
    }

    @Test
    void activityReachingAPreconditionIsNotReported() {
        Checked.text("impact I \"Prepared\"\nprecondition C1 \"Law passed\"\nactivity A1 \"Lobby\"\nA1 -> C1 -> I\n")
                .reportsNo(Code.ACTIVITY_REACHES_NO_OUTCOME);
    }

    @Test
    void activityLinkedStraightToTheImpactIsNotReported() {
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n").reportsNothing();
    }

    @Test
    void interventionIsAnActivity() {
        Checked.text("impact I \"Prepared\"\nintervention A1 \"Train\"\nA1 -> I\nintervention A2 \"Idle\"\n")
                .reports(Code.ACTIVITY_REACHES_NO_OUTCOME, "4:14", "`A2`");
    }
}
