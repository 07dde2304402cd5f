package org.tocworkbench.compiler.model;

import java.util.List;

/** A low/medium/high scale, used for link strength and assumption risk. */
public enum Level implements Keyword {
    LOW("low", "weak"), MEDIUM("medium", "moderate"), HIGH("high", "strong");

    private final List<String> words;

    Level(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
