package org.tocworkbench.compiler.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * The nodes that every path from one node to another runs through: the dominators of the target
 * in the graph seen from the source. JGraphT has no dominator algorithm, so this is the iterative
 * one of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001): near linear on
 * the graphs of a theory of change, where removing each candidate and searching again is quadratic.
 */
public final class Dominators {
    private Dominators() {
    }

    /**
     * The nodes on every path from {@code from} to {@code to}, in path order, both ends excluded;
     * empty when there are none, and also when {@code to} cannot be reached.
     */
    public static <V, E> List<V> onEveryPath(Graph<V, E> graph, V from, V to) {
        List<V> postorder = postorder(graph, from);
        Map<V, Integer> number = new HashMap<>();
        for (int i = 0; i < postorder.size(); i++) {
            number.put(postorder.get(i), i);
        }
        if (!number.containsKey(to)) {
            return List.of();
        }
        Map<V, V> idom = new HashMap<>();
        idom.put(from, from);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = postorder.size() - 1; i >= 0; i--) {
                V node = postorder.get(i);
                if (node.equals(from)) {
                    continue;
                }
                V candidate = null;
                for (E edge : graph.incomingEdgesOf(node)) {
                    V predecessor = graph.getEdgeSource(edge);
                    if (!idom.containsKey(predecessor)) {
                        continue; // not reached from `from`, or not processed yet
                    }
                    candidate = candidate == null ? predecessor : intersect(predecessor, candidate, idom, number);
                }
                if (candidate != null && !candidate.equals(idom.get(node))) {
                    idom.put(node, candidate);
                    changed = true;
                }
            }
        }
        List<V> chain = new ArrayList<>();
        for (V node = idom.get(to); node != null && !node.equals(from); node = idom.get(node)) {
            chain.add(node);
        }
        Collections.reverse(chain);
        return chain;
    }

    private static <V> V intersect(V a, V b, Map<V, V> idom, Map<V, Integer> number) {
        V left = a;
        V right = b;
        while (!left.equals(right)) {
            while (number.get(left) < number.get(right)) {
                left = idom.get(left);
            }
            while (number.get(right) < number.get(left)) {
                right = idom.get(right);
            }
        }
        return left;
    }

    /** The nodes reachable from {@code root} in depth-first postorder, without recursion. */
    private static <V, E> List<V> postorder(Graph<V, E> graph, V root) {
        List<V> order = new ArrayList<>();
        Map<V, Boolean> seen = new HashMap<>();
        Deque<V> nodes = new ArrayDeque<>();
        Deque<Iterator<E>> edges = new ArrayDeque<>();
        seen.put(root, true);
        nodes.push(root);
        edges.push(graph.outgoingEdgesOf(root).iterator());
        while (!nodes.isEmpty()) {
            Iterator<E> next = edges.peek();
            if (next.hasNext()) {
                V target = graph.getEdgeTarget(next.next());
                if (seen.putIfAbsent(target, true) == null) {
                    nodes.push(target);
                    edges.push(graph.outgoingEdgesOf(target).iterator());
                }
            } else {
                order.add(nodes.pop());
                edges.pop();
            }
        }
        return order;
    }
}
