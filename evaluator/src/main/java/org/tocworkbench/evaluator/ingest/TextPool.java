package org.tocworkbench.evaluator.ingest;

/**
 * Hands out one {@code String} per distinct short text read from a sheet's character buffer, so
 * that the indicator ids, titles and group names repeated on a million rows are neither copied
 * nor hashed again on every row. Fixed size: a slot is overwritten when another text hashes to it.
 */
final class TextPool {
    private static final int SLOTS = 4096;
    private static final int MAX_LENGTH = 64;

    private final String[] texts = new String[SLOTS];

    /** The text of {@code buffer[start, start + length)}. */
    String get(char[] buffer, int start, int length) {
        if (length > MAX_LENGTH) {
            return new String(buffer, start, length);
        }
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + buffer[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String pooled = texts[slot];
        if (pooled != null && pooled.length() == length && same(pooled, buffer, start, length)) {
            return pooled;
        }
        String text = new String(buffer, start, length);
        texts[slot] = text;
        return text;
    }

    private static boolean same(String text, char[] buffer, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != buffer[start + i]) {
                return false;
            }
        }
        return true;
    }
}
