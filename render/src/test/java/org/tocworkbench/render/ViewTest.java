package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Theory;

class ViewTest {
    private final Theory theory = RenderFixtures.subject("maternal-health-network.toc").theory();
    private final TheoryGraph graph = new TheoryGraph(theory);

    @Test
    void aPathwayViewHoldsThePathwaysNodesAndChainLinks() throws ViewException {
        Selection s = new View.OfPathway("Skills route").select(theory, graph);
        assertEquals(List.of("A5", "O4", "S4", "M3", "L3", "I"), List.copyOf(s.nodes()));
        assertEquals(Set.of("A5 -> O4", "O4 -> S4", "S4 -> M3", "M3 -> L3", "L3 -> I"), s.links());
        assertTrue(s.caption().contains("Skills route"));
    }

    @Test
    void anUnknownPathwayIsAnErrorThatSuggestsTheClosestName() {
        ViewException e = assertThrows(ViewException.class, () -> new View.OfPathway("polcy").select(theory, graph));
        assertTrue(e.getMessage().contains("did you mean `policy`?"), e.getMessage());
        assertTrue(e.getMessage().contains("pathways: community, policy, skills, transport"), e.getMessage());
    }

    @Test
    void anActorsContributionIsWhatItDoesAndEverythingThatLeadsTo() throws ViewException {
        Selection s = new View.OfActor("uni").select(theory, graph);
        assertEquals(Set.of("A3", "O3", "A5", "O4", "S4", "M3"), s.emphasised());
        assertTrue(s.nodes().containsAll(List.of("S3", "M2", "L2", "L3", "I")), "downstream results included");
        assertTrue(!s.nodes().contains("A1"), "other actors' activities are context");
    }

    @Test
    void anActorWithNoResultOrAnUnknownActorIsAnError() {
        assertThrows(ViewException.class, () -> new View.OfActor("fun").select(theory, graph));
    }

    @Test
    void aFunctionViewHoldsTaggedResultsAndTheMembersOfTaggedPathways() throws ViewException {
        Selection s = new View.OfFunction(NetworkFunction.ADVOCACY).select(theory, graph);
        assertEquals(Set.of("L2", "M2", "S3"), s.emphasised());
        assertTrue(s.nodes().containsAll(List.of("A3", "O3", "L3", "I")), "members of the policy pathway");
        ViewException e = assertThrows(ViewException.class, () -> View.OfFunction.parse("advocay"));
        assertTrue(e.getMessage().contains("did you mean `advocacy`?"), e.getMessage());
        assertEquals(NetworkFunction.ADVOCACY, View.OfFunction.parse("policy-influence").function());
    }

    @Test
    void aNeighbourhoodReachesDepthLinksEitherWay() throws ViewException {
        assertEquals(Set.of("S3"), new View.Around("S3", 0).select(theory, graph).nodes());
        assertEquals(Set.of("O3", "A4", "S3", "M2"), new View.Around("S3", 1).select(theory, graph).nodes());
        ViewException e = assertThrows(ViewException.class, () -> new View.Around("S33", 1).select(theory, graph));
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
    }
}
