package org.tocworkbench.compiler.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.LinkKind;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;

/**
 * The theory as the propagation reads it: results numbered as {@link TheoryGraph.Indexed} numbers
 * them, assumptions numbered in declaration order, and for each result the links into it with
 * their kind and the numbers of the assumptions they rest on. Built once per question.
 */
final class FailureGraph {
    /** A link into a result. {@code kind} is contributory when the theory does not say. */
    record In(Link link, int from, LinkKind kind, boolean kindStated, boolean feedback, int[] assumptions) {
    }

    final Theory theory;
    final List<String> ids;
    final List<String> assumptionIds;
    final Map<String, Integer> assumptionNumber;
    final int[][] nodeAssumptions;
    final In[][] incoming;
    final int[][] successors;
    final List<Link> links;
    /** The links into results, in the order of {@link #links}. */
    final In[] byLink;
    private final TheoryGraph.Indexed indexed;

    FailureGraph(TheoryGraph graph) {
        this.theory = graph.theory();
        this.indexed = graph.indexed();
        this.ids = indexed.ids();
        this.assumptionIds = List.copyOf(theory.assumptions().keySet());
        this.assumptionNumber = new HashMap<>(assumptionIds.size() * 2);
        for (int i = 0; i < assumptionIds.size(); i++) {
            assumptionNumber.put(assumptionIds.get(i), i);
        }
        int n = ids.size();
        nodeAssumptions = new int[n][];
        for (int v = 0; v < n; v++) {
            Node node = theory.nodes().get(ids.get(v));
            nodeAssumptions[v] = numbers(node.assumptions());
        }
        List<List<In>> in = new ArrayList<>(n);
        List<List<Integer>> out = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            in.add(new ArrayList<>(2));
            out.add(new ArrayList<>(2));
        }
        Set<String> seen = new HashSet<>(theory.links().size() * 2);
        List<Link> kept = new ArrayList<>(theory.links().size());
        List<In> inOrder = new ArrayList<>(theory.links().size());
        for (Link link : theory.links()) {
            int from = indexed.numberOf(link.from());
            int to = indexed.numberOf(link.to());
            if (from < 0 || to < 0 || from == to || !seen.add(link.key())) {
                continue;
            }
            kept.add(link);
            LinkKind kind = link.kind() == null ? LinkKind.CONTRIBUTORY : link.kind();
            In into = new In(link, from, kind, link.kind() != null, link.feedback(), numbers(link.allAssumptions()));
            in.get(to).add(into);
            inOrder.add(into);
            out.get(from).add(to);
        }
        links = List.copyOf(kept);
        byLink = inOrder.toArray(new In[0]);
        incoming = new In[n][];
        successors = new int[n][];
        for (int v = 0; v < n; v++) {
            incoming[v] = in.get(v).toArray(new In[0]);
            successors[v] = out.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int[] numbers(List<String> assumptions) {
        return assumptions.stream().map(assumptionNumber::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).distinct().toArray();
    }

    /** The number of a result, or -1. */
    int numberOf(String id) {
        return indexed.numberOf(id);
    }

    int size() {
        return ids.size();
    }

    /**
     * The results in an order where every causal (non-feedback) link runs forwards, or null when
     * the causal links form a cycle (a theory with TOC201): the graph's own order, whose links are
     * these ones (one per pair of results, as here).
     */
    int[] causalOrder() {
        return indexed.causalOrder();
    }
}
