package org.tocworkbench.compiler.model;

import java.util.List;

/** When an outcome is expected: short, medium or long term. */
public enum Horizon implements Keyword {
    SHORT("short", "short-term"), MEDIUM("medium", "medium-term", "intermediate"), LONG("long", "long-term");

    private final List<String> words;

    Horizon(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
