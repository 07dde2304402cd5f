package org.tocworkbench.evaluator.progress;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress of a group of nodes — those an actor contributes to or owns, or those serving one
 * network function: how many nodes have each status, their mean progress, the status of the median
 * node and the worst status.
 *
 * @param key         actor id, or the function's canonical word (e.g. {@code advocacy})
 * @param label       actor name or function label
 * @param counts      nodes per status, every status present, in {@link Status} order
 * @param indicators  for actors: indicators the actor is responsible for; for functions: empty
 * @param indicatorsWithoutData of those, how many have no data at the as-of date
 * @param status      the status of the median result ({@link RollupRule#METHOD})
 * @param worst       the worst status among the nodes
 */
public record Rollup(String key, String label, List<String> nodes, Map<Status, Integer> counts, double progress,
                     Status status, List<String> indicators, int indicatorsWithoutData, Status worst) {
    public Rollup {
        nodes = List.copyOf(nodes);
        indicators = List.copyOf(indicators);
        Map<Status, Integer> ordered = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            ordered.put(s, counts.getOrDefault(s, 0));
        }
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
    }
}
