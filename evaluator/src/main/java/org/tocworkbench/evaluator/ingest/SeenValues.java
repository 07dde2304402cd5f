package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The values already read, by indicator, period and group, to catch the same value given twice.
 * The one structure of an import that grows with the data: an open-addressing table of packed
 * {@code long} keys, 24–48 bytes per distinct (indicator, period, group).
 */
final class SeenValues {
    /** An earlier value: its number and the row it came from. */
    record Earlier(double value, int row, int column) {
    }

    private static final long EMPTY = Long.MIN_VALUE;
    private static final long EPOCH_1800 = LocalDate.of(1800, 1, 1).toEpochDay();

    /** Interleaved slots of three longs: key, value bits, row << 16 | column — one cache line per probe. */
    private long[] slots = new long[3 * 1024];
    private int capacity = 1024;
    private int size;
    private final Map<String, Earlier> overflow = new HashMap<>();

    SeenValues() {
        for (int i = 0; i < slots.length; i += 3) {
            slots[i] = EMPTY;
        }
    }

    /** Grows the table once for about {@code values} entries, instead of doubling on the way (capped at 16M). */
    void reserve(int values) {
        int wanted = Integer.highestOneBit(Math.max(1024, Math.min(values, 1 << 24)) * 4 / 3) * 2;
        while (capacity < wanted) {
            grow();
        }
    }

    int size() {
        return size + overflow.size();
    }

    /**
     * Records a value; returns the earlier value for the same key, or null when it is the first.
     * An earlier value is kept: the caller compares.
     */
    Earlier putIfAbsent(int indicator, int group, Period period, double value, int row, int column) {
        long start = period.start().toEpochDay() - EPOCH_1800;
        long length = period.end().toEpochDay() - period.start().toEpochDay();
        if (indicator >= (1 << 14) || group >= (1 << 14) || start < 0 || start >= (1 << 18) || length < 0
                || length >= (1 << 16)) {
            String key = indicator + "|" + group + "|" + period.start() + "|" + period.end();
            Earlier earlier = overflow.get(key);
            if (earlier == null) {
                overflow.put(key, new Earlier(value, row, column));
            }
            return earlier;
        }
        long key = (long) indicator << 48 | (long) group << 34 | start << 16 | length;
        int mask = capacity - 1;
        int slot = mix(key) & mask;
        while (slots[3 * slot] != EMPTY) {
            if (slots[3 * slot] == key) {
                long place = slots[3 * slot + 2];
                return new Earlier(Double.longBitsToDouble(slots[3 * slot + 1]), (int) (place >>> 16),
                        (int) (place & 0xFFFF));
            }
            slot = (slot + 1) & mask;
        }
        slots[3 * slot] = key;
        slots[3 * slot + 1] = Double.doubleToRawLongBits(value);
        slots[3 * slot + 2] = (long) row << 16 | column;
        if (++size > capacity / 4 * 3) {
            grow();
        }
        return null;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    private void grow() {
        long[] old = slots;
        capacity *= 2;
        slots = new long[3 * capacity];
        for (int i = 0; i < slots.length; i += 3) {
            slots[i] = EMPTY;
        }
        int mask = capacity - 1;
        for (int i = 0; i < old.length; i += 3) {
            if (old[i] != EMPTY) {
                int slot = mix(old[i]) & mask;
                while (slots[3 * slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, i, slots, 3 * slot, 3);
            }
        }
    }
}
