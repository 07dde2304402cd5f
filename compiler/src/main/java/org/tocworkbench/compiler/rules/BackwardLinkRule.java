package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Links should run up the results chain (activity → output → short → medium → long → impact).
 * A link downwards is usually reversed by mistake; a deliberate one is declared {@code feedback}.
 */
public final class BackwardLinkRule implements Rule {
    @Override
    public Code code() {
        return Code.BACKWARD_LINK;
    }

    @Override
    public void check(RuleContext context) {
        for (Link link : context.theory().links()) {
            Node from = context.theory().nodes().get(link.from());
            Node to = context.theory().nodes().get(link.to());
            if (link.feedback() || from == null || to == null || from.rank() <= to.rank() || horizonUnknown(from, to)) {
                continue;
            }
            context.report(Diagnostic.of(code(), link.span(),
                            "`" + link.key() + "` runs backwards: " + describe(from) + " leads to " + describe(to))
                    .label("from a later stage of the results chain to an earlier one")
                    .help("reverse it (`" + to.id() + " -> " + from.id() + "`), correct a horizon, or mark it `feedback`"));
        }
    }

    /**
     * Two outcomes (or preconditions) of which one has no horizon: their order is not known, so
     * neither can run backwards. (Without a horizon an outcome ranks as medium-term, which would
     * otherwise flag every link from it to a short-term outcome.)
     */
    private static boolean horizonUnknown(Node from, Node to) {
        return isOutcomeLevel(from) && isOutcomeLevel(to) && (from.horizon() == null || to.horizon() == null);
    }

    private static boolean isOutcomeLevel(Node node) {
        return node.kind() == NodeKind.OUTCOME || node.kind() == NodeKind.PRECONDITION;
    }

    private static String describe(Node node) {
        String kind = node.horizon() != null ? node.horizon().word() + "-term " + node.kind().word() : node.kind().word();
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }
}
