package org.tocworkbench.compiler.rules;

import java.util.HashSet;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.ActorRole;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Node;

/** An actor (other than a boundary partner) that no node names as contributor or owner, and no indicator as responsible. */
public final class ActorWithoutContributionRule implements Rule {
    @Override
    public Code code() {
        return Code.ACTOR_WITHOUT_CONTRIBUTION;
    }

    @Override
    public void check(RuleContext context) {
        Set<String> named = new HashSet<>();
        for (Node node : context.theory().nodes().values()) {
            named.addAll(node.contributors());
            if (node.owner() != null) {
                named.add(node.owner());
            }
        }
        for (Indicator indicator : context.theory().indicators().values()) {
            if (indicator.responsible() != null) {
                named.add(indicator.responsible());
            }
        }
        for (Actor actor : context.theory().actors().values()) {
            // Boundary partners are those the network influences, not those who contribute.
            // Structures that serve no result have their own rule (TOC251).
            if (actor.role() != ActorRole.BOUNDARY_PARTNER && actor.role() != ActorRole.STRUCTURE
                    && !named.contains(actor.id())) {
                context.report(Diagnostic.of(code(), actor.idSpan(), "actor `" + actor.id() + "` contributes to nothing")
                        .label("no node names it with `by` or `owner`")
                        .help("add `by " + actor.id() + "` to the results it works on"));
            }
        }
    }
}
