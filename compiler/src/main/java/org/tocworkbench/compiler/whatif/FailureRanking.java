package org.tocworkbench.compiler.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tocworkbench.compiler.graph.Bottlenecks;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.LinkKind;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;

/**
 * Every assumption and every result ranked by how many results fail when it alone fails, then by
 * how many more are weakened: the theory's weakest points (docs/what-if.md).
 *
 * <p>Propagating each failure on its own costs a pass over the graph per element. Instead, the
 * results are visited once in causal order, and each gets the set of elements whose failure alone
 * makes it fail, as a bit set: its own bit, the bits of the assumptions it rests on, the sets of
 * its necessary causes (with the assumptions of those links), and what its causes' sets (with
 * their links' assumptions) have in common. Those are the propagation's rules for failing, read
 * backwards; the counts are the number of results whose set holds each element. A second set per
 * result holds the elements that fail or weaken it, by the propagation's rules for weakening read
 * the same way: what touches a cause or a link into it (feedback links included), less what a
 * sufficient cause standing whole keeps off, unless a necessary cause is touched too; loops of
 * feedback links are followed with a work list until the sets stop growing. The elements are
 * taken in blocks of {@value #BLOCK} so the sets stay small on very large theories.
 */
public final class FailureRanking {
    static final int BLOCK = 4096;

    private FailureRanking() {
    }

    /**
     * One assumption or result and what its failure alone takes with it.
     *
     * @param failed      how many results fail with it (a result counts itself)
     * @param weakened    how many other results are weakened with it (they stand, but lost a cause)
     * @param impactFails whether an impact of the theory fails with it
     * @param bottleneck  a result every path from the activities to the impact runs through (TOC216)
     */
    public record Ranked(String id, boolean assumption, int failed, int weakened, boolean impactFails,
                         boolean bottleneck) {
    }

    /**
     * @param assumptions  every assumption, weakest first
     * @param results      every result, weakest first
     * @param resultCount  how many results the theory has
     * @param bottlenecks  the results TOC216 reports, in path order
     */
    public record Ranking(List<Ranked> assumptions, List<Ranked> results, int resultCount, List<String> bottlenecks) {
        public Ranking {
            assumptions = List.copyOf(assumptions);
            results = List.copyOf(results);
            bottlenecks = List.copyOf(bottlenecks);
        }
    }

    public static Ranking rank(TheoryGraph graph) {
        return rank(graph, BLOCK);
    }

    /** With blocks of {@code block} elements (a test makes them small to cross their edges). */
    static Ranking rank(TheoryGraph graph, int block) {
        FailureGraph failureGraph = new FailureGraph(graph);
        int n = failureGraph.size();
        int m = failureGraph.assumptionIds.size();
        int[] failed = new int[n + m];
        int[] weakened = new int[n + m];
        boolean[] impact = new boolean[n + m];
        int[] order = failureGraph.causalOrder();
        if (order == null) {
            countByPropagation(failureGraph, failed, weakened, impact);
        } else {
            for (int low = 0; low < n + m; low += block) {
                countBlock(failureGraph, order, low, Math.min(n + m, low + block), failed, weakened, impact);
            }
        }
        List<String> bottlenecks = Bottlenecks.onEveryPathToImpact(graph);
        Set<String> onEveryPath = new HashSet<>(bottlenecks);
        List<Ranked> results = new ArrayList<>(n);
        List<Ranked> assumptions = new ArrayList<>(m);
        Theory theory = graph.theory();
        for (String id : theory.nodes().keySet()) {
            int v = failureGraph.numberOf(id);
            results.add(new Ranked(id, false, failed[v], weakened[v], impact[v], onEveryPath.contains(id)));
        }
        for (int a = 0; a < m; a++) {
            assumptions.add(new Ranked(failureGraph.assumptionIds.get(a), true, failed[n + a], weakened[n + a], impact[n + a],
                    false));
        }
        Comparator<Ranked> weakestFirst = Comparator.comparingInt((Ranked r) -> -r.failed())
                .thenComparingInt(r -> -r.weakened())
                .thenComparing(r -> !r.impactFails());
        results.sort(weakestFirst); // stable: declaration order among equals
        assumptions.sort(weakestFirst);
        return new Ranking(assumptions, results, n, bottlenecks);
    }

    /** The elements numbered {@code low..high-1} (results, then assumptions after the results). */
    private static void countBlock(FailureGraph graph, int[] order, int low, int high, int[] failed, int[] weakened,
                                   boolean[] impact) {
        int n = graph.size();
        int words = (high - low + 63) >>> 6;
        long[] sets = new long[n * words];
        long[] common = new long[words];
        long[] cause = new long[words];
        for (int v : order) {
            int base = v * words;
            set(sets, base, v, low, high);
            for (int a : graph.nodeAssumptions[v]) {
                set(sets, base, n + a, low, high);
            }
            boolean anyCause = false;
            for (FailureGraph.In link : graph.incoming[v]) {
                if (link.feedback()) {
                    continue;
                }
                System.arraycopy(sets, link.from() * words, cause, 0, words);
                for (int a : link.assumptions()) {
                    set(cause, 0, n + a, low, high);
                }
                if (link.kind() == LinkKind.NECESSARY) {
                    for (int w = 0; w < words; w++) {
                        sets[base + w] |= cause[w];
                    }
                }
                if (!anyCause) {
                    System.arraycopy(cause, 0, common, 0, words);
                    anyCause = true;
                } else {
                    for (int w = 0; w < words; w++) {
                        common[w] &= cause[w];
                    }
                }
            }
            if (anyCause) {
                for (int w = 0; w < words; w++) {
                    sets[base + w] |= common[w];
                }
            }
        }
        long[] touched = touchedSets(graph, order, low, high, sets, words);
        Set<String> impacts = new HashSet<>();
        graph.theory.impacts().stream().map(Node::id).forEach(impacts::add);
        for (int v = 0; v < n; v++) {
            boolean isImpact = impacts.contains(graph.ids.get(v));
            int base = v * words;
            for (int w = 0; w < words; w++) {
                long bits = sets[base + w];
                while (bits != 0) {
                    int element = low + (w << 6) + Long.numberOfTrailingZeros(bits);
                    failed[element]++;
                    if (isImpact) {
                        impact[element] = true;
                    }
                    bits &= bits - 1;
                }
                long weakBits = touched[base + w] & ~sets[base + w];
                while (weakBits != 0) {
                    weakened[low + (w << 6) + Long.numberOfTrailingZeros(weakBits)]++;
                    weakBits &= weakBits - 1;
                }
            }
        }
    }

    /**
     * For each result, the elements of the block whose failure alone fails or weakens it, given
     * the sets of those that fail it ({@code failing}). A result is touched by what fails it, and
     * otherwise by what touches a cause or a link into it (feedback links too), unless a sufficient
     * link stays untouched and no necessary cause is touched: the rules of
     * {@link FailurePropagation}, per element at once. The sets only grow, so a work list in causal
     * order, with the targets of feedback links queued again when their cause's set grows, ends.
     */
    private static long[] touchedSets(FailureGraph graph, int[] order, int low, int high, long[] failing, int words) {
        int n = graph.size();
        long[] touched = new long[n * words];
        long[] link = new long[words];
        long[] any = new long[words];
        long[] rescued = new long[words];
        long[] necessary = new long[words];
        WorkList work = new WorkList(order);
        while (!work.isEmpty()) {
            int v = work.next();
            java.util.Arrays.fill(any, 0L);
            java.util.Arrays.fill(rescued, 0L);
            java.util.Arrays.fill(necessary, 0L);
            for (FailureGraph.In in : graph.incoming[v]) {
                System.arraycopy(touched, in.from() * words, link, 0, words);
                for (int a : in.assumptions()) {
                    set(link, 0, graph.size() + a, low, high);
                }
                for (int w = 0; w < words; w++) {
                    any[w] |= link[w];
                }
                if (in.feedback()) {
                    continue;
                }
                if (in.kind() == LinkKind.SUFFICIENT) {
                    for (int w = 0; w < words; w++) {
                        rescued[w] |= ~link[w];
                    }
                } else if (in.kind() == LinkKind.NECESSARY) {
                    for (int w = 0; w < words; w++) {
                        necessary[w] |= link[w];
                    }
                }
            }
            int base = v * words;
            boolean grew = false;
            for (int w = 0; w < words; w++) {
                long next = failing[base + w] | (any[w] & ~(rescued[w] & ~necessary[w]));
                if (next != touched[base + w]) {
                    touched[base + w] = next;
                    grew = true;
                }
            }
            if (grew) {
                work.add(graph.successors[v]);
            }
        }
        return touched;
    }

    private static void set(long[] bits, int base, int element, int low, int high) {
        if (element >= low && element < high) {
            int i = element - low;
            bits[base + (i >>> 6)] |= 1L << (i & 63);
        }
    }

    /** Causal links in a loop (a theory with TOC201): each element propagated on its own. */
    private static void countByPropagation(FailureGraph graph, int[] failed, int[] weakened, boolean[] impact) {
        int n = graph.size();
        List<String> elements = new ArrayList<>(graph.ids);
        elements.addAll(graph.assumptionIds);
        for (int e = 0; e < elements.size(); e++) {
            WhatIf whatIf = FailurePropagation.propagate(graph, List.of(elements.get(e)));
            failed[e] = whatIf.results(FailureState.FAILED).size();
            weakened[e] = whatIf.results(FailureState.WEAKENED).size();
            impact[e] = whatIf.impactFails();
        }
        assert failed.length == n + graph.assumptionIds.size();
    }
}
