package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * {@code transition FROM -> TO assumes A, B}: assumptions that hold for every link from one
 * level (or group of nodes) to the next, stated once for the group as government and donor
 * theories state them ("outputs to outcomes"), and drawn once.
 *
 * @param links       keys ({@code "A -> B"}) of the links the transition covers, in declaration order
 * @param assumptions ids of the assumptions
 */
public record Transition(End from, End to, List<String> links, List<String> assumptions, Span span) {
    public Transition {
        links = List.copyOf(links);
        assumptions = List.copyOf(assumptions);
    }

    /** One end: every node of a kind, or the nodes named. */
    public record End(Optional<NodeKind> kind, List<String> nodes) {
        public End {
            nodes = List.copyOf(nodes);
        }

        public boolean matches(Node node) {
            return kind.map(k -> node.kind() == k).orElseGet(() -> nodes.contains(node.id()));
        }

        /** As written: the kind's word, or the node ids separated by commas. */
        public String display() {
            return kind.map(NodeKind::word).orElseGet(() -> String.join(", ", nodes));
        }
    }

    /** "output -> outcome", "OP1, OP2 -> OC1". */
    public String display() {
        return from.display() + " -> " + to.display();
    }
}
