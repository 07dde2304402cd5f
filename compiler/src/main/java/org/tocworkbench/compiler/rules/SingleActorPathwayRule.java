package org.tocworkbench.compiler.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;

/**
 * Networks are resilient when pathways are carried by several members; a declared pathway whose
 * every contribution comes from one actor fails if that actor drops out.
 */
public final class SingleActorPathwayRule implements Rule {
    @Override
    public Code code() {
        return Code.SINGLE_ACTOR_PATHWAY;
    }

    @Override
    public void check(RuleContext context) {
        for (Pathway pathway : context.theory().pathways()) {
            if (pathway.derived()) {
                continue;
            }
            Set<String> actors = new LinkedHashSet<>();
            int withActors = 0;
            for (String id : pathway.nodes()) {
                Node node = context.theory().nodes().get(id);
                if (node == null) {
                    continue;
                }
                Set<String> here = new LinkedHashSet<>(node.contributors());
                if (node.owner() != null) {
                    here.add(node.owner());
                }
                if (!here.isEmpty()) {
                    withActors++;
                }
                actors.addAll(here);
            }
            if (actors.size() == 1 && withActors >= 2) {
                String actor = actors.iterator().next();
                context.report(Diagnostic.of(code(), pathway.span(),
                                "pathway \"" + pathway.title() + "\" rests on a single actor, `" + actor + "`")
                        .label("every contribution on this pathway comes from `" + actor + "`")
                        .help("if another member contributes, say so with `by`; otherwise plan for `" + actor + "` dropping out"));
            }
        }
    }
}
