package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;

/** An impact that nothing leads to is a wish, not a theory. */
public final class ImpactUnreachedRule implements Rule {
    @Override
    public Code code() {
        return Code.IMPACT_UNREACHED;
    }

    @Override
    public void check(RuleContext context) {
        if (context.theory().nodes().size() < 2) {
            return;
        }
        for (Node impact : context.theory().impacts()) {
            if (context.graph().all().inDegreeOf(impact.id()) == 0) {
                context.report(Diagnostic.of(code(), impact.idSpan(), "nothing leads to the impact `" + impact.id() + "`")
                        .label("no link ends here")
                        .help("link the long-term outcomes to it, e.g. `O1 -> " + impact.id() + "`"));
            }
        }
    }
}
