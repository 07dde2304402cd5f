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

    @Test
    void numberedVersionAgreesWithRemovingEachNodeOnRandomGraphs() {
        java.util.Random random = new java.util.Random(20261203L);
        for (int round = 0; round < 2_000; round++) {
            int n = 2 + random.nextInt(12);
            int[][] successors = new int[n][];
            Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
            for (int v = 0; v < n; v++) {
                g.addVertex("v" + v);
            }
            for (int v = 0; v < n; v++) {
                java.util.Set<Integer> targets = new java.util.LinkedHashSet<>();
                int edges = random.nextInt(4);
                for (int e = 0; e < edges; e++) {
                    targets.add(random.nextInt(n));
                }
                successors[v] = targets.stream().mapToInt(Integer::intValue).toArray();
                for (int w : successors[v]) {
                    g.addEdge("v" + v, "v" + w);
                }
            }
            int from = 0;
            int to = n - 1;
            List<String> expected = new java.util.ArrayList<>();
            if (reaches(successors, from, to, -1)) {
                for (int v = 0; v < n; v++) {
                    if (v != from && v != to && !reaches(successors, from, to, v)) {
                        expected.add("v" + v);
                    }
                }
            }
            List<String> numbered = java.util.Arrays.stream(Dominators.onEveryPath(successors, from, to))
                    .mapToObj(v -> "v" + v).toList();
            assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(numbered), "round " + round);
            assertEquals(Dominators.onEveryPath(g, "v" + from, "v" + to), numbered, "round " + round);
        }
    }

    /** Whether {@code to} can be reached from {@code from} without passing through {@code removed}. */
    private static boolean reaches(int[][] successors, int from, int to, int removed) {
        boolean[] seen = new boolean[successors.length];
        java.util.Deque<Integer> queue = new java.util.ArrayDeque<>(List.of(from));
        seen[from] = true;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (v == to) {
                return true;
            }
            for (int w : successors[v]) {
                if (w != removed && !seen[w]) {
                    seen[w] = true;
                    queue.add(w);
                }
            }
        }
        return false;
    }
}
