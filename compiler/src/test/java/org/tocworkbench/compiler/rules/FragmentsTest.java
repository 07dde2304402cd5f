package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Severity;

/**
 * Indicator frameworks, partial theories and theories under construction check with warnings at
 * most (issue 12): no rule reports an error for what is unfinished, only for what is wrong.
 */
class FragmentsTest {
    private static void checksWithoutError(String text) {
        Checked checked = Checked.text(text);
        assertTrue(checked.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), checked::human);
    }

    @Test
    void impactLevelResultsWithIndicatorsAndNoLinks() {
        checksWithoutError("""
                impact T6_1 "By 2030, achieve universal and equitable access to safe and affordable drinking water" {
                    indicator I6_1_1 "Proportion of population using safely managed drinking water services" { unit percent }
                }
                impact T6_2 "By 2030, achieve access to adequate and equitable sanitation and hygiene for all" {
                    indicator I6_2_1 "Proportion of population using safely managed sanitation services" { unit percent }
                }
                """);
    }

    @Test
    void outcomesWithIndicatorsAndNoLinksNorImpact() {
        checksWithoutError("""
                outcome O1 "Farmers adopt drought-tolerant seed" { indicator O1_1 "Farmers using the seed" { unit count } }
                outcome O2 "Yields hold in dry years" { indicator O2_1 "Yield in dry years" { unit ratio } }
                """);
    }

    /** A chain under construction: the outcome is not yet linked to what leads to it. */
    private static final String UNFINISHED = """
            impact I "Girls learn"
            outcome O1 "Girls attend school"
            output P1 "Classrooms built"
            activity A1 "Build classrooms"
            A1 -> P1
            """;

    @Test
    void anImpactNotYetReachedAndResultsNotYetLinked() {
        checksWithoutError(UNFINISHED);
    }

    @Test
    void aDeclaredPathwayNotYetConnected() {
        checksWithoutError(UNFINISHED + "O1 -> I\npathway \"Schooling\" { members A1, P1, O1, I }\n");
    }

    @Test
    void aChainThatStopsAtALongTermOutcomeWithAnUnlinkedIntervention() {
        checksWithoutError("""
                outcome LT "Long-term employment at a livable wage" horizon long
                precondition P1 "Marketable skills"
                intervention INT "Outreach campaign"
                P1 -> LT
                """);
    }

    @Test
    void aCycleIsStillAnError() {
        Checked checked = Checked.text("outcome A \"A\"\noutcome B \"B\"\nA -> B\nB -> A\n");
        assertTrue(checked.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR), checked::human);
    }
}
