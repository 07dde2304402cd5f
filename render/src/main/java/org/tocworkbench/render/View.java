package org.tocworkbench.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;

/**
 * Which part of a theory a diagram is about: all of it, one pathway, one actor's contribution,
 * one network function, or the neighbourhood of a node. A view only selects; how the rest is
 * drawn is {@link ContextMode}'s business.
 */
public sealed interface View permits View.Whole, View.OfPathway, View.OfActor, View.OfFunction, View.Around {

    /** The focus of this view in a theory; fails when the view names something the theory lacks. */
    Selection select(Theory theory, TheoryGraph graph) throws ViewException;

    /** The whole theory. */
    record Whole() implements View {
        @Override
        public Selection select(Theory theory, TheoryGraph graph) {
            return new Selection(theory.nodes().keySet(), new LinkedHashSet<>(theory.links().stream().map(Link::key).toList()),
                    Set.of(), "");
        }
    }

    /** One pathway, named by id or title (case is ignored). */
    record OfPathway(String name) implements View {
        @Override
        public Selection select(Theory theory, TheoryGraph graph) throws ViewException {
            Pathway pathway = find(theory);
            Set<String> nodes = new LinkedHashSet<>(pathway.nodes());
            Set<String> chained = new LinkedHashSet<>();
            for (String key : pathway.links()) {
                int arrow = key.indexOf(" -> ");
                chained.add(key.substring(0, arrow));
                chained.add(key.substring(arrow + 4));
            }
            Set<String> links = new LinkedHashSet<>();
            for (Link link : theory.links()) {
                boolean inside = nodes.contains(link.from()) && nodes.contains(link.to());
                boolean listedMember = !chained.contains(link.from()) || !chained.contains(link.to());
                if (pathway.links().contains(link.key()) || (inside && listedMember)) {
                    links.add(link.key());
                }
            }
            return new Selection(nodes, links, Set.of(), "pathway \u201c" + pathway.title() + "\u201d");
        }

        private Pathway find(Theory theory) throws ViewException {
            for (Pathway p : theory.pathways()) {
                if (p.id().equals(name) || p.title().equalsIgnoreCase(name) || p.id().equalsIgnoreCase(name)) {
                    return p;
                }
            }
            if (theory.pathways().isEmpty()) {
                throw new ViewException("no pathway `" + name + "`: the theory has no pathways");
            }
            List<String> names = new ArrayList<>();
            theory.pathways().forEach(p -> names.add(p.id()));
            throw new ViewException("no pathway `" + name + "`" + suggestion(name, names)
                    + "; pathways: " + String.join(", ", names));
        }
    }

    /**
     * What one actor contributes to: the results it owns or contributes to (emphasised) and
     * everything they lead to, up to the impact.
     */
    record OfActor(String id) implements View {
        @Override
        public Selection select(Theory theory, TheoryGraph graph) throws ViewException {
            Actor actor = theory.actors().get(id);
            if (actor == null) {
                List<String> ids = new ArrayList<>(theory.actors().keySet());
                throw new ViewException("no actor `" + id + "`" + suggestion(id, ids)
                        + (ids.isEmpty() ? "; the theory declares no actors" : "; actors: " + String.join(", ", ids)));
            }
            Set<String> own = new LinkedHashSet<>();
            for (Node node : theory.nodes().values()) {
                if (node.contributors().contains(id) || id.equals(node.owner())) {
                    own.add(node.id());
                }
            }
            if (own.isEmpty()) {
                throw new ViewException("actor `" + id + "` contributes to no result (no `by " + id + "` or `owner "
                        + id + "`)");
            }
            Set<String> nodes = new LinkedHashSet<>();
            for (String start : own) {
                nodes.addAll(graph.downstreamOf(start));
            }
            String caption = "contribution of " + actor.name()
                    + (actor.role() == null ? "" : " (" + actor.role().word() + ")");
            return new Selection(ordered(theory, nodes), internalLinks(theory, nodes), own, caption);
        }
    }

    /** The results and pathways tagged with one network or organisational function. */
    record OfFunction(NetworkFunction function) implements View {
        /** Reads a function word as written in .toc files ({@code advocacy}, {@code policy-influence}, ...). */
        public static OfFunction parse(String word) throws ViewException {
            String lower = word.toLowerCase(Locale.ROOT);
            List<String> words = new ArrayList<>();
            for (NetworkFunction f : NetworkFunction.values()) {
                if (f.words().contains(lower) || f.name().equalsIgnoreCase(lower)) {
                    return new OfFunction(f);
                }
                words.add(f.word());
            }
            throw new ViewException("unknown function `" + word + "`" + suggestion(word, words)
                    + "; functions: " + String.join(", ", words));
        }

        @Override
        public Selection select(Theory theory, TheoryGraph graph) throws ViewException {
            Set<String> tagged = new LinkedHashSet<>();
            for (Node node : theory.nodes().values()) {
                if (node.functions().contains(function)) {
                    tagged.add(node.id());
                }
            }
            Set<String> nodes = new LinkedHashSet<>(tagged);
            for (Pathway pathway : theory.pathways()) {
                if (pathway.functions().contains(function)) {
                    nodes.addAll(pathway.nodes());
                }
            }
            if (nodes.isEmpty()) {
                throw new ViewException("no result or pathway is tagged with the function `" + function.word() + "`");
            }
            String caption = (function.isNetworkFunction() ? "network function" : "organisational function")
                    + " \u201c" + function.label() + "\u201d";
            return new Selection(ordered(theory, nodes), internalLinks(theory, nodes), tagged, caption);
        }
    }

    /** The nodes at most {@code depth} links away from one node, whichever way the links run. */
    record Around(String id, int depth) implements View {
        public Around {
            if (depth < 0) {
                throw new IllegalArgumentException("depth must be 0 or more");
            }
        }

        @Override
        public Selection select(Theory theory, TheoryGraph graph) throws ViewException {
            if (!theory.nodes().containsKey(id)) {
                throw new ViewException("no node `" + id + "`" + suggestion(id, theory.nodes().keySet()));
            }
            Graph<String, Link> all = graph.all();
            Map<String, Integer> distance = new LinkedHashMap<>();
            distance.put(id, 0);
            Deque<String> queue = new ArrayDeque<>(List.of(id));
            while (!queue.isEmpty()) {
                String current = queue.removeFirst();
                int d = distance.get(current);
                if (d == depth) {
                    continue;
                }
                for (String next : Graphs.neighborSetOf(all, current)) {
                    if (!distance.containsKey(next)) {
                        distance.put(next, d + 1);
                        queue.addLast(next);
                    }
                }
            }
            Set<String> nodes = distance.keySet();
            String caption = "neighbourhood of " + theory.nodes().get(id).title() + " (" + depth
                    + (depth == 1 ? " link" : " links") + " around)";
            return new Selection(ordered(theory, nodes), internalLinks(theory, nodes), Set.of(id), caption);
        }
    }

    private static Set<String> ordered(Theory theory, Set<String> nodes) {
        Set<String> ordered = new LinkedHashSet<>();
        theory.nodes().keySet().stream().filter(nodes::contains).forEach(ordered::add);
        return ordered;
    }

    private static Set<String> internalLinks(Theory theory, Set<String> nodes) {
        Set<String> links = new LinkedHashSet<>();
        for (Link link : theory.links()) {
            if (nodes.contains(link.from()) && nodes.contains(link.to())) {
                links.add(link.key());
            }
        }
        return links;
    }

    private static String suggestion(String word, java.util.Collection<String> candidates) {
        Optional<String> closest = Suggestions.closest(word, candidates);
        return closest.map(c -> " (did you mean `" + c + "`?)").orElse("");
    }
}
