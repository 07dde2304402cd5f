package org.tocworkbench.evaluator.ingest;

import java.util.Arrays;

/**
 * Hands out one {@code String} per distinct short text read from a sheet's character buffer, so
 * that the indicator ids, titles and group names repeated on a million rows are neither copied
 * nor hashed again on every row. Fixed size: a slot is overwritten when another text hashes to it.
 *
 * <p>A pool fed texts that hardly repeat (values, update times, record ids) would hash and compare
 * each one for nothing: an adaptive pool (one per CSV column) stops pooling, and only copies,
 * when fewer than one in four of its first {@value #TRIAL} look-ups found the text.
 */
final class TextPool {
    private static final int SLOTS = 4096;
    private static final int ADAPTIVE_SLOTS = 1024;
    private static final int MAX_LENGTH = 64;
    private static final int TRIAL = 4096;

    private final String[] texts;
    /** The characters of each pooled text, compared with the buffer in one vectorised call. */
    private final char[][] chars;
    private final boolean adaptive;
    private int lookups;
    private int hits;
    private boolean pooling = true;

    /** A pool that always pools. */
    TextPool() {
        this(false);
    }

    /** @param adaptive stop pooling when the texts hardly repeat (and hold fewer: one column's texts) */
    TextPool(boolean adaptive) {
        this.adaptive = adaptive;
        texts = new String[adaptive ? ADAPTIVE_SLOTS : SLOTS];
        chars = new char[texts.length][];
    }

    /** The text of {@code buffer[start, start + length)}. */
    String get(char[] buffer, int start, int length) {
        if (length > MAX_LENGTH || !pooling) {
            return new String(buffer, start, length);
        }
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + buffer[i];
        }
        int slot = (hash ^ hash >>> 16) & (texts.length - 1);
        char[] pooled = chars[slot];
        boolean hit = pooled != null && Arrays.equals(pooled, 0, pooled.length, buffer, start, start + length);
        if (adaptive && lookups < TRIAL) {
            hits += hit ? 1 : 0;
            if (++lookups == TRIAL) {
                pooling = hits * 4 >= TRIAL;
            }
        }
        if (hit) {
            return texts[slot];
        }
        String text = new String(buffer, start, length);
        texts[slot] = text;
        chars[slot] = Arrays.copyOfRange(buffer, start, start + length);
        return text;
    }
}
