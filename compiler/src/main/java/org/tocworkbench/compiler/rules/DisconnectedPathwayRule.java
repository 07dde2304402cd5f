package org.tocworkbench.compiler.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Pathway;

/** A pathway is one connected route: its members, joined by the theory's links, must form one piece. */
public final class DisconnectedPathwayRule implements Rule {
    @Override
    public Code code() {
        return Code.DISCONNECTED_PATHWAY;
    }

    @Override
    public void check(RuleContext context) {
        for (Pathway pathway : context.theory().pathways()) {
            if (pathway.derived() || pathway.nodes().size() < 2) {
                continue;
            }
            List<Set<String>> pieces = pieces(context.graph().indexed(), pathway.nodes());
            if (pieces.size() > 1) {
                List<String> described = new ArrayList<>();
                for (String id : pathway.nodes()) {
                    for (Set<String> piece : pieces) {
                        if (piece.contains(id) && described.stream().noneMatch(d -> d.contains("`" + id + "`"))) {
                            described.add("{" + String.join(", ", pathway.nodes().stream().filter(piece::contains)
                                    .map(n -> "`" + n + "`").toList()) + "}");
                        }
                    }
                }
                context.report(Diagnostic.of(code(), pathway.span(),
                                "pathway \"" + pathway.title() + "\" falls apart into " + pieces.size() + " unconnected pieces")
                        .label("not one connected chain")
                        .note("pieces: " + String.join(", ", described))
                        .help("add the links or members that join the pieces, or split it into separate pathways"));
            }
        }
    }

    /**
     * The connected pieces of the members (those in the graph), links taken both ways: a union-find
     * over the members' own links, so the cost follows the pathway's size, not the theory's.
     */
    static List<Set<String>> pieces(TheoryGraph.Indexed graph, List<String> nodes) {
        Map<Integer, Integer> index = new HashMap<>();
        List<String> members = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String id : nodes) {
            int number = graph.numberOf(id);
            if (number >= 0 && !index.containsKey(number)) {
                index.put(number, members.size());
                members.add(id);
                numbers.add(number);
            }
        }
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < members.size(); i++) {
            for (int target : graph.successors()[numbers.get(i)]) {
                Integer j = index.get(target);
                if (j != null) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, Set<String>> pieces = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            pieces.computeIfAbsent(root(parent, i), r -> new LinkedHashSet<>()).add(members.get(i));
        }
        return new ArrayList<>(pieces.values());
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }
}
