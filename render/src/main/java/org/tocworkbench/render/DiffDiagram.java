package org.tocworkbench.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.diff.ChangeType;
import org.tocworkbench.compiler.diff.ElementChange;
import org.tocworkbench.compiler.diff.ElementKind;
import org.tocworkbench.compiler.diff.TheoryDiff;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;

/**
 * The diagram of a diff: the new version of the theory with the results and links the old one
 * had and the new one dropped put back as ghosts, and every added, changed, renamed and removed
 * node and link marked ({@link ChangeMark}). Drawn like any diagram, in every format.
 */
public final class DiffDiagram {
    private DiffDiagram() {
    }

    /** The theory to draw: the new version plus the removed results and links. */
    public static Theory theory(TheoryDiff diff) {
        Theory after = diff.after();
        Theory before = diff.before();
        Map<String, String> renamed = renamedResults(diff);
        Map<String, Node> nodes = new LinkedHashMap<>(after.nodes());
        for (ElementChange c : diff.of(ElementKind.RESULT)) {
            Node old = before.nodes().get(c.oldId());
            if (c.type() == ChangeType.REMOVED && old != null && !nodes.containsKey(old.id())) {
                nodes.put(old.id(), new Node(old.id(), old.kind(), old.keyword(), old.title(), old.label(),
                        old.description(), old.horizon(), List.of(), null, List.of(), List.of(), List.of(),
                        old.span(), old.idSpan()));
            }
        }
        List<Link> links = new ArrayList<>(after.links());
        List<String> removedKeys = diff.of(ElementKind.LINK).stream()
                .filter(c -> c.type() == ChangeType.REMOVED).map(ElementChange::id).toList();
        for (Link l : before.links()) {
            String from = renamed.getOrDefault(l.from(), l.from());
            String to = renamed.getOrDefault(l.to(), l.to());
            if (removedKeys.contains(from + " -> " + to) && nodes.containsKey(from) && nodes.containsKey(to)) {
                links.add(new Link(from, to, l.kind(), l.strength(), l.rationale(), List.of(), l.feedback(),
                        l.inferred(), l.inferredBasis(), List.of(), l.span(), l.fromSpan(), l.toSpan()));
            }
        }
        return new Theory(after.metadata(), after.actors(), nodes, links, after.assumptions(), after.indicators(),
                after.pathways(), after.transitions(), after.data(), after.sources(), after.records(),
                after.computations());
    }

    /** The marks of the nodes and links that changed, by node id and link key. */
    public static Map<String, ChangeMark> marks(TheoryDiff diff) {
        Map<String, ChangeMark> marks = new LinkedHashMap<>();
        for (ElementChange c : diff.changes()) {
            if (c.kind() != ElementKind.RESULT && c.kind() != ElementKind.LINK) {
                continue;
            }
            String note = switch (c.type()) {
                case ADDED -> "new";
                case REMOVED -> "removed";
                case CHANGED -> "changed: " + properties(c);
                case RENAMED -> "renamed from " + c.oldId() + (c.properties().isEmpty() ? "" : "; " + properties(c));
            };
            marks.put(c.id(), new ChangeMark(c.type(), c.kind() == ElementKind.RESULT ? note : ""));
        }
        return marks;
    }

    /** The diagram options of a diff diagram, from the options of the picture. */
    public static DiagramOptions options(TheoryDiff diff, DiagramOptions base) {
        return base.withChanges(marks(diff));
    }

    private static String properties(ElementChange c) {
        return String.join(", ", c.properties().stream().map(p -> p.property()).toList());
    }

    private static Map<String, String> renamedResults(TheoryDiff diff) {
        Map<String, String> renamed = new HashMap<>();
        diff.of(ElementKind.RESULT).stream().filter(c -> c.type() == ChangeType.RENAMED)
                .forEach(c -> renamed.put(c.oldId(), c.id()));
        return renamed;
    }
}
