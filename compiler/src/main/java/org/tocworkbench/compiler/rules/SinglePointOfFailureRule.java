package org.tocworkbench.compiler.rules;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.graph.Dominators;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Structural fragility: a result that every path from the activities to the impact runs through
 * (it dominates the impact from the activities' side), found with {@link Dominators} from a virtual
 * start linked to every activity.
 */
public final class SinglePointOfFailureRule implements Rule {
    private static final String START = "\u0000start";
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
        Graph<String, Object> graph = withVirtualStart(context);
        if (!graph.containsVertex(START) || graph.outDegreeOf(START) < 2) {
            return;
        }
        List<String> bottlenecks = Dominators.onEveryPath(graph, START, impact);
        if (bottlenecks.isEmpty()) {
            return;
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

    /** The causal graph of the nodes that reach the impact, with one virtual start linked to every activity. */
    private static Graph<String, Object> withVirtualStart(RuleContext context) {
        Set<String> reaching = context.graph().reachingImpact();
        Graph<String, Object> graph = new DefaultDirectedGraph<>(Object.class);
        Graph<String, Link> causal = context.graph().causal();
        for (String v : causal.vertexSet()) {
            if (reaching.contains(v)) {
                graph.addVertex(v);
            }
        }
        for (Link link : causal.edgeSet()) {
            if (graph.containsVertex(link.from()) && graph.containsVertex(link.to())) {
                graph.addEdge(link.from(), link.to(), link);
            }
        }
        graph.addVertex(START);
        for (Node node : context.theory().nodes().values()) {
            if (node.kind() == NodeKind.ACTIVITY && graph.containsVertex(node.id())) {
                graph.addEdge(START, node.id(), new Object());
            }
        }
        return graph;
    }
}
