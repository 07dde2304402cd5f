package org.tocworkbench.compiler.model;

import java.util.List;

/** Which way an indicator should move for the result to be achieved. */
public enum Direction implements Keyword {
    INCREASE("increase", "up", "higher"), DECREASE("decrease", "down", "lower"), MAINTAIN("maintain", "stable");

    private final List<String> words;

    Direction(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
