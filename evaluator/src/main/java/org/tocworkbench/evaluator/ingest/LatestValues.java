package org.tocworkbench.evaluator.ingest;

import java.util.Arrays;

/**
 * The value held for each data element × org unit × combo × period of a DHIS2 data value set
 * while the file is read, so that a newer value further down can replace an older one: entries in
 * primitive arrays (packed key, value bits, update time and row; 24 bytes each) in the order their
 * keys first appeared, found through an open-addressing table of (key, entry) pairs — no object
 * per value, and no sorting to hand them out in file order.
 */
final class LatestValues {
    /** {@link #put} added a new key; entries are numbered 0, 1, 2... in that order. */
    static final int ADDED = -1;
    /** {@link #put} could not place the key: an index is beyond what the packed key holds. */
    static final int TOO_MANY = -2;

    static final int MAX_INDICATORS = (1 << 16) - 1;
    static final int MAX_ORG_UNITS = (1 << 20) - 1;
    static final int MAX_COMBOS = (1 << 12) - 1;
    static final int MAX_PERIODS = (1 << 16) - 1;

    private static final long EMPTY = -1L;
    /** {@link #key} for indexes beyond what a packed key holds. */
    static final long NO_KEY = -2L;

    /** Open addressing: pairs of (packed key, entry number); one cache line a probe. */
    private long[] table;
    private int capacity;
    /** The entries in the order their keys first appeared: key, value bits, update time and row. */
    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private long[] meta = new long[1024];
    private int size;
    /** What {@link #prefetch} read, kept so that the reads are not optimised away. */
    @SuppressWarnings("unused")
    private long touched;

    LatestValues() {
        allocate(2048);
    }

    private void allocate(int slots) {
        capacity = slots;
        table = new long[2 * slots];
        for (int i = 0; i < table.length; i += 2) {
            table[i] = EMPTY;
        }
    }

    int size() {
        return size;
    }

    /**
     * Adds a value, or returns the entry of the value already held for the same key (the caller
     * decides which one holds, see {@link #replace}).
     */
    int put(int indicator, int orgUnit, int combo, int period, double value, int stamp, int row) {
        long key = key(indicator, orgUnit, combo, period);
        return key == NO_KEY ? TOO_MANY : put(key, value, stamp, row);
    }

    /** The packed key, or {@link #NO_KEY} when an index is beyond what it holds. */
    static long key(int indicator, int orgUnit, int combo, int period) {
        if (indicator >= MAX_INDICATORS || orgUnit >= MAX_ORG_UNITS || combo >= MAX_COMBOS || period >= MAX_PERIODS) {
            return NO_KEY;
        }
        return (long) indicator << 48 | (long) orgUnit << 28 | (long) combo << 16 | period;
    }

    /**
     * Reads the table slots where these keys start their search, one after the other and nothing
     * else, so that their cache misses overlap instead of costing one wait for each {@link #put}:
     * a table of a million values is far larger than the cache, and a put is mostly that wait.
     */
    void prefetch(long[] keys, int count) {
        int mask = capacity - 1;
        long touched = 0;
        for (int i = 0; i < count; i++) {
            touched += table[2 * (mix(keys[i]) & mask)];
        }
        this.touched = touched;
    }

    /** Sizes the table once for about this many values (a hint from the file's length). */
    void reserve(int expected) {
        int wanted = Integer.highestOneBit(Math.max(1024, Math.min(expected, 1 << 22)) * 4 / 3) * 2;
        if (wanted > capacity) {
            long[] old = table;
            int oldCapacity = capacity;
            allocate(wanted);
            rehash(old, oldCapacity);
        }
        if (wanted / 2 > keys.length) {
            keys = Arrays.copyOf(keys, wanted / 2);
            values = Arrays.copyOf(values, wanted / 2);
            meta = Arrays.copyOf(meta, wanted / 2);
        }
    }

    /** Adds a value under a key from {@link #key}, as {@link #put(int, int, int, int, double, int, int)}. */
    int put(long key, double value, int stamp, int row) {
        int mask = capacity - 1;
        int slot = mix(key) & mask;
        while (table[2 * slot] != EMPTY) {
            if (table[2 * slot] == key) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        if (size == keys.length) {
            int more = size + (size >> 1);
            keys = Arrays.copyOf(keys, more);
            values = Arrays.copyOf(values, more);
            meta = Arrays.copyOf(meta, more);
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = size;
        keys[size] = key;
        values[size] = Double.doubleToRawLongBits(value);
        meta[size] = (long) stamp << 32 | (row & 0xFFFFFFFFL);
        if (++size > capacity / 4 * 3) {
            grow();
        }
        return ADDED;
    }

    void replace(int entry, double value, int stamp, int row) {
        values[entry] = Double.doubleToRawLongBits(value);
        meta[entry] = (long) stamp << 32 | (row & 0xFFFFFFFFL);
    }

    long key(int entry) {
        return keys[entry];
    }

    double value(int entry) {
        return Double.longBitsToDouble(values[entry]);
    }

    int stamp(int entry) {
        return (int) (meta[entry] >> 32);
    }

    int row(int entry) {
        return (int) meta[entry];
    }

    static int indicator(long key) {
        return (int) (key >>> 48);
    }

    static int orgUnit(long key) {
        return (int) (key >>> 28) & MAX_ORG_UNITS;
    }

    static int combo(long key) {
        return (int) (key >>> 16) & MAX_COMBOS;
    }

    static int period(long key) {
        return (int) key & MAX_PERIODS;
    }

    /** MurmurHash3's 64-bit finaliser: every key bit reaches the low bits the mask keeps. */
    private static int mix(long key) {
        long h = key ^ key >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ h >>> 33);
    }

    private void grow() {
        long[] old = table;
        allocate(capacity * 2);
        rehash(old, capacity / 2);
    }

    private void rehash(long[] old, int oldCapacity) {
        int mask = capacity - 1;
        for (int i = 0; i < 2 * oldCapacity; i += 2) {
            if (old[i] != EMPTY) {
                int slot = mix(old[i]) & mask;
                while (table[2 * slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
            }
        }
    }
}
