package org.tocworkbench.compiler.model;

import java.util.List;

/** What kind of structure a network builds to carry a function: {@code structure WG "..." kind working-group}. */
public enum StructureKind implements Keyword {
    WORKING_GROUP("Working group", "working-group", "task-force"),
    FUND("Fund", "fund", "grant-fund", "small-grants-fund"),
    COMMUNITY_OF_PRACTICE("Community of practice", "community-of-practice", "cop"),
    PLATFORM("Platform", "platform"),
    COMMITTEE("Committee", "committee");

    private final String label;
    private final List<String> words;

    StructureKind(String label, String... words) {
        this.label = label;
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** Human label, e.g. "Community of practice". */
    public String label() {
        return label;
    }
}
