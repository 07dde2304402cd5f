package org.tocworkbench.compiler.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.GraphPath;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Theory;

/**
 * The results chain as a JGraphT graph (node ids as vertices, links as edges), with the graph
 * questions the rules and renderers ask. Feedback links are kept out of {@link #causal()}, the
 * graph that must be acyclic.
 */
public final class TheoryGraph {
    private final Theory theory;
    private final Graph<String, Link> all;
    private final Graph<String, Link> causal;
    private Set<String> reachingImpact;
    private Set<String> reachingOutcome;

    public TheoryGraph(Theory theory) {
        this.theory = theory;
        this.all = new DefaultDirectedGraph<>(Link.class);
        theory.nodes().keySet().forEach(all::addVertex);
        for (Link link : theory.links()) {
            if (all.containsVertex(link.from()) && all.containsVertex(link.to())) {
                all.addEdge(link.from(), link.to(), link);
            }
        }
        this.causal = new DefaultDirectedGraph<>(Link.class);
        all.vertexSet().forEach(causal::addVertex);
        for (Link link : all.edgeSet()) {
            if (!link.feedback()) {
                causal.addEdge(link.from(), link.to(), link);
            }
        }
    }

    public Theory theory() {
        return theory;
    }

    /** Every link, feedback included. */
    public Graph<String, Link> all() {
        return all;
    }

    /** Links without feedback links: the causal chain, which must be acyclic. */
    public Graph<String, Link> causal() {
        return causal;
    }

    /** Strongly connected groups of more than one node in the causal graph: each holds a cycle. */
    public List<Set<String>> cyclicGroups() {
        List<Set<String>> groups = new ArrayList<>();
        for (Set<String> group : new KosarajuStrongConnectivityInspector<>(causal).stronglyConnectedSets()) {
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** One cycle through the group, as node ids from and back to its first node in declaration order. */
    public List<String> cycleThrough(Set<String> group) {
        String start = theory.nodes().keySet().stream().filter(group::contains).findFirst().orElseThrow();
        Graph<String, Link> inside = new AsSubgraph<>(causal, group);
        List<String> best = null;
        for (Link out : inside.outgoingEdgesOf(start)) {
            GraphPath<String, Link> back = BFSShortestPath.findPathBetween(inside, out.to(), start);
            if (back != null) {
                List<String> cycle = new ArrayList<>();
                cycle.add(start);
                cycle.addAll(back.getVertexList());
                if (best == null || cycle.size() < best.size()) {
                    best = cycle;
                }
            }
        }
        return best == null ? List.of(start, start) : best;
    }

    /** Nodes from which some impact can be reached (impacts included); computed once, several rules ask. */
    public Set<String> reachingImpact() {
        if (reachingImpact == null) {
            Graph<String, Link> reversed = new EdgeReversedGraph<>(all);
            List<String> impacts = theory.impacts().stream().map(Node::id).toList();
            Set<String> reached = new HashSet<>();
            if (!impacts.isEmpty()) {
                new BreadthFirstIterator<>(reversed, impacts).forEachRemaining(reached::add);
            }
            reachingImpact = Collections.unmodifiableSet(reached);
        }
        return reachingImpact;
    }

    /**
     * Nodes from which an outcome, a precondition or an impact can be reached (those included),
     * following every link: one search backwards from all of them, computed on first use.
     */
    public Set<String> reachingOutcome() {
        if (reachingOutcome == null) {
            List<String> ends = theory.nodes().values().stream()
                    .filter(n -> n.kind() == NodeKind.OUTCOME || n.kind() == NodeKind.IMPACT
                            || n.kind() == NodeKind.PRECONDITION)
                    .map(Node::id).toList();
            Set<String> reached = new HashSet<>();
            if (!ends.isEmpty()) {
                new BreadthFirstIterator<>(new EdgeReversedGraph<>(all), ends).forEachRemaining(reached::add);
            }
            reachingOutcome = Collections.unmodifiableSet(reached);
        }
        return reachingOutcome;
    }

    /** Nodes reachable from a start node (itself included), following every link. */
    public Set<String> downstreamOf(String start) {
        Set<String> reached = new LinkedHashSet<>();
        new BreadthFirstIterator<>(all, start).forEachRemaining(reached::add);
        return reached;
    }

    /** Nodes that reach a node (itself included), following every link backwards. */
    public Set<String> upstreamOf(String end) {
        Set<String> reached = new LinkedHashSet<>();
        new BreadthFirstIterator<>(new EdgeReversedGraph<>(all), end).forEachRemaining(reached::add);
        return reached;
    }
}
