package org.tocworkbench.compiler.model;

import java.util.List;

/** The kinds of result in a results chain, with their level from activities (0) to impact (3). */
public enum NodeKind implements Keyword {
    ACTIVITY(0, "activity", "intervention"),
    OUTPUT(1, "output"),
    PRECONDITION(2, "precondition"),
    OUTCOME(2, "outcome"),
    IMPACT(3, "impact", "goal");

    private final int level;
    private final List<String> words;

    NodeKind(int level, String... words) {
        this.level = level;
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** Position in the results chain: activity 0, output 1, outcome and precondition 2, impact 3. */
    public int level() {
        return level;
    }

    public static NodeKind fromKeyword(String keyword) {
        for (NodeKind kind : values()) {
            if (kind.words.contains(keyword)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(keyword);
    }
}
