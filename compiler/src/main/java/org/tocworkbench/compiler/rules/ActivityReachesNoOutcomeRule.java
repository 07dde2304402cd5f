package org.tocworkbench.compiler.rules;

import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/** Activities are there to bring about outcomes; one that leads to none is busywork in the theory. */
public final class ActivityReachesNoOutcomeRule implements Rule {
    @Override
    public Code code() {
        return Code.ACTIVITY_REACHES_NO_OUTCOME;
    }

    @Override
    public void check(RuleContext context) {
        for (Node node : context.theory().nodes().values()) {
            if (node.kind() == NodeKind.ACTIVITY && !reachesOutcome(context, node)) {
                context.report(Diagnostic.of(code(), node.idSpan(), "activity `" + node.id() + "` reaches no outcome")
                        .label("no chain of links from here ends at an outcome or the impact")
                        .help("link it to the output or outcome it produces, e.g. `" + node.id() + " -> "
                                + exampleTarget(context) + "`"));
            }
        }
    }

    /** An outcome of this theory to show in the help, so that the example reads like the user's own file. */
    private static String exampleTarget(RuleContext context) {
        for (NodeKind kind : List.of(NodeKind.OUTCOME, NodeKind.PRECONDITION, NodeKind.IMPACT)) {
            for (Node node : context.theory().nodes().values()) {
                if (node.kind() == kind) {
                    return node.id();
                }
            }
        }
        return "O1";
    }

    static boolean reachesOutcome(RuleContext context, Node activity) {
        return context.graph().reachingOutcome().contains(activity.id());
    }
}
