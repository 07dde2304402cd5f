package org.tocworkbench.compiler.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Structural fragility: the results that every path from the activities to the impact runs
 * through (they dominate the impact from the activities' side), found with {@link Dominators}
 * from a virtual start linked to every activity. The single-point-of-failure rule reports them;
 * {@code toc what-if --rank} marks them in its ranking.
 */
public final class Bottlenecks {
    private Bottlenecks() {
    }

    /**
     * The results on every path from the activities to the theory's one impact, in path order;
     * empty when the theory has no impact or several, fewer than two activities lead to it, or
     * there is a second route around every result.
     */
    public static List<String> onEveryPathToImpact(TheoryGraph graph) {
        List<Node> impacts = graph.theory().impacts();
        if (impacts.size() != 1) {
            return List.of();
        }
        Numbered numbered = withVirtualStart(graph);
        int start = numbered.successors.length - 1;
        Integer target = numbered.number.get(impacts.get(0).id());
        if (target == null || numbered.successors[start].length < 2) {
            return List.of();
        }
        int[] chain = Dominators.onEveryPath(numbered.successors, start, target);
        List<String> bottlenecks = new ArrayList<>(chain.length);
        for (int node : chain) {
            bottlenecks.add(numbered.ids.get(node));
        }
        return List.copyOf(bottlenecks);
    }

    /** Node ids numbered, and each node's successors by number; the virtual start is the last. */
    private record Numbered(List<String> ids, Map<String, Integer> number, int[][] successors) {
    }

    /**
     * The causal graph of the nodes that reach the impact, with one virtual start (numbered last)
     * linked to every activity. Links repeated between the same two nodes count once.
     */
    private static Numbered withVirtualStart(TheoryGraph graph) {
        Set<String> reaching = graph.reachingImpact();
        TheoryGraph.Indexed indexed = graph.indexed();
        List<String> all = indexed.ids();
        int[] renumbered = new int[all.size()];
        List<String> ids = new ArrayList<>();
        Map<String, Integer> number = new HashMap<>();
        for (int v = 0; v < all.size(); v++) {
            renumbered[v] = -1;
            if (reaching.contains(all.get(v))) {
                renumbered[v] = ids.size();
                number.put(all.get(v), ids.size());
                ids.add(all.get(v));
            }
        }
        int start = ids.size();
        int[][] successors = new int[start + 1][];
        int[][] causal = indexed.causalSuccessors();
        for (int v = 0; v < all.size(); v++) {
            if (renumbered[v] >= 0) {
                successors[renumbered[v]] = Arrays.stream(causal[v]).map(w -> renumbered[w]).filter(w -> w >= 0)
                        .distinct().toArray();
            }
        }
        int[] activities = graph.theory().nodes().values().stream()
                .filter(node -> node.kind() == NodeKind.ACTIVITY && number.containsKey(node.id()))
                .mapToInt(node -> number.get(node.id())).toArray();
        successors[start] = activities;
        return new Numbered(ids, number, successors);
    }
}
