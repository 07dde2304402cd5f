package org.tocworkbench.compiler.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance, as rustc and git do. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The closest candidate, if it is close enough to be a plausible misspelling: at most a
     * third of the word's length in edits (at least one), or equal ignoring case.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(1, word.length() / 3);
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.equals(word)) {
                continue;
            }
            if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(candidate);
            }
            if (Math.abs(candidate.length() - word.length()) > limit) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance (Levenshtein with transpositions), capped. */
    static int distance(String a, String b, int cap) {
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] swap = previous2;
            previous2 = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
