package org.tocworkbench.compiler.whatif;

/**
 * The results still to look at while a failure spreads, each at most once at a time: first every
 * result in the given order (causal order, so that most are settled on the first visit), then
 * those whose cause changed again (the targets of feedback links). A ring of the results' numbers.
 */
final class WorkList {
    private final int[] ring;
    private final boolean[] queued;
    private int head;
    private int size;

    /** @param order every result's number once, in the order of the first visits */
    WorkList(int[] order) {
        ring = order.clone();
        queued = new boolean[order.length];
        java.util.Arrays.fill(queued, true);
        size = order.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The next result to look at, no longer queued. */
    int next() {
        int v = ring[head];
        head = (head + 1) % ring.length;
        size--;
        queued[v] = false;
        return v;
    }

    /** Queues the results that are not queued already. */
    void add(int[] results) {
        for (int w : results) {
            if (!queued[w]) {
                queued[w] = true;
                ring[(head + size) % ring.length] = w;
                size++;
            }
        }
    }
}
