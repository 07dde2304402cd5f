package org.tocworkbench.compiler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class DominatorsTest {
    private static Graph<String, DefaultEdge> graph(String... edges) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (String edge : edges) {
            String[] ends = edge.split(">");
            g.addVertex(ends[0]);
            g.addVertex(ends[1]);
            g.addEdge(ends[0], ends[1]);
        }
        return g;
    }

    @Test
    void nodesOnEveryPathAreFoundInPathOrder() {
        var g = graph("s>a", "s>b", "a>c", "b>c", "c>d", "d>e", "d>f", "e>t", "f>t");
        assertEquals(List.of("c", "d"), Dominators.onEveryPath(g, "s", "t"));
    }

    @Test
    void twoDisjointRoutesHaveNoneInCommon() {
        assertEquals(List.of(), Dominators.onEveryPath(graph("s>a", "a>t", "s>b", "b>t"), "s", "t"));
    }

    @Test
    void unreachableTargetHasNone() {
        var g = graph("s>a", "b>t");
        assertEquals(List.of(), Dominators.onEveryPath(g, "s", "t"));
    }

    @Test
    void cyclesAreHandled() {
        assertEquals(List.of("a", "b"), Dominators.onEveryPath(graph("s>a", "a>b", "b>a", "b>t"), "s", "t"));
    }

    @Test
    void longChainIsHandledWithoutRecursion() {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        g.addVertex("n0");
        for (int i = 1; i <= 200_000; i++) {
            g.addVertex("n" + i);
            g.addEdge("n" + (i - 1), "n" + i);
        }
        assertEquals(199_999, Dominators.onEveryPath(g, "n0", "n200000").size());
    }
}
