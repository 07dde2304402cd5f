package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * An impact that nothing leads to is a wish, not yet a theory: a warning, so that a theory under
 * construction still checks. A results framework with no links at all (impact-level results and
 * their indicators only) is an indicator framework, not an unfinished chain, and is not reported.
 */
public final class ImpactUnreachedRule implements Rule {
    @Override
    public Code code() {
        return Code.IMPACT_UNREACHED;
    }

    @Override
    public void check(RuleContext context) {
        if (context.theory().nodes().size() < 2 || context.theory().links().isEmpty()) {
            return;
        }
        for (Node impact : context.theory().impacts()) {
            if (context.graph().inDegreeOf(impact.id()) == 0) {
                context.report(Diagnostic.of(code(), impact.idSpan(), "nothing leads to the impact `" + impact.id() + "`")
                        .label("no link ends here")
                        .help("link the long-term outcomes to it, e.g. `" + latestResult(context) + " -> " + impact.id() + "`"));
            }
        }
    }

    /** The result furthest along the chain (first declared among equals), for the example in the help. */
    private static String latestResult(RuleContext context) {
        Node latest = null;
        for (Node node : context.theory().nodes().values()) {
            if (node.kind() != NodeKind.IMPACT && (latest == null || node.rank() > latest.rank())) {
                latest = node;
            }
        }
        return latest == null ? "O1" : latest.id();
    }
}
