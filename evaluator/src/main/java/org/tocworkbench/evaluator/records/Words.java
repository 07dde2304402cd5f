package org.tocworkbench.evaluator.records;

import java.util.Locale;

/**
 * How text in records is compared with text in a definition: ignoring case, surrounding spaces,
 * and the difference between {@code _} and a space, so that a KoboToolbox label
 * ({@code North East}) and its XML value ({@code north_east}) are the same answer.
 */
final class Words {
    private Words() {
    }

    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** True when {@code cell} reads as {@code normalised} (a result of {@link #normalise}); allocates nothing. */
    static boolean same(String cell, String normalised) {
        return same(cell, 0, cell.length(), normalised);
    }

    /**
     * True when one of the words of {@code cell} — the runs between white space as a regular
     * expression's {@code \s} finds it (space, tab, line breaks, form feed) — reads as
     * {@code normalised}: a select-multiple answer such as {@code fundraising mel} holds an option.
     * The same as testing each part of {@code cell.split("\\s+")}, without a pattern or an array.
     */
    static boolean hasWord(String cell, String normalised) {
        int n = cell.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(cell.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(cell.charAt(i))) {
                i++;
            }
            if (i > start && same(cell, start, i, normalised)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean same(String cell, int from, int to, String normalised) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(cell.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
            end--;
        }
        if (end - start != normalised.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = cell.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c == '_') {
                c = ' ';
            } else if (c >= 0x80) {
                c = Character.toLowerCase(c);
            }
            if (c != normalised.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }
}
