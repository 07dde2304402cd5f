package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;

/** A theory of change is about an impact; without one nothing can be checked against it. */
public final class NoImpactRule implements Rule {
    @Override
    public Code code() {
        return Code.NO_IMPACT;
    }

    @Override
    public void check(RuleContext context) {
        var theory = context.theory();
        if (theory.nodes().isEmpty() || !theory.impacts().isEmpty()) {
            return;
        }
        Node first = theory.nodes().values().iterator().next();
        context.report(Diagnostic.of(code(), first.idSpan(), "the theory has no impact")
                .label("no `impact` (or `goal`) is declared anywhere")
                .help("declare the long-term change the theory aims at, e.g. `impact I \"Communities are prepared for pandemics\"`"));
    }
}
