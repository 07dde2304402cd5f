package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The select-multiple word test ({@code where skills contains "fundraising"}) answers as splitting
 * the cell on {@code \s+} and comparing each part did, for every cell as the computations see it
 * (trimmed, not blank): white space of all kinds, underscores, case.
 */
class WordsTest {
    @Test
    void aWordOfASelectMultipleAnswerIsFoundAsSplittingFoundIt() {
        Random random = new Random(14);
        String alphabet = "ab_A \t\n\r\f\u000B\u2003\u00a0";
        String[] options = {"a", "ab", "a b", "b", "A_b", ""};
        int found = 0;
        for (int trial = 0; trial < 100_000; trial++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = cell.toString().trim();
            if (text.isEmpty()) {
                continue;
            }
            String word = Words.normalise(options[random.nextInt(options.length)]);
            boolean split = false;
            for (String part : text.split("\\s+")) {
                split |= Words.same(part, word);
            }
            found += split ? 1 : 0;
            assertEquals(split, Words.hasWord(text, word), () -> "\"" + text + "\" has \"" + word + "\"");
        }
        assertTrue(found > 1000, "some cells have the word: " + found);
        assertTrue(Words.hasWord("fundraising advocacy", "advocacy"));
        assertTrue(Words.hasWord("Fundraising\tmel", "fundraising"));
        assertFalse(Words.hasWord("fundraising_advocacy", "advocacy"));
    }
}
