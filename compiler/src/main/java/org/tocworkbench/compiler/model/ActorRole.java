package org.tocworkbench.compiler.model;

import java.util.List;

/** The part an actor plays in a network. */
public enum ActorRole implements Keyword {
    BACKBONE("backbone", "secretariat"), MEMBER("member"), PARTNER("partner"), FUNDER("funder", "donor"),
    BOUNDARY_PARTNER("boundary-partner"),
    /** A working group, fund, community of practice or platform ({@code structure}, docs/network.md). */
    STRUCTURE("structure");

    private final List<String> words;

    ActorRole(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
