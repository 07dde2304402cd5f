package org.tocworkbench.compiler.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;

/**
 * Compares two compiled versions of a theory by meaning (docs/diff.md). First the elements that
 * left and arrived are paired by content into renames (actors, then results — whose
 * neighbourhood counts —, assumptions, indicators — whose subject counts —, pathways); then every
 * element is compared property by property with the old version's references read through the
 * renames. Links are identified by their two ends, data bindings by the file they read (resolved,
 * so that a copy of the theory in another folder that reads the same workbook binds the same data). Linear in the size
 * of the theories apart from the rename index, which grows with shared words.
 */
public final class TheoryDiffer {
    private static final double MIN_RENAME = 0.5;

    public TheoryDiff diff(String beforeName, Theory before, String afterName, Theory after) {
        Renames renames = new Renames();
        Map<String, Set<String>> oldNeighbours = neighbours(before);
        Map<String, Set<String>> newNeighbours = neighbours(after);
        matchRenames(ElementKind.ACTOR, before.actors(), after.actors(), a -> a.name(), (o, n) -> true, null, renames);
        matchRenames(ElementKind.RESULT, before.nodes(), after.nodes(), n -> n.title() + " " + n.label().orElse(""),
                (o, n) -> before.nodes().get(o).kind() == after.nodes().get(n).kind(),
                (o, n) -> ContentMatcher.jaccard(oldNeighbours.getOrDefault(o, Set.of()),
                        newNeighbours.getOrDefault(n, Set.of())), renames);
        matchRenames(ElementKind.ASSUMPTION, before.assumptions(), after.assumptions(), a -> a.text(),
                (o, n) -> true, null, renames);
        matchRenames(ElementKind.INDICATOR, before.indicators(), after.indicators(), i -> i.title(),
                (o, n) -> true, (o, n) -> renames.subject(before.indicators().get(o).subject())
                        .equals(after.indicators().get(n).subject()) ? 1.0 : 0.0, renames);
        Map<String, Pathway> oldPathways = declaredPathways(before);
        Map<String, Pathway> newPathways = declaredPathways(after);
        matchRenames(ElementKind.PATHWAY, oldPathways, newPathways, Pathway::title, (o, n) -> true, null, renames);

        Comparison c = new Comparison(renames);
        c.theory(before, after);
        c.keyed(ElementKind.ACTOR, before.actors(), after.actors(), a -> a.name(), (a, r) -> ElementProperties.actor(a));
        c.keyed(ElementKind.RESULT, before.nodes(), after.nodes(), n -> n.title(), ElementProperties::node);
        c.keyed(ElementKind.LINK, links(before, renames), links(after, Renames.none()), l -> "", ElementProperties::link);
        c.keyed(ElementKind.ASSUMPTION, before.assumptions(), after.assumptions(), a -> a.text(),
                (a, r) -> ElementProperties.assumption(a));
        c.keyed(ElementKind.INDICATOR, before.indicators(), after.indicators(), i -> i.title(),
                ElementProperties::indicator);
        c.keyed(ElementKind.PATHWAY, oldPathways, newPathways, Pathway::title, ElementProperties::pathway);
        c.keyed(ElementKind.DATA, bindings(before), bindings(after), d -> "", ElementProperties::data, DataBinding::file);
        boolean bothSay = !before.nodes().isEmpty() && !after.nodes().isEmpty();
        return new TheoryDiff(beforeName, afterName, before, after, c.changes, c.unchanged,
                bothSay && c.inCommon == 0);
    }

    private static <T> void matchRenames(ElementKind kind, Map<String, T> before, Map<String, T> after,
                                         Function<T, String> text, BiPredicate<String, String> compatible,
                                         BiFunction<String, String, Double> neighbourhood, Renames renames) {
        List<ContentMatcher.Item> removed = new ArrayList<>();
        before.forEach((id, e) -> {
            if (!after.containsKey(id)) {
                removed.add(new ContentMatcher.Item(id, text.apply(e)));
            }
        });
        List<ContentMatcher.Item> added = new ArrayList<>();
        after.forEach((id, e) -> {
            if (!before.containsKey(id)) {
                added.add(new ContentMatcher.Item(id, text.apply(e)));
            }
        });
        for (ContentMatcher.Pair pair : ContentMatcher.match(removed, added, compatible, neighbourhood, MIN_RENAME)) {
            renames.put(kind, pair.oldId(), pair.newId());
        }
    }

    /** Each result's neighbours: the results it is linked with, either way. */
    private static Map<String, Set<String>> neighbours(Theory theory) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Link l : theory.links()) {
            neighbours.computeIfAbsent(l.from(), k -> new HashSet<>()).add(l.to());
            neighbours.computeIfAbsent(l.to(), k -> new HashSet<>()).add(l.from());
        }
        return neighbours;
    }

    /** The links by their ends ({@code A -> B}), the ends read through the renames. */
    private static Map<String, Link> links(Theory theory, Renames renames) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (Link l : theory.links()) {
            links.putIfAbsent(renames.map(ElementKind.RESULT, l.from()) + " -> " + renames.map(ElementKind.RESULT, l.to()), l);
        }
        return links;
    }

    /** Derived pathways follow the links, whose changes are reported already. */
    private static Map<String, Pathway> declaredPathways(Theory theory) {
        Map<String, Pathway> pathways = new LinkedHashMap<>();
        theory.pathways().stream().filter(p -> !p.derived()).forEach(p -> pathways.putIfAbsent(p.id(), p));
        return pathways;
    }

    private static Map<String, DataBinding> bindings(Theory theory) {
        Map<String, DataBinding> bindings = new LinkedHashMap<>();
        theory.data().forEach(d -> bindings.putIfAbsent(d.resolvedPath(), d));
        return bindings;
    }

    /** The second phase: every element compared, with the renames known. */
    private static final class Comparison {
        private final Renames renames;
        private final List<ElementChange> changes = new ArrayList<>();
        private int unchanged;
        private int inCommon;

        Comparison(Renames renames) {
            this.renames = renames;
        }

        void theory(Theory before, Theory after) {
            List<PropertyChange> properties = ElementProperties.compare(ElementProperties.theory(before.metadata()),
                    ElementProperties.theory(after.metadata()));
            if (properties.isEmpty()) {
                unchanged++;
            } else {
                String title = after.metadata().title();
                changes.add(new ElementChange(ElementKind.THEORY, ChangeType.CHANGED, "theory", "theory", title,
                        properties));
            }
        }

        <T> void keyed(ElementKind kind, Map<String, T> before, Map<String, T> after, Function<T, String> title,
                       BiFunction<T, Renames, Map<String, String>> properties) {
            keyed(kind, before, after, title, properties, null);
        }

        /** @param shownId the id the reader sees when it is not the key (a data binding's file as written) */
        <T> void keyed(ElementKind kind, Map<String, T> before, Map<String, T> after, Function<T, String> title,
                       BiFunction<T, Renames, Map<String, String>> properties, Function<T, String> shownId) {
            Function<T, String> shown = shownId;
            Map<String, String> renamedFrom = new HashMap<>();
            before.keySet().forEach(id -> {
                String mapped = renames.map(kind, id);
                if (!mapped.equals(id)) {
                    renamedFrom.put(mapped, id);
                }
            });
            boolean counts = kind == ElementKind.ACTOR || kind == ElementKind.RESULT
                    || kind == ElementKind.ASSUMPTION || kind == ElementKind.INDICATOR;
            after.forEach((id, element) -> {
                String oldId = before.containsKey(id) ? id : renamedFrom.get(id);
                if (oldId == null) {
                    String as = shown == null ? id : shown.apply(element);
                    changes.add(new ElementChange(kind, ChangeType.ADDED, as, as, title.apply(element), List.of()));
                    return;
                }
                inCommon += counts ? 1 : 0;
                List<PropertyChange> diff = ElementProperties.compare(
                        properties.apply(before.get(oldId), renames), properties.apply(element, Renames.none()));
                if (!oldId.equals(id)) {
                    changes.add(new ElementChange(kind, ChangeType.RENAMED, id, oldId, title.apply(element), diff));
                } else if (!diff.isEmpty()) {
                    String as = shown == null ? id : shown.apply(element);
                    changes.add(new ElementChange(kind, ChangeType.CHANGED, as, as, title.apply(element), diff));
                } else {
                    unchanged++;
                }
            });
            before.forEach((id, element) -> {
                if (!after.containsKey(id) && renames.map(kind, id).equals(id)) {
                    String as = shown == null ? id : shown.apply(element);
                    changes.add(new ElementChange(kind, ChangeType.REMOVED, as, as, title.apply(element), List.of()));
                }
            });
        }
    }
}
