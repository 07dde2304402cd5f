package org.tocworkbench.compiler.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.NetworkPurpose;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;

/**
 * A network's shared purpose defines its functions: a function declared primary that no result
 * and no declared pathway serves is a purpose the theory does not pursue.
 */
public final class PrimaryFunctionUnservedRule implements Rule {
    @Override
    public Code code() {
        return Code.PRIMARY_FUNCTION_UNSERVED;
    }

    @Override
    public void check(RuleContext context) {
        NetworkPurpose network = context.theory().network();
        if (network.primary().isEmpty()) {
            return;
        }
        Set<NetworkFunction> served = new LinkedHashSet<>();
        context.theory().nodes().values().stream().map(Node::functions).forEach(served::addAll);
        context.theory().pathways().stream().filter(p -> !p.derived()).map(Pathway::functions).forEach(served::addAll);
        for (NetworkFunction function : network.primary()) {
            if (!served.contains(function)) {
                context.report(Diagnostic.of(code(), network.span(),
                                "primary function `" + function.word() + "` (" + function.label()
                                        + ") is served by no result or pathway")
                        .label("declared primary here")
                        .help("tag the results that carry it with `functions " + function.word()
                                + "`, or make it a secondary function if the network does not pursue it yet"));
            }
        }
    }
}
