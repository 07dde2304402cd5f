package org.tocworkbench.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.progress.AssumptionProgress.Outlook;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.InconsistentLink;
import org.tocworkbench.evaluator.progress.PathwayProgress;
import org.tocworkbench.evaluator.progress.Status;

/** The whole evaluation of the test theory, against figures worked out by hand (docs/progress.md). */
class NutritionNetworkEvaluationTest {
    private static final Evaluation E = NutritionNetworkFixture.evaluation();

    private static IndicatorProgress indicator(String id) {
        return E.indicators().get(id);
    }

    @Test
    void everyIndicatorHasTheStatusWorkedOutByHand() {
        Map<String, Status> expected = new LinkedHashMap<>();
        expected.put("stunting", Status.AT_RISK);
        expected.put("budget", Status.ON_TRACK);
        expected.put("bf_rate", Status.ON_TRACK);
        expected.put("budget_line", Status.OFF_TRACK);
        expected.put("counselling", Status.ON_TRACK);
        expected.put("demand", Status.ON_TRACK);
        expected.put("champions", Status.OFF_TRACK);
        expected.put("confidence", Status.AT_RISK);
        expected.put("groups_active", Status.ON_TRACK);
        expected.put("data_use", Status.NO_DATA);
        expected.put("stories", Status.ON_TRACK);
        expected.put("leadership", Status.ON_TRACK);
        expected.put("briefs", Status.ON_TRACK);
        expected.put("bt_reports", Status.AT_RISK);
        expected.put("curriculum", Status.ACHIEVED);
        expected.put("trained", Status.ON_TRACK);
        expected.put("groups_formed", Status.ON_TRACK);
        expected.put("platform_users", Status.ON_TRACK);
        expected.put("fellows", Status.ON_TRACK);
        expected.put("learning", Status.NOT_RATED);
        expected.put("demos", Status.NOT_STARTED);
        expected.put("stockouts", Status.OFF_TRACK);
        expected.put("attrition", Status.AT_RISK);
        Map<String, Status> actual = new LinkedHashMap<>();
        E.indicators().forEach((id, p) -> actual.put(id, p.status()));
        assertEquals(expected, actual);
    }

    @Test
    void theStuntingRateWorkedExample() {
        IndicatorProgress p = indicator("stunting");
        assertEquals(30.2, p.actual());
        assertEquals(11.43, p.progress(), 0.005);
        assertEquals(32.07, p.expected(), 0.005);
    }

    @Test
    void theCounsellingWorkedExampleUsesTheFirstOfTwoConflictingValuesAndNothingAfterTheAsOfDate() {
        IndicatorProgress p = indicator("counselling");
        assertEquals(14_000, p.actual());
        assertEquals(35, p.progress(), 1e-9);
        assertEquals(28.06, p.expected(), 0.005);
        assertEquals(1, p.valuesAfterAsOf());
        assertEquals(List.of("female", "male"), p.groups().stream().map(IndicatorProgress.GroupProgress::group).toList());
        assertEquals(8_400, p.groups().get(0).actual(), 1e-6);
    }

    @Test
    void theTrainingWorkedExampleSumsItsCountyGroups() {
        IndicatorProgress p = indicator("trained");
        assertEquals(300, p.actual());
        assertEquals(41.57, p.expected(), 0.005);
        assertEquals(List.of(60.0, 135.0, 105.0), p.groups().stream().map(IndicatorProgress.GroupProgress::actual).toList());
    }

    @Test
    void thePolicyAndMediaRoutesAreHeldUpByTheAssemblyChampions() {
        PathwayProgress policy = E.pathways().get(0);
        assertEquals(Status.OFF_TRACK, policy.status());
        assertEquals("S1", policy.bottleneck());
        assertEquals(List.of("M1", "L1", "I"), policy.heldUp());
        PathwayProgress media = E.pathways().get(3);
        assertEquals("S1", media.bottleneck());
        assertEquals(List.of("M1"), media.heldUp());
    }

    @Test
    void theServiceAndCommunityRoutesAreAtRiskWithoutABottleneck() {
        for (PathwayProgress p : List.of(E.pathways().get(1), E.pathways().get(2))) {
            assertEquals(Status.AT_RISK, p.status(), p.pathwayId());
            assertNull(p.bottleneck(), p.pathwayId());
        }
    }

    @Test
    void twoLinksRunFromAnOffTrackCauseToAnOnTrackEffect() {
        assertEquals(List.of("M1 -> L1", "P10 -> M2"), E.inconsistentLinks().stream().map(InconsistentLink::key).toList());
    }

    @Test
    void assumptionOutlooks() {
        assertEquals(List.of(Outlook.WATCH, Outlook.WATCH, Outlook.WATCH, Outlook.FAILING),
                E.assumptions().stream().map(a -> a.outlook()).toList());
        assertEquals("a monitoring indicator is at risk", E.assumptions().get(1).reason());
    }

    @Test
    void dataIssuesFromTheImporterAndTheStoreAreAllThere() {
        assertEquals(4, E.issues().total());
        assertEquals(1L, E.issues().counts().get(DataIssue.Kind.DUPLICATE_VALUE));
        assertEquals(1, E.issues().warnings());
    }
}
