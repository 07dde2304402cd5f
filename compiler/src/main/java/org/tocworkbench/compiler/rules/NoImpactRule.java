package org.tocworkbench.compiler.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;

/**
 * A theory without an impact is a theory that stops at a long-term outcome (or calls its top a
 * goal that is really an outcome), or one still being written: a note, not an error. The top of
 * the chain is whatever nothing leads beyond; the note names it, so that a missing impact that
 * was meant is still noticed.
 */
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
        List<Node> tops = context.graph().tops();
        Node at = tops.isEmpty() ? theory.nodes().values().iterator().next() : tops.get(0);
        String names = tops.stream().limit(3).map(n -> "`" + n.id() + "`").collect(Collectors.joining(", "))
                + (tops.size() > 3 ? " and " + (tops.size() - 3) + " more" : "");
        context.report(Diagnostic.of(code(), at.idSpan(), "the theory has no impact; the top of its chain is " + names)
                .label(tops.size() == 1 ? "nothing leads beyond this result" : "nothing leads beyond this result and others")
                .note("progress and pathways are measured up to the top of the chain")
                .help("if the theory aims beyond it, declare the long-term change, e.g. `impact I \"...\"` and `"
                        + at.id() + " -> I`"));
    }
}
