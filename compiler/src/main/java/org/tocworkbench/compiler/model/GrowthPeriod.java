package org.tocworkbench.compiler.model;

import java.util.List;

/** The period a growth rate is stated per ({@code growth 30% per year}), and its length in months. */
public enum GrowthPeriod implements Keyword {
    YEAR(12, "year", "annum"), HALF(6, "half", "half-year", "semester"), QUARTER(3, "quarter"), MONTH(1, "month");

    private final int months;
    private final List<String> words;

    GrowthPeriod(int months, String... words) {
        this.months = months;
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    public int months() {
        return months;
    }
}
