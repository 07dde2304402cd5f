package org.tocworkbench.compiler.model;

import java.util.List;

/** What an indicator's values are. */
public enum UnitKind implements Keyword {
    COUNT("count", "number"), PERCENT("percent", "percentage"), CURRENCY("currency", "money"), RATIO("ratio", "rate"),
    BOOLEAN("boolean", "yes-no"), SCALE("scale", "ordinal"), TEXT("text", "qualitative");

    private final List<String> words;

    UnitKind(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    public boolean isNumeric() {
        return this == COUNT || this == PERCENT || this == CURRENCY || this == RATIO;
    }
}
