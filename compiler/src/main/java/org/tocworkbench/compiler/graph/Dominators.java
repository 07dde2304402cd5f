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

    /**
     * The same on a graph of nodes numbered {@code 0..successors.length-1}, each with the numbers of
     * the nodes its edges lead to: the nodes on every path from {@code from} to {@code to}, in path
     * order, both ends excluded. Arrays instead of maps and a JGraphT graph, for the graphs of large
     * theories that are checked again at every edit.
     */
    public static int[] onEveryPath(int[][] successors, int from, int to) {
        int n = successors.length;
        int[] postorder = postorder(successors, from);
        int[] number = new int[n];
        java.util.Arrays.fill(number, -1);
        for (int i = 0; i < postorder.length; i++) {
            number[postorder[i]] = i;
        }
        if (number[to] < 0) {
            return new int[0];
        }
        int[][] predecessors = predecessors(successors, number);
        int[] idom = new int[n];
        java.util.Arrays.fill(idom, -1);
        idom[from] = from;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = postorder.length - 1; i >= 0; i--) {
                int node = postorder[i];
                if (node == from) {
                    continue;
                }
                int candidate = -1;
                for (int predecessor : predecessors[node]) {
                    if (idom[predecessor] < 0) {
                        continue; // not processed yet
                    }
                    candidate = candidate < 0 ? predecessor : intersect(predecessor, candidate, idom, number);
                }
                if (candidate >= 0 && candidate != idom[node]) {
                    idom[node] = candidate;
                    changed = true;
                }
            }
        }
        int length = 0;
        for (int node = idom[to]; node >= 0 && node != from; node = idom[node]) {
            length++;
        }
        int[] chain = new int[length];
        for (int node = idom[to], i = length - 1; node >= 0 && node != from; node = idom[node], i--) {
            chain[i] = node;
        }
        return chain;
    }

    private static int intersect(int a, int b, int[] idom, int[] number) {
        int left = a;
        int right = b;
        while (left != right) {
            while (number[left] < number[right]) {
                left = idom[left];
            }
            while (number[right] < number[left]) {
                right = idom[right];
            }
        }
        return left;
    }

    /** The nodes reachable from {@code root} in depth-first postorder, without recursion. */
    private static int[] postorder(int[][] successors, int root) {
        int n = successors.length;
        int[] order = new int[n];
        int ordered = 0;
        boolean[] seen = new boolean[n];
        int[] nodes = new int[n];
        int[] nextEdge = new int[n];
        int depth = 0;
        seen[root] = true;
        nodes[depth++] = root;
        while (depth > 0) {
            int node = nodes[depth - 1];
            if (nextEdge[depth - 1] < successors[node].length) {
                int target = successors[node][nextEdge[depth - 1]++];
                if (!seen[target]) {
                    seen[target] = true;
                    nodes[depth] = target;
                    nextEdge[depth] = 0;
                    depth++;
                }
            } else {
                order[ordered++] = node;
                depth--;
            }
        }
        return java.util.Arrays.copyOf(order, ordered);
    }

    /** For each node reached (numbered), the reached nodes with an edge to it. */
    private static int[][] predecessors(int[][] successors, int[] number) {
        int n = successors.length;
        int[] count = new int[n];
        for (int v = 0; v < n; v++) {
            if (number[v] >= 0) {
                for (int w : successors[v]) {
                    count[w]++;
                }
            }
        }
        int[][] predecessors = new int[n][];
        for (int v = 0; v < n; v++) {
            predecessors[v] = new int[count[v]];
        }
        int[] filled = new int[n];
        for (int v = 0; v < n; v++) {
            if (number[v] >= 0) {
                for (int w : successors[v]) {
                    predecessors[w][filled[w]++] = v;
                }
            }
        }
        return predecessors;
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
