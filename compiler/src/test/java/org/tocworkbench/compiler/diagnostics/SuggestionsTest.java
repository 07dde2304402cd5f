package org.tocworkbench.compiler.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYWORDS = List.of("impact", "outcome", "output", "activity", "horizon");

    @Test
    void closeMisspellingSuggestsTheWord() {
        assertEquals(Optional.of("outcome"), Suggestions.closest("outcom", KEYWORDS));
        assertEquals(Optional.of("horizon"), Suggestions.closest("horizn", KEYWORDS));
    }

    @Test
    void swappedLettersCountAsOneEdit() {
        assertEquals(Optional.of("impact"), Suggestions.closest("imapct", KEYWORDS));
    }

    @Test
    void differentCaseIsTheSameWord() {
        assertEquals(Optional.of("activity"), Suggestions.closest("Activity", KEYWORDS));
    }

    @Test
    void distantWordSuggestsNothing() {
        assertEquals(Optional.empty(), Suggestions.closest("pathway", KEYWORDS));
    }

    @Test
    void theWordItselfIsNotASuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("impact", List.of("impact")));
    }

    @Test
    void shortIdentifiersAllowOneEdit() {
        assertEquals(Optional.of("P1"), Suggestions.closest("P2", List.of("P1", "A1")));
    }
}
