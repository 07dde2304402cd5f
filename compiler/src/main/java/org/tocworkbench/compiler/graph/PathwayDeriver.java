package org.tocworkbench.compiler.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.Span;

/**
 * Derives pathways when a theory declares none: one per path from a starting node (one nothing
 * leads to) to an end of the chain (the impact; in a theory without one, each result nothing
 * leads beyond, see {@link TheoryGraph#tops()}). Titles are unique and say where each pathway
 * ends when the chain has more than one end. Paths are first counted over a topological order, which costs one
 * pass whatever their number; they are enumerated only when there are at most {@link #BOUND},
 * by a walk that never enters a node with no path to the impact, so its cost is the total length
 * of the paths (a chain of 50,000 results is derived in milliseconds).
 */
public final class PathwayDeriver {
    public static final int BOUND = 64;

    /** The derived pathways, or none with the number of paths when there are more than the bound. */
    public record Result(List<Pathway> pathways, double pathCount) {
        public boolean truncated() {
            return pathCount > BOUND;
        }
    }

    public Result derive(TheoryGraph graph) {
        Theory theory = graph.theory();
        if (!graph.cyclicGroups().isEmpty()) {
            return new Result(List.of(), 0);
        }
        List<Node> impacts = graph.tops();
        Graph<String, Link> causal = graph.causal();
        if (impacts.isEmpty()) {
            return new Result(List.of(), 0);
        }
        Set<String> impactIds = new java.util.HashSet<>(impacts.stream().map(Node::id).toList());
        Map<String, Double> toImpact = pathsToImpact(causal, impactIds);
        double count = countFromStarts(causal, impactIds, toImpact);
        if (count > BOUND || count == 0) {
            return new Result(List.of(), count);
        }
        List<String> starts = theory.nodes().keySet().stream()
                .filter(id -> causal.inDegreeOf(id) == 0 && causal.outDegreeOf(id) > 0 && !impactIds.contains(id)).toList();
        Map<String, Integer> order = new HashMap<>();
        theory.nodes().keySet().forEach(id -> order.put(id, order.size()));
        List<List<String>> routes = enumerate(causal, starts, impactIds, toImpact);
        routes.sort((a, b) -> compareRoutes(a, b, order));
        boolean severalEnds = routes.stream().map(r -> r.get(r.size() - 1)).distinct().count() > 1;
        List<String> names = names(routes, theory, severalEnds);
        List<Pathway> pathways = new ArrayList<>();
        for (List<String> route : routes) {
            int n = pathways.size() + 1;
            List<String> links = new ArrayList<>();
            for (int i = 0; i + 1 < route.size(); i++) {
                links.add(route.get(i) + " -> " + route.get(i + 1));
            }
            String title = "Path " + n + ": " + names.get(n - 1);
            pathways.add(new Pathway("path-" + n, title, "", route, links, List.of(), true, Span.none()));
        }
        return new Result(pathways, count);
    }

    /**
     * A name for each route that no other route has: its first result and the result just before
     * its end (the end itself too when the routes end in more than one place); where two routes
     * would still share a name, the results that tell them apart are named between, the nearest
     * to the end first, until every name is unique. Results are named by their short label.
     */
    static List<String> names(List<List<String>> routes, Theory theory, boolean severalEnds) {
        List<java.util.SortedSet<Integer>> shown = new ArrayList<>();
        for (List<String> route : routes) {
            java.util.SortedSet<Integer> positions = new java.util.TreeSet<>();
            positions.add(0);
            int end = route.size() - 1;
            if (end >= 2) {
                positions.add(end - 1);
            }
            if (severalEnds) {
                positions.add(end);
            }
            shown.add(positions);
        }
        for (int round = 0; round < 64; round++) {
            Map<String, List<Integer>> byName = new HashMap<>();
            for (int r = 0; r < routes.size(); r++) {
                byName.computeIfAbsent(name(routes.get(r), shown.get(r), theory), k -> new ArrayList<>()).add(r);
            }
            boolean changed = false;
            for (List<Integer> same : byName.values()) {
                if (same.size() < 2) {
                    continue;
                }
                for (int r : same) {
                    List<String> route = routes.get(r);
                    for (int i = route.size() - (severalEnds ? 1 : 2); i > 0; i--) {
                        if (!shown.get(r).contains(i)) {
                            shown.get(r).add(i);
                            changed = true;
                            break;
                        }
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        List<String> names = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            names.add(name(routes.get(r), shown.get(r), theory));
        }
        // Results with the same title: the ids tell the routes apart, as nothing else can.
        Map<String, Long> counts = new HashMap<>();
        names.forEach(n -> counts.merge(n, 1L, Long::sum));
        for (int r = 0; r < routes.size(); r++) {
            if (counts.get(names.get(r)) > 1) {
                names.set(r, names.get(r) + " (" + String.join(" → ", routes.get(r)) + ")");
            }
        }
        return names;
    }

    private static String name(List<String> route, java.util.SortedSet<Integer> positions, Theory theory) {
        List<String> parts = new ArrayList<>();
        for (int i : positions) {
            parts.add(theory.nodes().get(route.get(i)).shortTitle());
        }
        return String.join(" → ", parts);
    }

    private static int compareRoutes(List<String> a, List<String> b, Map<String, Integer> order) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(order.get(a.get(i)), order.get(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * Every path from a start to an impact, depth first with an explicit stack (chains can be
     * long), entering only nodes from which an impact can be reached.
     */
    private static List<List<String>> enumerate(Graph<String, Link> causal, List<String> starts, Set<String> impactIds,
                                                Map<String, Double> toImpact) {
        List<List<String>> routes = new ArrayList<>();
        for (String start : starts) {
            if (toImpact.getOrDefault(start, 0.0) == 0) {
                continue;
            }
            List<String> path = new ArrayList<>(List.of(start));
            Deque<Iterator<Link>> pending = new ArrayDeque<>();
            pending.push(causal.outgoingEdgesOf(start).iterator());
            while (!pending.isEmpty()) {
                Iterator<Link> next = pending.peek();
                if (!next.hasNext()) {
                    pending.pop();
                    path.remove(path.size() - 1);
                    continue;
                }
                String to = next.next().to();
                if (toImpact.getOrDefault(to, 0.0) == 0) {
                    continue;
                }
                path.add(to);
                if (impactIds.contains(to)) {
                    routes.add(List.copyOf(path));
                }
                pending.push(causal.outgoingEdgesOf(to).iterator());
            }
        }
        return routes;
    }

    /** For every node, the number of paths from it to an impact, by dynamic programming over a topological order. */
    private static Map<String, Double> pathsToImpact(Graph<String, Link> causal, Set<String> impactIds) {
        Map<String, Double> toImpact = new HashMap<>();
        List<String> topological = new ArrayList<>();
        new TopologicalOrderIterator<>(causal).forEachRemaining(topological::add);
        for (int i = topological.size() - 1; i >= 0; i--) {
            String v = topological.get(i);
            double paths = impactIds.contains(v) ? 1 : 0;
            for (Link out : causal.outgoingEdgesOf(v)) {
                paths += toImpact.getOrDefault(out.to(), 0.0);
            }
            toImpact.put(v, paths);
        }
        return toImpact;
    }

    /** Number of paths from any starting node (one nothing leads to) to any impact. */
    private static double countFromStarts(Graph<String, Link> causal, Set<String> impactIds, Map<String, Double> toImpact) {
        double total = 0;
        for (Map.Entry<String, Double> e : toImpact.entrySet()) {
            if (causal.inDegreeOf(e.getKey()) == 0 && !impactIds.contains(e.getKey())) {
                total += e.getValue();
            }
        }
        return total;
    }
}
