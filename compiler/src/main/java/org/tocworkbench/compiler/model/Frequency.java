package org.tocworkbench.compiler.model;

import java.util.List;

/** How often an indicator is measured. */
public enum Frequency implements Keyword {
    WEEKLY("weekly"), MONTHLY("monthly"), QUARTERLY("quarterly"), BIANNUAL("biannual", "semiannual", "half-yearly"),
    ANNUAL("annual", "annually", "yearly"), BASELINE_ENDLINE("baseline-endline", "endline"),
    AD_HOC("ad-hoc", "continuous", "once");

    private final List<String> words;

    Frequency(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }
}
