package org.tocworkbench.evaluator.ingest;

import java.util.Arrays;

/**
 * The value held for each data element × org unit × combo × period of a DHIS2 data value set
 * while the file is read, so that a newer value further down can replace an older one: an
 * open-addressing table of three primitive arrays (packed key, value bits, update time and row),
 * 24 bytes a slot, rather than an object per value.
 */
final class LatestValues {
    /** {@link #put} added a new key. */
    static final int ADDED = -1;
    /** {@link #put} could not place the key: an index is beyond what the packed key holds. */
    static final int TOO_MANY = -2;

    static final int MAX_INDICATORS = (1 << 16) - 1;
    static final int MAX_ORG_UNITS = (1 << 20) - 1;
    static final int MAX_COMBOS = (1 << 12) - 1;
    static final int MAX_PERIODS = (1 << 16) - 1;

    private static final long EMPTY = -1L;

    private long[] keys;
    private long[] values;
    private long[] meta;
    private int capacity;
    private int size;

    LatestValues() {
        allocate(1024);
    }

    private void allocate(int slots) {
        capacity = slots;
        keys = new long[slots];
        Arrays.fill(keys, EMPTY);
        values = new long[slots];
        meta = new long[slots];
    }

    int size() {
        return size;
    }

    /**
     * Adds a value, or returns the slot of the value already held for the same key (the caller
     * decides which one holds, see {@link #replace}).
     */
    int put(int indicator, int orgUnit, int combo, int period, double value, int stamp, int row) {
        if (indicator >= MAX_INDICATORS || orgUnit >= MAX_ORG_UNITS || combo >= MAX_COMBOS || period >= MAX_PERIODS) {
            return TOO_MANY;
        }
        long key = (long) indicator << 48 | (long) orgUnit << 28 | (long) combo << 16 | period;
        int mask = capacity - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = Double.doubleToRawLongBits(value);
        meta[slot] = (long) stamp << 32 | (row & 0xFFFFFFFFL);
        if (++size > capacity / 4 * 3) {
            grow();
        }
        return ADDED;
    }

    void replace(int slot, double value, int stamp, int row) {
        values[slot] = Double.doubleToRawLongBits(value);
        meta[slot] = (long) stamp << 32 | (row & 0xFFFFFFFFL);
    }

    long key(int slot) {
        return keys[slot];
    }

    double value(int slot) {
        return Double.longBitsToDouble(values[slot]);
    }

    int stamp(int slot) {
        return (int) (meta[slot] >> 32);
    }

    int row(int slot) {
        return (int) meta[slot];
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

    /** The filled slots in row order, each as {@code row << 32 | slot}: cast to int for the slot. */
    long[] byRow() {
        long[] out = new long[size];
        int n = 0;
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] != EMPTY) {
                out[n++] = (long) row(slot) << 32 | slot;
            }
        }
        Arrays.sort(out);
        return out;
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
        long[] oldKeys = keys;
        long[] oldValues = values;
        long[] oldMeta = meta;
        allocate(capacity * 2);
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                meta[slot] = oldMeta[i];
            }
        }
    }
}
