package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Node;

/**
 * The backbone coordinates and facilitates the network functions; members carry them. A result
 * that serves a network function and that only backbone actors deliver (owner or sole contributors)
 * puts that function's risk on the centre. A note, silenceable with {@code --allow TOC253}.
 */
public final class BackboneOnlyResultRule implements Rule {
    @Override
    public Code code() {
        return Code.BACKBONE_ONLY_RESULT;
    }

    @Override
    public void check(RuleContext context) {
        for (Node node : context.theory().nodes().values()) {
            if (node.servesNetworkFunction() && context.theory().restsOnBackboneAlone(node)) {
                String who = String.join(", ", node.actors());
                context.report(Diagnostic.of(code(), node.idSpan(),
                                node.kind().word() + " `" + node.id() + "` serves a network function but only the backbone ("
                                        + who + ") delivers it")
                        .label("no member contributes")
                        .note("the backbone coordinates and facilitates network functions; members carry them")
                        .help("name the members who take part with `by`, or accept the risk and allow TOC253"));
            }
        }
    }
}
