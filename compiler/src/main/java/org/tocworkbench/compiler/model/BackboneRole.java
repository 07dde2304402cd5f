package org.tocworkbench.compiler.model;

import java.util.List;

/**
 * The fluid roles backbone staff play for the network, as distinct from the positions they hold:
 * the five every network knows. A theory names more with {@code backbone plays WORD, ...} in its
 * {@code theory} block; roles are kept as words in the model so that those read the same.
 */
public enum BackboneRole implements Keyword {
    FACILITATOR("facilitator"), COORDINATOR("coordinator"), BROKER("broker"), CATALYST("catalyst"),
    CONVENER("convener");

    private final List<String> words;

    BackboneRole(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** The five words, in order. */
    public static List<String> known() {
        return java.util.Arrays.stream(values()).map(BackboneRole::word).toList();
    }
}
