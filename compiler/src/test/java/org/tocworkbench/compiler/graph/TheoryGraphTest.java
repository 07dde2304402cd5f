package org.tocworkbench.compiler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

class TheoryGraphTest {
    private static final String[] KINDS = {"activity", "output", "outcome", "impact"};

    @Test
    void numberedSearchesAgreeWithJGraphTOnRandomTheories() {
        Random random = new Random(20261203L);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int v = 0; v < n; v++) {
                text.append(KINDS[random.nextInt(KINDS.length)]).append(" N").append(v).append(" \"Node ").append(v).append("\"\n");
            }
            int links = random.nextInt(2 * n + 1);
            for (int e = 0; e < links; e++) {
                text.append('N').append(random.nextInt(n)).append(" -> N").append(random.nextInt(n))
                        .append(random.nextInt(5) == 0 ? " feedback" : "").append('\n');
            }
            Compilation compilation = new TocCompiler().compile(new SourceFile("random.toc", null, text.toString()),
                    CompileOptions.DEFAULT);
            Theory theory = compilation.theory();
            assertNotNull(theory, text::toString);
            TheoryGraph graph = new TheoryGraph(theory);

            assertEquals(backwardsFrom(graph, theory.impacts().stream().map(Node::id).toList()), graph.reachingImpact(),
                    text::toString);
            List<String> ends = theory.nodes().values().stream()
                    .filter(node -> node.kind() == NodeKind.OUTCOME || node.kind() == NodeKind.IMPACT
                            || node.kind() == NodeKind.PRECONDITION)
                    .map(Node::id).toList();
            assertEquals(backwardsFrom(graph, ends), graph.reachingOutcome(), text::toString);
            List<Set<String>> groups = new KosarajuStrongConnectivityInspector<>(graph.causal()).stronglyConnectedSets()
                    .stream().filter(g -> g.size() > 1).toList();
            assertEquals(groups, graph.cyclicGroups(), text::toString);

            TheoryGraph.Indexed fromGraph = TheoryGraph.Indexed.of(graph.all());
            assertEquals(fromGraph.ids(), graph.indexed().ids(), text::toString);
            assertEquals(java.util.Arrays.deepToString(fromGraph.successors()),
                    java.util.Arrays.deepToString(graph.indexed().successors()), text::toString);
            assertEquals(java.util.Arrays.deepToString(fromGraph.causalSuccessors()),
                    java.util.Arrays.deepToString(graph.indexed().causalSuccessors()), text::toString);
            for (String id : theory.nodes().keySet()) {
                assertEquals(graph.all().inDegreeOf(id), graph.inDegreeOf(id), text::toString);
            }
            TheoryGraph same = graph.of(theory.withPathways(List.of()));
            assertEquals(graph.reachingImpact(), same.reachingImpact(), text::toString);
            assertEquals(graph.all(), same.all());
        }
    }

    private static Set<String> backwardsFrom(TheoryGraph graph, List<String> ends) {
        Set<String> reached = new HashSet<>();
        if (!ends.isEmpty()) {
            new BreadthFirstIterator<>(new EdgeReversedGraph<String, Link>(graph.all()), ends).forEachRemaining(reached::add);
        }
        return reached;
    }
}
