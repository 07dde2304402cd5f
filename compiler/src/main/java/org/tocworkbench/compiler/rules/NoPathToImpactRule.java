package org.tocworkbench.compiler.rules;

import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Every result should contribute to the impact. Activities that reach no outcome at all are
 * left to {@link ActivityReachesNoOutcomeRule}.
 */
public final class NoPathToImpactRule implements Rule {
    @Override
    public Code code() {
        return Code.NO_PATH_TO_IMPACT;
    }

    @Override
    public void check(RuleContext context) {
        if (context.theory().impacts().isEmpty()) {
            return;
        }
        if (context.theory().impacts().stream().allMatch(i -> context.graph().inDegreeOf(i.id()) == 0)) {
            return; // nothing reaches any impact: TOC203 says so once, rather than this once per node
        }
        Set<String> reaching = context.graph().reachingImpact();
        for (Node node : context.theory().nodes().values()) {
            if (reaching.contains(node.id())) {
                continue;
            }
            if (node.kind() == NodeKind.ACTIVITY && !ActivityReachesNoOutcomeRule.reachesOutcome(context, node)) {
                continue;
            }
            boolean isolated = context.graph().all().degreeOf(node.id()) == 0;
            context.report(Diagnostic.of(code(), node.idSpan(), "`" + node.id() + "` has no path to the impact")
                    .label(isolated ? "nothing links to or from it" : "its links lead nowhere near the impact")
                    .help("link it to the result it contributes to, e.g. `" + node.id() + " -> "
                            + context.theory().impacts().get(0).id() + "`, or remove it"));
        }
    }
}
