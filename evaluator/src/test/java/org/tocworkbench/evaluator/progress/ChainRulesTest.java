package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.testing.TestModel;

/** Nodes, pathways, links, assumptions and roll-ups on a small theory with chosen statuses. */
class ChainRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final String TOC = """
            theory "Small" { period 2024 to 2026 }
            actor sec "Secretariat" role backbone
            actor m1 "Member one" role member
            impact I "Impact" { indicator i1 "i1" { baseline 0 at 2024 target 100 by 2026 } }
            outcome O "Outcome" horizon short by m1 {
              functions advocacy
              indicator o1 "o1" { baseline 0 at 2024 target 100 by 2026 responsible m1 }
              indicator o2 "o2" { baseline 0 at 2024 target 100 by 2026 responsible m1 }
            }
            output P "Output" by sec, m1 { indicator p1 "p1" { baseline 0 at 2024 target 100 by 2026 } }
            output Q "Other output" owner sec { indicator q1 "q1" { baseline 0 at 2024 target 100 by 2026 } }
            activity A "Activity" by sec { indicator a1 "a1" { baseline 0 at 2024 target 100 by 2026 } }
            activity B "Other activity" by sec
            assumption H1 "Holds" { status supported }
            assumption H2 "Refuted" { status refuted }
            assumption H3 "Contested" { status contested }
            assumption H4 "Risky" { risk high }
            assumption H5 "Monitored" { indicator h5 "h5" { baseline 0 at 2024 target 100 by 2026 } }
            assumption H6 "Quiet" { risk low }
            A -> P { assumes H1 }
            P -> O { assumes H2, H3 }
            B -> Q -> O
            O -> I { assumes H4 }
            pathway main "Main" { members I, O, P, A  functions advocacy }
            pathway other "Other" { B -> Q -> O -> I }
            """;

    private static Evaluation evaluate(Map<String, Double> values) {
        Theory theory = TestModel.theory(TOC);
        TestModel.Data data = data();
        values.forEach((id, v) -> data.add(id, year(2025), v));
        return Evaluator.evaluate(theory, data.finish(), ProgressSettings.at(AS_OF));
    }

    private static final Map<String, Double> VALUES = Map.of("i1", 45.0, "o1", 50.0, "o2", 30.0, "p1", 10.0,
            "q1", 5.0, "a1", 100.0, "h5", 45.0);

    @Test
    void aNodeHasTheMeanProgressAndTheWorstStatusOfItsIndicators() {
        NodeProgress o = evaluate(VALUES).nodes().get("O");
        assertEquals(40, o.progress(), 1e-9);
        assertEquals(Status.AT_RISK, o.status());
        assertEquals(List.of("o1", "o2"), o.indicators());
    }

    @Test
    void anIndicatorFarAboveTargetCountsAsOneHundredPercentInTheMean() {
        NodeProgress o = evaluate(Map.of("o1", 300.0, "o2", 30.0)).nodes().get("O");
        assertEquals(65, o.progress(), 1e-9);
    }

    @Test
    void aNodeWithoutIndicatorsIsNotRated() {
        NodeProgress b = evaluate(VALUES).nodes().get("B");
        assertEquals(Status.NOT_RATED, b.status());
        assertTrue(Double.isNaN(b.progress()));
    }

    @Test
    void unratedIndicatorsAreLeftOutOfTheNodeAndNoted() {
        NodeProgress o = evaluate(Map.of("o1", 50.0)).nodes().get("O");
        assertEquals(Status.ON_TRACK, o.status());
        assertEquals(50, o.progress(), 1e-9);
        assertEquals(List.of("1 of 2 indicators not rated (no data, not started or no target)"), o.notes());
    }

    @Test
    void theBottleneckIsTheMostUpstreamOffTrackNodeByTheArrowsNotByTheOrderWritten() {
        Evaluation e = evaluate(Map.of("i1", 10.0, "o1", 10.0, "o2", 10.0, "p1", 10.0, "a1", 50.0));
        PathwayProgress main = e.pathways().get(0);
        assertEquals(List.of("A", "P", "O", "I"), main.steps().stream().map(PathwayProgress.Step::nodeId).toList());
        assertEquals("P", main.bottleneck());
        assertEquals(List.of("O", "I"), main.heldUp());
        assertEquals(Status.OFF_TRACK, main.status());
        assertEquals(List.of("3 results are off track; the bottleneck is the most upstream of them"), main.notes());
    }

    @Test
    void aPathwayWithNothingOffTrackHasNoBottleneck() {
        Evaluation e = evaluate(Map.of("i1", 45.0, "o1", 50.0, "o2", 50.0, "p1", 50.0, "a1", 50.0));
        PathwayProgress main = e.pathways().get(0);
        assertNull(main.bottleneck());
        assertEquals(Status.ON_TRACK, main.status());
        assertEquals(48.75, main.progress(), 1e-9);
    }

    @Test
    void anOffTrackCauseOfAnOnTrackEffectIsFlagged() {
        Evaluation e = evaluate(Map.of("p1", 10.0, "o1", 50.0, "o2", 50.0, "a1", 50.0, "i1", 50.0, "q1", 50.0));
        assertEquals(List.of("P -> O"), e.inconsistentLinks().stream().map(InconsistentLink::key).toList());
        assertEquals(List.of("P -> O"),
                e.pathways().get(0).inconsistentLinks().stream().map(InconsistentLink::key).toList());
        assertTrue(e.pathways().get(1).inconsistentLinks().isEmpty());
    }

    @Test
    void aPathwayDeclaredAsAChainFollowsItsChain() {
        PathwayProgress other = evaluate(VALUES).pathways().get(1);
        assertEquals(List.of("B", "Q", "O", "I"), other.steps().stream().map(PathwayProgress.Step::nodeId).toList());
        assertEquals("Q", other.bottleneck());
    }

    @Test
    void assumptionsCombineEvidenceAndMonitoring() {
        Map<String, AssumptionProgress> a = new java.util.LinkedHashMap<>();
        evaluate(VALUES).assumptions().forEach(p -> a.put(p.assumptionId(), p));
        assertEquals(AssumptionProgress.Outlook.HOLDING, a.get("H1").outlook());
        assertEquals(List.of("A -> P"), a.get("H1").links());
        assertEquals(AssumptionProgress.Outlook.FAILING, a.get("H2").outlook());
        assertEquals(AssumptionProgress.Outlook.WATCH, a.get("H3").outlook());
        assertEquals(AssumptionProgress.Outlook.WATCH, a.get("H4").outlook());
        assertEquals("high risk and untested", a.get("H4").reason());
        assertEquals(AssumptionProgress.Outlook.HOLDING, a.get("H5").outlook());
        assertEquals(Status.ON_TRACK, a.get("H5").monitoring());
        assertEquals(List.of("h5"), a.get("H5").indicators());
        assertEquals(AssumptionProgress.Outlook.UNKNOWN, a.get("H6").outlook());
    }

    @Test
    void aMonitoringIndicatorOffTrackMakesAnAssumptionFail() {
        AssumptionProgress h5 = evaluate(Map.of("h5", 5.0)).assumptions().get(4);
        assertEquals(AssumptionProgress.Outlook.FAILING, h5.outlook());
        assertEquals("a monitoring indicator is off track", h5.reason());
    }

    @Test
    void actorsRollUpTheNodesTheyContributeToOrOwnAndTheIndicatorsTheyAnswerFor() {
        Evaluation e = evaluate(Map.of("o1", 50.0, "p1", 10.0, "a1", 50.0, "q1", 50.0));
        Rollup sec = e.byActor().get(0);
        assertEquals("sec", sec.key());
        assertEquals(List.of("P", "Q", "A", "B"), sec.nodes());
        assertEquals(1, sec.counts().get(Status.OFF_TRACK));
        assertEquals(2, sec.counts().get(Status.ON_TRACK));
        assertEquals(1, sec.counts().get(Status.NOT_RATED));
        assertEquals(Status.ON_TRACK, sec.status(), "the median of on track, on track, off track");
        assertEquals(Status.OFF_TRACK, sec.worst());
        Rollup m1 = e.byActor().get(1);
        assertEquals(List.of("O", "P"), m1.nodes());
        assertEquals(List.of("o1", "o2"), m1.indicators());
        assertEquals(1, m1.indicatorsWithoutData());
    }

    @Test
    void functionsRollUpTaggedNodesAndTheNodesOfTaggedPathways() {
        List<Rollup> functions = evaluate(VALUES).byFunction();
        assertEquals(1, functions.size());
        assertEquals("advocacy", functions.get(0).key());
        assertEquals("Advocacy and policy influence", functions.get(0).label());
        assertEquals(List.of("I", "O", "P", "A"), functions.get(0).nodes());
    }
}
