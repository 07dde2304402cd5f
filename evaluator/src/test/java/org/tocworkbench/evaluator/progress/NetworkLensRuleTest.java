package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.testing.TestModel;

/** The network lens (docs/network.md) on a small network with chosen statuses. */
class NetworkLensRuleTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final String TOC = """
            theory "Net" {
                period 2024 to 2026
                point review "Annual review" at 2025-06
                primary functions advocacy, investing
                secondary functions information-sharing
            }
            actor SEC "Secretariat" role backbone
            actor M1 "Member one" role member { kind ngo }
            actor M2 "Member two" role member { kind ngo }
            actor M3 "Member three" role member { kind research }
            actor F "Funder" role funder
            structure WG "Working group" kind working-group { serves advocacy  members M2, M3 }
            impact I "Impact"
            outcome O "Policy adopted" horizon short by M1, WG {
                functions advocacy
                backbone plays broker
                indicator o1 "o1" { baseline 0 at 2024 target 100 by 2026 responsible SEC }
            }
            output P "Briefs" by SEC {
                functions information-sharing
                backbone plays facilitator, broker
                indicator p1 "p1" { baseline 0 at 2024 target 100 by 2026 responsible SEC }
            }
            activity A "Write briefs" by SEC
            output G "Grants" by F, M1 { functions governance }
            assumption H1 "Holds" { status supported  evidence "Survey" date 2024-06 }
            assumption H2 "Contested lately" { status contested  evidence "Review" date 2025-09 note "Half agree" }
            assumption H3 "Contested early" { status contested  evidence "Baseline" date 2024-03 }
            assumption H4 "Untested"
            A -> P -> O -> I { assumes H1 }
            O -> I { assumes H4 }
            G -> O { assumes H2, H3 }
            pathway policy "Policy" { A -> P -> O -> I }
            pathway grants "Grants" { G -> O -> I }
            """;

    private static NetworkLens lens() {
        Theory theory = TestModel.theory(TOC);
        TestModel.Data data = data();
        Map.of("o1", 50.0, "p1", 10.0).forEach((id, v) -> data.add(id, year(2025), v));
        return Evaluator.evaluate(theory, data.finish(), ProgressSettings.at(AS_OF)).network();
    }

    @Test
    void functionsAreRowsOfPrimaryThenSecondaryThenTheRestWithACellPerPathwayServed() {
        NetworkLens lens = lens();
        assertEquals(List.of(NetworkFunction.ADVOCACY, NetworkFunction.INVESTING, NetworkFunction.INFORMATION_SHARING,
                NetworkFunction.GOVERNANCE), lens.functions().stream().map(NetworkLens.FunctionRow::function).toList());
        NetworkLens.FunctionRow advocacy = lens.functions().get(0);
        assertEquals("primary", advocacy.rank());
        assertEquals(List.of("O"), advocacy.cells().get("policy").nodes());
        assertEquals(List.of("O"), advocacy.cells().get("grants").nodes());
        NetworkLens.FunctionRow investing = lens.functions().get(1);
        assertTrue(investing.cells().isEmpty());
        assertTrue(investing.overall().nodes().isEmpty(), "declared primary, served by nothing");
        assertEquals("organisational", lens.functions().get(3).rank());
    }

    @Test
    void actorsAreRowsWithTheResultsTheyCarryOnEachPathway() {
        NetworkLens lens = lens();
        NetworkLens.ActorRow sec = lens.actors().stream().filter(a -> a.actorId().equals("SEC")).findFirst().orElseThrow();
        assertEquals(List.of("A", "P"), sec.cells().get("policy").nodes());
        assertNull(sec.cells().get("grants"));
        NetworkLens.ActorRow wg = lens.actors().stream().filter(a -> a.actorId().equals("WG")).findFirst().orElseThrow();
        assertEquals("structure", wg.role());
        assertFalse(lens.actors().stream().anyMatch(a -> a.actorId().equals("M2")), "M2 takes part only through WG");
    }

    @Test
    void backboneDependencyCountsResultsPathwaysIndicatorsAndRoles() {
        NetworkLens.BackboneDependency b = lens().backbone();
        assertEquals(List.of("SEC"), b.backboneActors());
        assertEquals(List.of("O", "P", "A", "G"), b.results());
        assertEquals(List.of("P", "A"), b.backboneOnly());
        assertEquals(List.of("P"), b.networkFunctionOnly());
        assertEquals(List.of("A", "P"), b.pathways().get(0).backboneOnly());
        assertFalse(b.pathways().get(0).backboneAlone(), "O on the policy pathway has members");
        assertEquals(1, b.pathwaysWithABackboneLink());
        assertEquals(0, b.pathwaysOnBackboneAlone());
        assertEquals(List.of("o1", "p1"), b.indicators());
        assertEquals(List.of("p1"), b.backboneOnlyIndicators());
        assertEquals(List.of("o1", "p1"), b.reportedByBackbone());
        assertEquals(List.of("broker", "facilitator"), b.roles().stream().map(NetworkLens.RolePlayed::role).toList());
        assertEquals(List.of("O", "P"), b.roles().get(0).results().nodes());
    }

    @Test
    void diversityCountsMembersDirectlyAndThroughStructuresWithTheirKinds() {
        NetworkLens.Diversity policy = lens().diversity().get(0);
        assertEquals(List.of("M1", "M2", "M3"), policy.members());
        assertEquals(List.of("ngo", "research"), policy.kinds());
        assertEquals(List.of("WG"), policy.structures());
        assertEquals(3, policy.totalMembers());
        NetworkLens.Diversity grants = lens().diversity().get(1);
        assertEquals(List.of("F"), grants.others());
    }

    @Test
    void structuresListTheResultsTheyServe() {
        NetworkLens.StructureRow wg = lens().structures().get(0);
        assertEquals("Working group", wg.kind());
        assertEquals(List.of("O"), wg.results().nodes());
        assertEquals(List.of("M2", "M3"), wg.members());
    }

    @Test
    void theLastVersionDateWinsOverEvaluationPoints() {
        Theory theory = TestModel.theory(TOC.replace("period 2024 to 2026", "version \"2.0\" at 2025-10\n period 2024 to 2026"));
        NetworkLens.Learning learning = Evaluator.evaluate(theory, data().finish(), ProgressSettings.at(AS_OF))
                .network().learning();
        assertEquals(Optional.of(LocalDate.of(2025, 10, 31)), learning.since());
        assertEquals("version 2.0", learning.sinceLabel());
        assertTrue(learning.changed().isEmpty(), "H2's evidence (2025-09) predates version 2.0");
    }

    @Test
    void learningCountsStatusesOverTimeAndWhatWasContestedSinceTheLastReview() {
        NetworkLens.Learning learning = lens().learning();
        assertEquals(List.of(LocalDate.of(2024, 12, 31), AS_OF),
                learning.timeline().stream().map(NetworkLens.TimePoint::date).toList());
        Map<EvidenceStatus, Integer> end2024 = learning.timeline().get(0).counts();
        assertEquals(2, end2024.get(EvidenceStatus.UNTESTED), "H2 (evidence in 2025) and H4");
        assertEquals(1, end2024.get(EvidenceStatus.SUPPORTED));
        assertEquals(1, end2024.get(EvidenceStatus.CONTESTED));
        assertEquals(2, learning.timeline().get(1).counts().get(EvidenceStatus.CONTESTED));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), learning.since());
        assertEquals("Annual review", learning.sinceLabel());
        assertEquals(List.of("H2"), learning.changed().stream().map(NetworkLens.Changed::assumptionId).toList());
        assertEquals("Review: Half agree", learning.changed().get(0).evidence());
    }
}
