package org.tocworkbench.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a view does with the results outside it: draw them greyed, or leave them out. */
public enum ContextMode {
    GREY, HIDE;

    public static Optional<ContextMode> byWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("gray")) {
            return Optional.of(GREY);
        }
        return Arrays.stream(values()).filter(m -> m.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
