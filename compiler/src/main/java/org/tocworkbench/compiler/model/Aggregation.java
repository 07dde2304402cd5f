package org.tocworkbench.compiler.model;

import java.util.List;

/** How the values of several periods combine into one actual. */
public enum Aggregation implements Keyword {
    LATEST("latest", "last"), SUM("sum", "total"), MEAN("mean", "average"), MAX("max", "maximum"), MIN("min", "minimum");

    private final List<String> words;

    Aggregation(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
