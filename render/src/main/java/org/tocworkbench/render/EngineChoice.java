package org.tocworkbench.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code --engine}: the native {@code dot} when it is on the PATH (auto), or one engine for sure. */
public enum EngineChoice {
    AUTO, NATIVE, EMBEDDED;

    public static Optional<EngineChoice> byWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
