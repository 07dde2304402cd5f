package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/** An outcome nobody measures cannot be evaluated. */
public final class OutcomeWithoutIndicatorRule implements Rule {
    @Override
    public Code code() {
        return Code.OUTCOME_WITHOUT_INDICATOR;
    }

    @Override
    public void check(RuleContext context) {
        for (Node node : context.theory().nodes().values()) {
            if (node.kind() == NodeKind.OUTCOME && node.indicators().isEmpty()) {
                context.report(Diagnostic.of(code(), node.idSpan(), "outcome `" + node.id() + "` has no indicator")
                        .label("nothing measures this outcome")
                        .help("add one in its block: `indicator " + node.id() + "_1 \"...\" { unit count  baseline 0 at 2024  target 10 by 2027 }`"));
            }
        }
    }
}
