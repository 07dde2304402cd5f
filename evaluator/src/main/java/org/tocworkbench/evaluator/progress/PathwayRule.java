package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;

/**
 * A pathway's progress along its chain. Its nodes are put in chain order — a topological order
 * of the pathway's causal links, ties broken by rank in the results chain (activities first) and
 * then by the order the pathway names them — so that "upstream" means what the arrows say.
 * Progress is the mean of the nodes' progress (each at most 100%), status the worst of the
 * nodes' statuses, and the bottleneck the first node in chain order that is off track.
 */
public final class PathwayRule {
    public static final String METHOD = "pathway progress is the mean of its nodes' progress; pathway status is the"
            + " worst status of its nodes; the bottleneck is the most upstream node that is off track";

    private PathwayRule() {
    }

    public static PathwayProgress evaluate(Theory theory, Pathway pathway, Map<String, NodeProgress> nodes,
                                           List<InconsistentLink> inconsistent) {
        List<String> members = pathway.nodes().stream().filter(theory.nodes()::containsKey).toList();
        List<Link> links = linksOf(theory, pathway, members);
        List<String> chain = chainOrder(theory, members, links);
        List<PathwayProgress.Step> steps = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        double sum = 0;
        int counted = 0;
        String bottleneck = null;
        int offTrack = 0;
        for (String id : chain) {
            NodeProgress p = nodes.get(id);
            Status status = p == null ? Status.NOT_RATED : p.status();
            double progress = p == null ? Double.NaN : p.progress();
            steps.add(new PathwayProgress.Step(id, status, progress));
            statuses.add(status);
            if (status.isRated() && !Double.isNaN(progress)) {
                sum += Math.min(progress, 100);
                counted++;
            }
            if (status == Status.OFF_TRACK) {
                offTrack++;
                if (bottleneck == null) {
                    bottleneck = id;
                }
            }
        }
        List<String> heldUp = bottleneck == null ? List.of() : downstream(bottleneck, chain, links);
        Set<String> keys = new HashSet<>();
        links.forEach(l -> keys.add(l.key()));
        List<InconsistentLink> own = inconsistent.stream().filter(l -> keys.contains(l.key())).toList();
        List<String> notes = new ArrayList<>();
        if (offTrack > 1) {
            notes.add(offTrack + " results are off track; the bottleneck is the most upstream of them");
        }
        long unrated = statuses.stream().filter(s -> !s.isRated()).count();
        if (unrated > 0 && unrated < statuses.size()) {
            notes.add(unrated + " of " + statuses.size() + " results not rated");
        }
        return new PathwayProgress(pathway.id(), pathway.title(), steps, counted == 0 ? Double.NaN : sum / counted,
                Status.worstOf(statuses), bottleneck, heldUp, own, notes);
    }

    /** The causal links the pathway names, or, when it only lists members, every causal link between them. */
    static List<Link> linksOf(Theory theory, Pathway pathway, List<String> members) {
        Set<String> named = new HashSet<>(pathway.links());
        Set<String> memberSet = new HashSet<>(members);
        List<Link> links = new ArrayList<>();
        for (Link link : theory.links()) {
            if (link.feedback()) {
                continue;
            }
            boolean inside = memberSet.contains(link.from()) && memberSet.contains(link.to());
            if (named.isEmpty() ? inside : named.contains(link.key()) && inside) {
                links.add(link);
            }
        }
        return links;
    }

    /** Topological order with ties broken by rank, then by the order the pathway lists the nodes. */
    static List<String> chainOrder(Theory theory, List<String> members, List<Link> links) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            position.put(members.get(i), i);
        }
        Map<String, Integer> incoming = new HashMap<>();
        Map<String, List<String>> outgoing = new HashMap<>();
        members.forEach(m -> incoming.put(m, 0));
        for (Link link : links) {
            incoming.merge(link.to(), 1, Integer::sum);
            outgoing.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
        }
        Comparator<String> byRank = Comparator.comparingInt((String id) -> theory.nodes().get(id).rank())
                .thenComparingInt(position::get);
        PriorityQueue<String> ready = new PriorityQueue<>(byRank);
        members.stream().filter(m -> incoming.get(m) == 0).forEach(ready::add);
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String next = ready.poll();
            order.add(next);
            for (String to : outgoing.getOrDefault(next, List.of())) {
                if (incoming.merge(to, -1, Integer::sum) == 0) {
                    ready.add(to);
                }
            }
        }
        if (order.size() < members.size()) {
            members.stream().filter(m -> !order.contains(m)).sorted(byRank).forEach(order::add);
        }
        return order;
    }

    private static List<String> downstream(String start, List<String> chain, List<Link> links) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(start));
        while (!frontier.isEmpty()) {
            String at = frontier.remove(frontier.size() - 1);
            for (Link link : links) {
                if (link.from().equals(at) && reached.add(link.to())) {
                    frontier.add(link.to());
                }
            }
        }
        return chain.stream().filter(reached::contains).filter(id -> !id.equals(start)).toList();
    }
}
