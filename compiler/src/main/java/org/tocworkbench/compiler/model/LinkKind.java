package org.tocworkbench.compiler.model;

import java.util.List;

/** How a cause relates to its effect. */
public enum LinkKind implements Keyword {
    NECESSARY("necessary"), SUFFICIENT("sufficient"), CONTRIBUTORY("contributory", "contributing");

    private final List<String> words;

    LinkKind(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
