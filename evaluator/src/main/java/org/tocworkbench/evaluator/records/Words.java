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
        int start = 0;
        int end = cell.length();
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
            c = c == '_' ? ' ' : Character.toLowerCase(c);
            if (c != normalised.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }
}
