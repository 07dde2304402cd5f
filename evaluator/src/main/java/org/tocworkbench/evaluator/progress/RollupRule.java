package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;

/**
 * Roll-ups for networks. By actor: the nodes the actor contributes to ({@code by}) or owns, and
 * the indicators it is responsible for. By network function: the nodes tagged with the function,
 * or belonging to a pathway tagged with it. Each roll-up counts its nodes per status and gives
 * their mean progress (each at most 100%), their worst status, and a status by {@link #METHOD}:
 * the status of the median result, so that one result off track among eight does not mark the
 * whole actor off track.
 */
public final class RollupRule {
    /** Said in reports beside roll-ups. */
    public static final String METHOD = "a roll-up's status is that of its median result: the rated results in order"
            + " from achieved to off track, the middle one (of two, the worse); so it is off track only when at least"
            + " half its rated results are off track";

    private RollupRule() {
    }

    /** One roll-up per actor, in declaration order. */
    public static List<Rollup> byActor(Theory theory, Map<String, NodeProgress> nodes,
                                       Map<String, IndicatorProgress> indicators) {
        List<Rollup> rollups = new ArrayList<>();
        for (Actor actor : theory.actors().values()) {
            List<String> members = new ArrayList<>();
            for (Node node : theory.nodes().values()) {
                if (node.contributors().contains(actor.id()) || actor.id().equals(node.owner())) {
                    members.add(node.id());
                }
            }
            List<String> responsible = new ArrayList<>();
            int withoutData = 0;
            for (Indicator indicator : theory.indicators().values()) {
                if (actor.id().equals(indicator.responsible())) {
                    responsible.add(indicator.id());
                    IndicatorProgress p = indicators.get(indicator.id());
                    if (p != null && p.status() == Status.NO_DATA) {
                        withoutData++;
                    }
                }
            }
            rollups.add(rollup(actor.id(), actor.name(), members, nodes, responsible, withoutData));
        }
        return rollups;
    }

    /** One roll-up per function that tags at least one node or pathway, in the order of {@link NetworkFunction}. */
    public static List<Rollup> byFunction(Theory theory, Map<String, NodeProgress> nodes) {
        Map<NetworkFunction, Set<String>> members = new EnumMap<>(NetworkFunction.class);
        for (Node node : theory.nodes().values()) {
            node.functions().forEach(f -> members.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(node.id()));
        }
        for (Pathway pathway : theory.pathways()) {
            for (NetworkFunction f : pathway.functions()) {
                pathway.nodes().stream().filter(theory.nodes()::containsKey)
                        .forEach(id -> members.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(id));
            }
        }
        List<Rollup> rollups = new ArrayList<>();
        for (Map.Entry<NetworkFunction, Set<String>> e : members.entrySet()) {
            List<String> ordered = theory.nodes().keySet().stream().filter(e.getValue()::contains).toList();
            rollups.add(rollup(e.getKey().word(), e.getKey().label(), ordered, nodes, List.of(), 0));
        }
        return rollups;
    }

    static Rollup rollup(String key, String label, List<String> members, Map<String, NodeProgress> nodes,
                                 List<String> indicators, int withoutData) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        List<Status> statuses = new ArrayList<>();
        double sum = 0;
        int counted = 0;
        for (String id : members) {
            NodeProgress p = nodes.get(id);
            Status status = p == null ? Status.NOT_RATED : p.status();
            counts.merge(status, 1, Integer::sum);
            statuses.add(status);
            if (p != null && status.isRated() && !Double.isNaN(p.progress())) {
                sum += Math.min(p.progress(), 100);
                counted++;
            }
        }
        return new Rollup(key, label, members, counts, counted == 0 ? Double.NaN : sum / counted,
                median(statuses), indicators, withoutData, Status.worstOf(statuses));
    }

    /**
     * The status of the median result: the rated statuses from best to worst, the middle one, or
     * the worse of the two middle ones; when none is rated, as {@link Status#worstOf}.
     */
    static Status median(List<Status> statuses) {
        List<Status> rated = statuses.stream().filter(Status::isRated)
                .sorted(java.util.Comparator.comparingInt(Status::severity)).toList();
        if (rated.isEmpty()) {
            return Status.worstOf(statuses);
        }
        return rated.get(rated.size() / 2);
    }
}
