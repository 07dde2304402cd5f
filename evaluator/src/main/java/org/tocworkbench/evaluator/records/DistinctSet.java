package org.tocworkbench.evaluator.records;

/**
 * The distinct values of a key column, kept as 64-bit hashes in one open-addressing array, so that
 * a million distinct participants cost 16 MB rather than a million strings. Two different values
 * share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a million values).
 */
final class DistinctSet {
    /** Hashes added but not yet placed: their slots are read together ({@link #placePending}). */
    private static final int PENDING = 32;

    private long[] slots = new long[16];
    private int size;
    private final long[] pending = new long[PENDING];
    private int pendingCount;
    /** What {@link #placePending} read ahead, kept so that the reads are not optimised away. */
    @SuppressWarnings("unused")
    private long touched;

    /** Adds a value's hash. */
    void add(long hash) {
        pending[pendingCount++] = hash == 0 ? 1 : hash;
        if (pendingCount == PENDING) {
            placePending();
        }
    }

    /**
     * Places the hashes added since the last call. Their slots are read first, one after the
     * other: with hundreds of thousands of keys the array is far larger than the cache, and
     * placing a key is mostly waiting for its slot; read together, the waits overlap.
     */
    private void placePending() {
        if (pendingCount == 0) {
            return;
        }
        if ((size + pendingCount) * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        long read = 0;
        for (int i = 0; i < pendingCount; i++) {
            read += slots[(int) (mix(pending[i]) & mask)];
        }
        touched = read;
        for (int i = 0; i < pendingCount; i++) {
            place(pending[i]);
        }
        pendingCount = 0;
    }

    private void place(long h) {
        int mask = slots.length - 1;
        int i = (int) (mix(h) & mask);
        while (slots[i] != 0) {
            if (slots[i] == h) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = h;
        size++;
    }

    int size() {
        placePending();
        return size;
    }

    /** Doubles the array until it is at most half full with the pending hashes placed. */
    private void grow() {
        long[] old = slots;
        int length = old.length * 2;
        while ((size + pendingCount) * 2 >= length) {
            length *= 2;
        }
        slots = new long[length];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (mix(h) & mask);
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** A 64-bit hash of a value as written, ignoring case and surrounding spaces (FNV-1a, mixed). */
    static long hash(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            h ^= Character.toLowerCase(value.charAt(i));
            h *= 0x100000001b3L;
        }
        return mix(h) ^ (end - start);
    }
}
