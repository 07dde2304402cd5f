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
    NONE, PATHWAY, ACTOR, HORIZON,
    /** The network view (docs/network.md): the structure that delivers a result, when it names exactly one. */
    STRUCTURE,
    /** The network view: a result's network function, the network's primary ones first, then its secondary ones. */
    FUNCTION;

    /** Groupings of the network view, which also mark the results only the backbone delivers. */
    public boolean network() {
        return this == STRUCTURE || this == FUNCTION;
    }

    public static Optional<GroupBy> byWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
