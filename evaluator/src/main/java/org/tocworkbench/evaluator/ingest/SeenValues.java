package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;
import java.util.Arrays;
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

    private long[] keys = new long[1024];
    private double[] values = new double[1024];
    private long[] places = new long[1024];
    private int size;
    private final Map<String, Earlier> overflow = new HashMap<>();

    SeenValues() {
        Arrays.fill(keys, EMPTY);
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
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return new Earlier(values[slot], (int) (places[slot] >>> 16), (int) (places[slot] & 0xFFFF));
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        places[slot] = (long) row << 16 | column;
        if (++size > keys.length / 4 * 3) {
            grow();
        }
        return null;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        values = new double[keys.length];
        places = new long[keys.length];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                places[slot] = oldPlaces[i];
            }
        }
    }
}
