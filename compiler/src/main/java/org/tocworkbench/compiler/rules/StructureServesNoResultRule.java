package org.tocworkbench.compiler.rules;

import java.util.HashSet;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.Node;

/**
 * Functions define structures: a working group, fund, community of practice or platform that no
 * result names ({@code by} or {@code owner}) has nothing in the theory to show for it.
 */
public final class StructureServesNoResultRule implements Rule {
    @Override
    public Code code() {
        return Code.STRUCTURE_SERVES_NO_RESULT;
    }

    @Override
    public void check(RuleContext context) {
        Set<String> named = new HashSet<>();
        for (Node node : context.theory().nodes().values()) {
            named.addAll(node.actors());
        }
        for (Actor actor : context.theory().actors().values()) {
            if (actor.structure().isPresent() && !named.contains(actor.id())) {
                context.report(Diagnostic.of(code(), actor.idSpan(),
                                "structure `" + actor.id() + "` serves no result")
                        .label("no result names it with `by` or `owner`")
                        .help("add `by " + actor.id() + "` to the results it delivers, or drop the structure"));
            }
        }
    }
}
