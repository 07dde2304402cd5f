package org.tocworkbench.compiler.rules;

import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Node;

/**
 * Organisational functions (governance, operations, resource mobilisation, communications,
 * monitoring) exist to enable network functions. A result tagged only with organisational
 * functions from which no link leads to a result serving a network function enables nothing the
 * network is for.
 */
public final class OrganisationalFunctionUnlinkedRule implements Rule {
    @Override
    public Code code() {
        return Code.ORGANISATIONAL_FUNCTION_UNLINKED;
    }

    @Override
    public void check(RuleContext context) {
        for (Node node : context.theory().nodes().values()) {
            List<String> organisational = node.functions().stream().filter(f -> !f.isNetworkFunction())
                    .map(NetworkFunction::word).toList();
            if (organisational.isEmpty() || node.servesNetworkFunction()) {
                continue;
            }
            boolean enables = context.graph().downstreamOf(node.id()).stream()
                    .map(id -> context.theory().nodes().get(id))
                    .anyMatch(n -> n != null && n.servesNetworkFunction());
            if (!enables) {
                context.report(Diagnostic.of(code(), node.idSpan(), node.kind().word() + " `" + node.id()
                                + "` serves " + String.join(", ", organisational)
                                + " but leads to no result that serves a network function")
                        .label("organisational functions enable network functions")
                        .help("link it to the results it makes possible (`" + node.id() + " -> ...`), "
                                + "or tag it with the network function it serves"));
            }
        }
    }
}
