package org.tocworkbench.compiler.model;

import java.util.List;

/**
 * How much a revision of the theory changed, as a record of changes states it (the "level of
 * change" column of a logframe's record of changes): minor wording, moderate (an indicator or a
 * target), major (results or pathways).
 */
public enum ChangeLevel implements Keyword {
    MINOR("minor"), MODERATE("moderate", "medium"), MAJOR("major");

    private final List<String> words;

    ChangeLevel(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
