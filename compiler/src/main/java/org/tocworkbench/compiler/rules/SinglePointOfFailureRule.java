package org.tocworkbench.compiler.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Structural fragility: a result that every path from the activities to the impact runs through.
 * In the causal graph of the nodes that reach the impact, with one virtual start linked to every
 * activity, these are the dominators of the impact: they are read off a dominator tree computed
 * with the iterative algorithm of Cooper, Harvey and Kennedy ("A simple, fast dominance
 * algorithm", 2001), which costs a few passes over the graph, where removing each node of a path
 * in turn and searching again grew with the square of a long chain. JGraphT has no dominators.
 */
public final class SinglePointOfFailureRule implements Rule {
    private static final int START = 0;

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
        FlowGraph graph = withVirtualStart(context);
        Integer target = graph.index.get(impact);
        if (target == null || graph.successors.get(START).length < 2) {
            return;
        }
        int[] idom = graph.immediateDominators();
        if (idom[target] < 0) {
            return; // the impact cannot be reached from the activities
        }
        List<String> bottlenecks = new ArrayList<>();
        for (int v = idom[target]; v != START; v = idom[v]) {
            bottlenecks.add(0, graph.ids.get(v));
        }
        if (bottlenecks.isEmpty()) {
            return;
        }
        String listed = String.join("`, `", bottlenecks);
        Node first = context.theory().nodes().get(bottlenecks.get(0));
        context.report(Diagnostic.of(code(), first.idSpan(),
                        "every path from the activities to `" + impact + "` runs through `" + listed + "`")
                .label(bottlenecks.size() == 1 ? "a single point of failure" : "the first of " + bottlenecks.size()
                        + " single points of failure")
                .help(bottlenecks.size() == 1
                        ? "if it stalls, the whole theory stalls: consider a second route, and watch its indicators closely"
                        : "if one of them stalls, the whole theory stalls: consider a second route, and watch their indicators closely"));
    }

    /** The causal graph of the nodes that reach the impact, with one virtual start (vertex 0) linked to every activity. */
    private static FlowGraph withVirtualStart(RuleContext context) {
        Set<String> reaching = context.graph().reachingImpact();
        Graph<String, Link> causal = context.graph().causal();
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        ids.add(null);
        for (String v : causal.vertexSet()) {
            if (reaching.contains(v)) {
                index.put(v, ids.size());
                ids.add(v);
            }
        }
        List<int[]> successors = new ArrayList<>();
        int[] activities = context.theory().nodes().values().stream()
                .filter(node -> node.kind() == NodeKind.ACTIVITY && index.containsKey(node.id()))
                .mapToInt(node -> index.get(node.id())).toArray();
        successors.add(activities);
        for (int v = 1; v < ids.size(); v++) {
            successors.add(causal.outgoingEdgesOf(ids.get(v)).stream()
                    .map(link -> index.get(link.to())).filter(w -> w != null).mapToInt(Integer::intValue).toArray());
        }
        return new FlowGraph(ids, index, successors);
    }

    /** Vertices as numbers, 0 the virtual start, with their successors. */
    private record FlowGraph(List<String> ids, Map<String, Integer> index, List<int[]> successors) {

        /** The immediate dominator of every vertex reachable from the start (the start its own), -1 for the others. */
        int[] immediateDominators() {
            int n = ids.size();
            int[] postorder = new int[n];
            Arrays.fill(postorder, -1);
            int[] order = depthFirstPostorder(postorder);
            List<List<Integer>> predecessors = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                predecessors.add(new ArrayList<>());
            }
            for (int v : order) {
                for (int w : successors.get(v)) {
                    predecessors.get(w).add(v);
                }
            }
            int[] idom = new int[n];
            Arrays.fill(idom, -1);
            idom[START] = START;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = order.length - 1; i >= 0; i--) { // reverse postorder
                    int v = order[i];
                    if (v == START) {
                        continue;
                    }
                    int candidate = -1;
                    for (int p : predecessors.get(v)) {
                        if (idom[p] >= 0) {
                            candidate = candidate < 0 ? p : intersect(p, candidate, idom, postorder);
                        }
                    }
                    if (candidate >= 0 && idom[v] != candidate) {
                        idom[v] = candidate;
                        changed = true;
                    }
                }
            }
            return idom;
        }

        private static int intersect(int a, int b, int[] idom, int[] postorder) {
            while (a != b) {
                while (postorder[a] < postorder[b]) {
                    a = idom[a];
                }
                while (postorder[b] < postorder[a]) {
                    b = idom[b];
                }
            }
            return a;
        }

        /** Vertices reachable from the start in depth-first postorder (without recursion, for long chains). */
        private int[] depthFirstPostorder(int[] postorder) {
            int n = ids.size();
            int[] order = new int[n];
            int count = 0;
            boolean[] seen = new boolean[n];
            int[] stack = new int[n];
            int[] next = new int[n];
            int depth = 0;
            stack[depth++] = START;
            seen[START] = true;
            while (depth > 0) {
                int v = stack[depth - 1];
                int[] out = successors.get(v);
                if (next[v] < out.length) {
                    int w = out[next[v]++];
                    if (!seen[w]) {
                        seen[w] = true;
                        stack[depth++] = w;
                    }
                } else {
                    depth--;
                    postorder[v] = count;
                    order[count++] = v;
                }
            }
            return Arrays.copyOf(order, count);
        }
    }
}
