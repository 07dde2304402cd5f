package org.tocworkbench.compiler.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * Pairs elements that left the old version with elements that arrived in the new one when they
 * say the same thing: a rename is the same content under a new id. The statements are compared
 * as sets of words; candidates come from an index of the new elements by word, so that the work
 * grows with the number of shared words, not with the product of the two lists. A caller may add
 * a score for the neighbourhood (the same links, the same subject). Pairs are taken best first,
 * ties in declaration order, so the result is deterministic.
 */
final class ContentMatcher {
    /** Words shared by more candidates than this say little about which one is meant. */
    private static final int COMMON_WORD = 64;
    /** Below this share of common words two statements are different statements. */
    static final double MIN_WORDS = 0.4;
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "their", "are",
            "its", "into", "has", "have", "this", "which", "who", "more", "our", "they", "them", "been", "was",
            "were", "will", "all", "out", "per", "than", "through");

    /** An element to match: its id and its statement. */
    record Item(String id, String text) {
    }

    /** A pair found: the old id and the new id. */
    record Pair(String oldId, String newId) {
    }

    private ContentMatcher() {
    }

    /**
     * @param compatible    whether an old and a new element may be the same one at all (the same level of result)
     * @param neighbourhood extra evidence for a pair in [0, 1] (old id, new id), or null for none
     * @param minScore      the least total score of a pair; the words alone count 0.75 when a
     *                      neighbourhood is given, all of it otherwise
     */
    static List<Pair> match(List<Item> removed, List<Item> added, BiPredicate<String, String> compatible,
                            BiFunction<String, String, Double> neighbourhood, double minScore) {
        if (removed.isEmpty() || added.isEmpty()) {
            return List.of();
        }
        List<Set<String>> addedWords = new ArrayList<>(added.size());
        Map<String, List<Integer>> index = new HashMap<>();
        for (int j = 0; j < added.size(); j++) {
            Set<String> words = words(added.get(j).text());
            addedWords.add(words);
            for (String w : words) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
            }
        }
        record Scored(int i, int j, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < removed.size(); i++) {
            Set<String> words = words(removed.get(i).text());
            Map<Integer, Integer> shared = new LinkedHashMap<>();
            for (String w : words) {
                List<Integer> postings = index.getOrDefault(w, List.of());
                if (postings.size() > COMMON_WORD) {
                    continue;
                }
                postings.forEach(j -> shared.merge(j, 1, Integer::sum));
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int j = e.getKey();
                int common = e.getValue();
                double jaccard = (double) common / (words.size() + addedWords.get(j).size() - common);
                if (jaccard < MIN_WORDS || !compatible.test(removed.get(i).id(), added.get(j).id())) {
                    continue;
                }
                double score = neighbourhood == null ? jaccard
                        : 0.75 * jaccard + 0.25 * neighbourhood.apply(removed.get(i).id(), added.get(j).id());
                if (score >= minScore) {
                    scored.add(new Scored(i, j, score));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(Scored::i).thenComparingInt(Scored::j));
        Set<Integer> takenOld = new HashSet<>();
        Set<Integer> takenNew = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Scored s : scored) {
            if (takenOld.contains(s.i()) || takenNew.contains(s.j())) {
                continue;
            }
            takenOld.add(s.i());
            takenNew.add(s.j());
            pairs.add(new Pair(removed.get(s.i()).id(), added.get(s.j()).id()));
        }
        return pairs;
    }

    /** The words of a statement that carry its meaning: lower case, no stop words, no one- or two-letter words. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && (w.length() > 2 || Character.isDigit(w.charAt(0))) && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The share of common members of two sets, 1 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
