package org.tocworkbench.compiler.rules;

import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.NetworkPurpose;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.source.Span;

/**
 * Once a network declares its primary and secondary functions, a result (or a structure) that
 * serves another network function is work outside the declared purpose: either the purpose or
 * the result is out of date. Organisational functions are the backbone's and never declared.
 */
public final class UndeclaredFunctionRule implements Rule {
    @Override
    public Code code() {
        return Code.UNDECLARED_FUNCTION;
    }

    @Override
    public void check(RuleContext context) {
        NetworkPurpose network = context.theory().network();
        if (!network.declared()) {
            return;
        }
        for (Node node : context.theory().nodes().values()) {
            report(context, network, node.functions(), node.idSpan(), node.kind().word() + " `" + node.id() + "`");
        }
        for (Actor actor : context.theory().actors().values()) {
            actor.structure().ifPresent(s -> report(context, network, s.serves(), actor.idSpan(),
                    "structure `" + actor.id() + "`"));
        }
    }

    private void report(RuleContext context, NetworkPurpose network, List<NetworkFunction> functions, Span span,
                        String what) {
        List<String> outside = functions.stream()
                .filter(f -> f.isNetworkFunction() && !network.functions().contains(f))
                .map(NetworkFunction::word).toList();
        if (outside.isEmpty()) {
            return;
        }
        context.report(Diagnostic.of(code(), span, what + " serves "
                        + (outside.size() == 1 ? "a function" : "functions") + " the network does not declare: "
                        + String.join(", ", outside))
                .label("not among the network's primary or secondary functions")
                .help("add " + String.join(", ", outside) + " to `secondary functions`, or retag the result"));
    }
}
