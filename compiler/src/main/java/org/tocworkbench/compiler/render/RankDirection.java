package org.tocworkbench.compiler.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which way the results chain runs on the page, from activities to the impact: bottom to top
 * (the impact on top, as most theories of change are drawn), top to bottom, or left to right.
 */
public enum RankDirection {
    BT, TB, LR;

    public static Optional<RankDirection> byWord(String word) {
        return Arrays.stream(values()).filter(d -> d.name().equals(word.toUpperCase(Locale.ROOT))).findFirst();
    }
}
