package org.tocworkbench.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How results are boxed into clusters. A node sits in at most one box: for pathways, the nodes
 * of exactly one pathway (shared nodes stay outside); for actors, the owner, or else the only
 * contributor; for horizons, its stage of the results chain.
 */
public enum GroupBy {
    NONE, PATHWAY, ACTOR, HORIZON;

    public static Optional<GroupBy> byWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
