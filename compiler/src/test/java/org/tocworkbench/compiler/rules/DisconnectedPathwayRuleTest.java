package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class DisconnectedPathwayRuleTest {
    private static final String TWO_ROUTES = """
            impact I "Prepared"
            activity A1 "Train"
            activity A2 "Lobby"
            output P1 "Trained"
            output P2 "Law drafted"
            A1 -> P1 -> I
            A2 -> P2 -> I
            """;

    @Test
    void pathwayThatFallsApartIsReportedWithItsPieces() {
        Diagnostic d = Checked.text(TWO_ROUTES + "pathway \"Mixed\" {\n  members A1, P1, P2\n}\n")
                .reports(Code.DISCONNECTED_PATHWAY, "8:1", "pathway \"Mixed\" falls apart into 2 unconnected pieces");
        assertEquals(List.of("pieces: {`A1`, `P1`}, {`P2`}"), d.notes());
    }

    @Test
    void connectedChainIsNotReported() {
        Checked.text(TWO_ROUTES + "pathway \"Training\" { A1 -> P1 -> I }\n").reportsNothing();
    }

    @Test
    void membersJoinedThroughTheImpactAreConnected() {
        Checked.text(TWO_ROUTES + "pathway \"Both\" { members A1, P1, I, P2, A2 }\n").reportsNothing();
    }

    @Test
    void derivedPathwaysAreNeverReported() {
        Checked.text(TWO_ROUTES).reportsNothing();
    }

    @Test
    void piecesAgreeWithJGraphTConnectivityOnRandomGraphs() {
        java.util.Random random = new java.util.Random(31L);
        for (int round = 0; round < 1_000; round++) {
            int n = 1 + random.nextInt(15);
            org.jgrapht.Graph<String, org.tocworkbench.compiler.model.Link> graph =
                    new org.jgrapht.graph.DefaultDirectedGraph<>(org.tocworkbench.compiler.model.Link.class);
            for (int v = 0; v < n; v++) {
                graph.addVertex("n" + v);
            }
            int edges = random.nextInt(2 * n);
            for (int e = 0; e < edges; e++) {
                String from = "n" + random.nextInt(n);
                String to = "n" + random.nextInt(n);
                graph.addEdge(from, to, new org.tocworkbench.compiler.model.Link(from, to, null, null, null, List.of(),
                        false, false, "", List.of(), null, null, null));
            }
            List<String> members = new java.util.ArrayList<>();
            int size = random.nextInt(n + 2);
            for (int m = 0; m < size; m++) {
                members.add("n" + random.nextInt(n + 1)); // n + 1: sometimes an id the graph lacks, and repeats
            }
            var sub = new org.jgrapht.graph.AsSubgraph<>(graph, new java.util.HashSet<>(members));
            var expected = new java.util.HashSet<>(new org.jgrapht.alg.connectivity.ConnectivityInspector<>(sub).connectedSets());
            var actual = new java.util.HashSet<>(DisconnectedPathwayRule.pieces(org.tocworkbench.compiler.graph.TheoryGraph.Indexed.of(graph), members));
            assertEquals(expected, actual, "round " + round + ": " + graph + " members " + members);
        }
    }
}
