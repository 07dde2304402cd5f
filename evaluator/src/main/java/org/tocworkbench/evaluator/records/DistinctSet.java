package org.tocworkbench.evaluator.records;

/**
 * The distinct values of a key column, kept as 64-bit hashes in one open-addressing array, so that
 * a million distinct participants cost 16 MB rather than a million strings. Two different values
 * share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a million values).
 */
final class DistinctSet {
    private long[] slots = new long[16];
    private int size;

    /** Adds a value's hash; true when it was not there. */
    boolean add(long hash) {
        long h = hash == 0 ? 1 : hash;
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (mix(h) & mask);
        while (slots[i] != 0) {
            if (slots[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = h;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
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
