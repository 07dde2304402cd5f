package org.tocworkbench.compiler.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Structural fragility: a result that every path from the activities to the impact runs through
 * (it dominates the impact from the activities' side). Such a node can only lie on any one path,
 * so each node of one shortest path is removed in turn and the impact is tried again.
 */
public final class SinglePointOfFailureRule implements Rule {
    private static final String START = "\u0000start";

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
        GraphPath<String, Object> path = BFSShortestPath.findPathBetween(graph, START, impact);
        if (path == null) {
            return;
        }
        List<String> bottlenecks = new java.util.ArrayList<>();
        for (String candidate : path.getVertexList()) {
            if (candidate.equals(START) || candidate.equals(impact)) {
                continue;
            }
            Graph<String, Object> without = new MaskSubgraph<>(graph, v -> v.equals(candidate), e -> false);
            Set<String> reached = new HashSet<>();
            new BreadthFirstIterator<>(without, START).forEachRemaining(reached::add);
            if (!reached.contains(impact)) {
                bottlenecks.add(candidate);
            }
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
