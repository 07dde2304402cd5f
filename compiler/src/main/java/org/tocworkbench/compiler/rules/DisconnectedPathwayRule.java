package org.tocworkbench.compiler.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
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
            Set<String> members = new HashSet<>(pathway.nodes());
            var sub = new AsSubgraph<>(context.graph().all(), members);
            List<Set<String>> pieces = new ConnectivityInspector<>(sub).connectedSets();
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
}
