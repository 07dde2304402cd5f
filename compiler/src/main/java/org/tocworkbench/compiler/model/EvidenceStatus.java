package org.tocworkbench.compiler.model;

import java.util.List;

/** What the evidence says about an assumption so far. */
public enum EvidenceStatus implements Keyword {
    UNTESTED("untested"), SUPPORTED("supported"), CONTESTED("contested", "mixed"), REFUTED("refuted");

    private final List<String> words;

    EvidenceStatus(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
