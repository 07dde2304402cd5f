package org.tocworkbench.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which way the results chain runs on the page, from activities to the impact: left to right
 * (the default: six stage columns at most, so the width stays readable on an A4 page however
 * many results a stage has), bottom to top (the impact on top, good for narrow theories and
 * views), or top to bottom.
 */
public enum RankDirection {
    LR, BT, TB;

    public static Optional<RankDirection> byWord(String word) {
        return Arrays.stream(values()).filter(d -> d.name().equals(word.toUpperCase(Locale.ROOT))).findFirst();
    }
}
