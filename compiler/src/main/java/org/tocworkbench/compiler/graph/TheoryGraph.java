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
    private final Indexed indexed;
    private Graph<String, Link> all;
    private Graph<String, Link> causal;
    private Set<String> reachingImpact;
    private Set<String> reachingOutcome;

    public TheoryGraph(Theory theory) {
        this.theory = theory;
        this.indexed = Indexed.of(theory);
    }

    private TheoryGraph(Theory theory, TheoryGraph same) {
        this.theory = theory;
        this.indexed = same.indexed;
    }

    /**
     * The graph of a theory with the same nodes and links as this one's (pathways added, say):
     * the graphs are shared, not built again.
     *
     * @throws IllegalArgumentException when the nodes or the links differ
     */
    public TheoryGraph of(Theory changed) {
        if (!changed.nodes().keySet().equals(theory.nodes().keySet()) || !changed.links().equals(theory.links())) {
            throw new IllegalArgumentException("the theory's nodes or links differ from this graph's");
        }
        return new TheoryGraph(changed, this);
    }

    /**
     * The graph with its nodes numbered in {@code all()}'s vertex order and each node's links as
     * arrays of numbers, for searches over the whole theory that JGraphT would run through hash
     * lookups at every step. Built once with the graph.
     */
    public static final class Indexed {
        private final List<String> ids;
        private final java.util.Map<String, Integer> number;
        private final int[][] successors;
        private final int[][] predecessors;
        private final int[][] causalSuccessors;

        /**
         * The numbering of a theory's graph as {@link TheoryGraph#all()} holds it, without building
         * that: the nodes in declaration order, and of several links between the same two nodes only
         * the first (the JGraphT graph takes no second edge between them).
         */
        static Indexed of(Theory theory) {
            List<String> ids = List.copyOf(theory.nodes().keySet());
            java.util.Map<String, Integer> number = numbered(ids);
            Set<Long> pairs = new HashSet<>(theory.links().size() * 2);
            List<Link> kept = new ArrayList<>(theory.links().size());
            for (Link link : theory.links()) {
                Integer from = number.get(link.from());
                Integer to = number.get(link.to());
                if (from != null && to != null && pairs.add((long) from * ids.size() + to)) {
                    kept.add(link);
                }
            }
            return new Indexed(ids, number, kept);
        }

        /** The numbering of a JGraphT graph of a theory: its vertices and edges in the graph's order. */
        public static Indexed of(Graph<String, Link> graph) {
            List<String> ids = List.copyOf(graph.vertexSet());
            return new Indexed(ids, numbered(ids), graph.edgeSet());
        }

        private static java.util.Map<String, Integer> numbered(List<String> ids) {
            java.util.Map<String, Integer> number = new java.util.HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) {
                number.put(ids.get(i), i);
            }
            return number;
        }

        private Indexed(List<String> ids, java.util.Map<String, Integer> number, java.util.Collection<Link> edges) {
            this.ids = ids;
            this.number = number;
            int n = ids.size();
            int[] out = new int[n];
            int[] in = new int[n];
            int[] causalOut = new int[n];
            int[] from = new int[edges.size()];
            int[] to = new int[edges.size()];
            boolean[] feedback = new boolean[edges.size()];
            int e = 0;
            for (Link link : edges) {
                from[e] = number.get(link.from());
                to[e] = number.get(link.to());
                feedback[e] = link.feedback();
                out[from[e]]++;
                in[to[e]]++;
                if (!feedback[e]) {
                    causalOut[from[e]]++;
                }
                e++;
            }
            successors = new int[n][];
            predecessors = new int[n][];
            causalSuccessors = new int[n][];
            for (int v = 0; v < n; v++) {
                successors[v] = new int[out[v]];
                predecessors[v] = new int[in[v]];
                causalSuccessors[v] = new int[causalOut[v]];
                out[v] = 0;
                in[v] = 0;
                causalOut[v] = 0;
            }
            for (int i = 0; i < e; i++) {
                successors[from[i]][out[from[i]]++] = to[i];
                predecessors[to[i]][in[to[i]]++] = from[i];
                if (!feedback[i]) {
                    causalSuccessors[from[i]][causalOut[from[i]]++] = to[i];
                }
            }
        }

        /** Node ids by number. */
        public List<String> ids() {
            return ids;
        }

        /** The number of a node, or -1 when the graph has no such node. */
        public int numberOf(String id) {
            Integer i = number.get(id);
            return i == null ? -1 : i;
        }

        /** For each node, the nodes its links lead to, in link order. Not to be modified. */
        public int[][] successors() {
            return successors;
        }

        /** How many links end at a node. */
        public int inDegree(int node) {
            return predecessors[node].length;
        }

        /** For each node, the nodes its causal (non-feedback) links lead to, in link order. Not to be modified. */
        public int[][] causalSuccessors() {
            return causalSuccessors;
        }

        /** The nodes from which one of {@code ends} can be reached following every link, ends included. */
        Set<String> reaching(List<String> ends) {
            boolean[] seen = new boolean[ids.size()];
            int[] queue = new int[ids.size()];
            int head = 0;
            int tail = 0;
            for (String end : ends) {
                int v = numberOf(end);
                if (v >= 0 && !seen[v]) {
                    seen[v] = true;
                    queue[tail++] = v;
                }
            }
            while (head < tail) {
                for (int p : predecessors[queue[head++]]) {
                    if (!seen[p]) {
                        seen[p] = true;
                        queue[tail++] = p;
                    }
                }
            }
            Set<String> reached = new HashSet<>(tail * 2);
            for (int i = 0; i < tail; i++) {
                reached.add(ids.get(queue[i]));
            }
            return reached;
        }

        /** Whether the causal links form no cycle (Kahn's algorithm: every node can be removed in turn). */
        boolean causalAcyclic() {
            return causalOrder() != null;
        }

        /**
         * The nodes in an order where every causal (non-feedback) link runs forwards (Kahn's
         * algorithm), or null when the causal links form a cycle.
         */
        public int[] causalOrder() {
            int n = ids.size();
            int[] indegree = new int[n];
            for (int[] targets : causalSuccessors) {
                for (int w : targets) {
                    indegree[w]++;
                }
            }
            int[] ready = new int[n];
            int tail = 0;
            for (int v = 0; v < n; v++) {
                if (indegree[v] == 0) {
                    ready[tail++] = v;
                }
            }
            for (int head = 0; head < tail; head++) {
                for (int w : causalSuccessors[ready[head]]) {
                    if (--indegree[w] == 0) {
                        ready[tail++] = w;
                    }
                }
            }
            return tail == n ? ready : null;
        }
    }

    public Theory theory() {
        return theory;
    }

    /** Every link, feedback included. */
    public synchronized Graph<String, Link> all() {
        if (all == null) {
            Graph<String, Link> built = new DefaultDirectedGraph<>(Link.class);
            theory.nodes().keySet().forEach(built::addVertex);
            for (Link link : theory.links()) {
                if (built.containsVertex(link.from()) && built.containsVertex(link.to())) {
                    built.addEdge(link.from(), link.to(), link);
                }
            }
            all = built;
        }
        return all;
    }

    /** How many links end at a node of the theory (0 for an id that is not a node). */
    public int inDegreeOf(String id) {
        int node = indexed.numberOf(id);
        return node < 0 ? 0 : indexed.inDegree(node);
    }

    /** The graph as numbered arrays, for searches over the whole theory. */
    public Indexed indexed() {
        return indexed;
    }

    /** Links without feedback links: the causal chain, which must be acyclic. Built on first use. */
    public synchronized Graph<String, Link> causal() {
        if (causal == null) {
            Graph<String, Link> built = new DefaultDirectedGraph<>(Link.class);
            all().vertexSet().forEach(built::addVertex);
            for (Link link : all().edgeSet()) {
                if (!link.feedback()) {
                    built.addEdge(link.from(), link.to(), link);
                }
            }
            causal = built;
        }
        return causal;
    }

    /** Strongly connected groups of more than one node in the causal graph: each holds a cycle. */
    public List<Set<String>> cyclicGroups() {
        List<Set<String>> groups = new ArrayList<>();
        if (indexed.causalAcyclic()) {
            return groups;
        }
        for (Set<String> group : new KosarajuStrongConnectivityInspector<>(causal()).stronglyConnectedSets()) {
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** One cycle through the group, as node ids from and back to its first node in declaration order. */
    public List<String> cycleThrough(Set<String> group) {
        String start = theory.nodes().keySet().stream().filter(group::contains).findFirst().orElseThrow();
        Graph<String, Link> inside = new AsSubgraph<>(causal(), group);
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

    /**
     * The ends of the results chain: the impacts when the theory declares any; otherwise the
     * results that some causal link reaches and from which none leads on (the top of a chain that
     * stops at a long-term outcome); in a theory without links (an indicator framework), the
     * results of the highest rank. In declaration order.
     */
    public List<Node> tops() {
        if (!theory.impacts().isEmpty()) {
            return theory.impacts();
        }
        Graph<String, Link> causal = causal();
        List<Node> ends = theory.nodes().values().stream()
                .filter(n -> causal.inDegreeOf(n.id()) > 0 && causal.outDegreeOf(n.id()) == 0).toList();
        if (!ends.isEmpty() || !theory.links().isEmpty()) {
            return ends;
        }
        int highest = theory.nodes().values().stream().mapToInt(Node::rank).max().orElse(0);
        return theory.nodes().values().stream().filter(n -> n.rank() == highest).toList();
    }

    /** Nodes from which some impact can be reached (impacts included); computed once, several rules ask. */
    public synchronized Set<String> reachingImpact() {
        if (reachingImpact == null) {
            List<String> impacts = theory.impacts().stream().map(Node::id).toList();
            reachingImpact = Collections.unmodifiableSet(indexed.reaching(impacts));
        }
        return reachingImpact;
    }

    /**
     * Nodes from which an outcome, a precondition or an impact can be reached (those included),
     * following every link: one search backwards from all of them, computed on first use.
     */
    public synchronized Set<String> reachingOutcome() {
        if (reachingOutcome == null) {
            List<String> ends = theory.nodes().values().stream()
                    .filter(n -> n.kind() == NodeKind.OUTCOME || n.kind() == NodeKind.IMPACT
                            || n.kind() == NodeKind.PRECONDITION)
                    .map(Node::id).toList();
            reachingOutcome = Collections.unmodifiableSet(indexed.reaching(ends));
        }
        return reachingOutcome;
    }

    /** Nodes reachable from a start node (itself included), following every link. */
    public Set<String> downstreamOf(String start) {
        Set<String> reached = new LinkedHashSet<>();
        new BreadthFirstIterator<>(all(), start).forEachRemaining(reached::add);
        return reached;
    }

    /** Nodes that reach a node (itself included), following every link backwards. */
    public Set<String> upstreamOf(String end) {
        Set<String> reached = new LinkedHashSet<>();
        new BreadthFirstIterator<>(new EdgeReversedGraph<>(all()), end).forEachRemaining(reached::add);
        return reached;
    }
}
