package org.tocworkbench.compiler.model;

import java.util.List;

/** How a monitoring sheet is laid out. */
public enum Layout implements Keyword {
    LONG("long"), WIDE("wide");

    private final List<String> words;

    Layout(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
