package org.tocworkbench.compiler.rules;

import java.util.HashSet;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;

/** An assumption that no link, transition or node rests on tests nothing in the theory. */
public final class UnusedAssumptionRule implements Rule {
    @Override
    public Code code() {
        return Code.UNUSED_ASSUMPTION;
    }

    @Override
    public void check(RuleContext context) {
        Set<String> used = new HashSet<>();
        context.theory().links().stream().map(Link::allAssumptions).forEach(used::addAll);
        context.theory().transitions().forEach(t -> used.addAll(t.assumptions()));
        context.theory().nodes().values().stream().map(Node::assumptions).forEach(used::addAll);
        for (Assumption assumption : context.theory().assumptions().values()) {
            if (!used.contains(assumption.id())) {
                context.report(Diagnostic.of(code(), assumption.idSpan(),
                                "assumption `" + assumption.id() + "` is referenced nowhere")
                        .label("no link, transition or node rests on it")
                        .help("attach it to the link it underpins: `A -> B { assumes " + assumption.id() + " }`, or to a whole step: `transition output -> outcome assumes " + assumption.id() + "`"));
            }
        }
    }
}
