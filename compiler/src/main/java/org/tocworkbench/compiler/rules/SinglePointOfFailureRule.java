package org.tocworkbench.compiler.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.graph.Dominators;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Structural fragility: a result that every path from the activities to the impact runs through
 * (it dominates the impact from the activities' side), found with {@link Dominators} from a virtual
 * start linked to every activity.
 */
public final class SinglePointOfFailureRule implements Rule {
    private static final int MAX_LISTED = 5;

    @Override
    public Code code() {
        return Code.SINGLE_POINT_OF_FAILURE;
    }

    @Override
    public void check(RuleContext context) {
        List<Node> impacts = context.theory().impacts();
        if (impacts.size() != 1) {
            return;
        }
        String impact = impacts.get(0).id();
        Numbered graph = withVirtualStart(context);
        int start = graph.successors.length - 1;
        Integer target = graph.number.get(impact);
        if (target == null || graph.successors[start].length < 2) {
            return;
        }
        int[] chain = Dominators.onEveryPath(graph.successors, start, target);
        if (chain.length == 0) {
            return;
        }
        List<String> bottlenecks = new ArrayList<>(chain.length);
        for (int node : chain) {
            bottlenecks.add(graph.ids.get(node));
        }
        Node first = context.theory().nodes().get(bottlenecks.get(0));
        boolean one = bottlenecks.size() == 1;
        context.report(Diagnostic.of(code(), first.idSpan(),
                        "every path from the activities to `" + impact + "` runs through " + listed(bottlenecks))
                .label(one ? "a single point of failure" : "the first of " + bottlenecks.size() + " single points of failure")
                .help(one ? "if it stalls, the whole theory stalls: consider a second route, and watch its indicators closely"
                        : "if one of them stalls, the whole theory stalls: consider a second route, and watch their"
                                + " indicators closely"));
    }

    /** `A`, `B` and `C`; a long list is cut after a few names. */
    private static String listed(List<String> ids) {
        int shown = Math.min(ids.size(), MAX_LISTED);
        List<String> names = ids.subList(0, shown).stream().map(id -> "`" + id + "`").toList();
        if (ids.size() > shown) {
            return String.join(", ", names) + " and " + (ids.size() - shown) + " more";
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, shown - 1)) + " and " + names.get(shown - 1);
    }

    /** Node ids numbered, and each node's successors by number; the virtual start is the last. */
    private record Numbered(List<String> ids, Map<String, Integer> number, int[][] successors) {
    }

    /**
     * The causal graph of the nodes that reach the impact, with one virtual start (numbered last)
     * linked to every activity. Links repeated between the same two nodes count once.
     */
    private static Numbered withVirtualStart(RuleContext context) {
        Set<String> reaching = context.graph().reachingImpact();
        TheoryGraph.Indexed indexed = context.graph().indexed();
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
        int[] activities = context.theory().nodes().values().stream()
                .filter(node -> node.kind() == NodeKind.ACTIVITY && number.containsKey(node.id()))
                .mapToInt(node -> number.get(node.id())).toArray();
        successors[start] = activities;
        return new Numbered(ids, number, successors);
    }
}
