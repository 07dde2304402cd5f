package org.tocworkbench.compiler.rules;

import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.graph.Bottlenecks;
import org.tocworkbench.compiler.model.Node;

/**
 * Structural fragility: a result that every path from the activities to the impact runs through,
 * found by {@link Bottlenecks} (which {@code toc what-if --rank} shares).
 */
public final class SinglePointOfFailureRule implements Rule {
    private static final int MAX_LISTED = 5;

    @Override
    public Code code() {
        return Code.SINGLE_POINT_OF_FAILURE;
    }

    @Override
    public void check(RuleContext context) {
        List<String> bottlenecks = Bottlenecks.onEveryPathToImpact(context.graph());
        if (bottlenecks.isEmpty()) {
            return;
        }
        String impact = context.theory().impacts().get(0).id();
        Node first = context.theory().nodes().get(bottlenecks.get(0));
        boolean one = bottlenecks.size() == 1;
        context.report(Diagnostic.of(code(), first.idSpan(),
                        "every path from the activities to `" + impact + "` runs through " + listed(bottlenecks))
                .label(one ? "a single point of failure" : "the first of " + bottlenecks.size() + " single points of failure")
                .help(one ? "if it stalls, the whole theory stalls: consider a second route, and watch its indicators closely"
                        : "if one of them stalls, the whole theory stalls: consider a second route, and watch their"
                                + " indicators closely"));
    }

    /** `A`, `B` and `C`; a long list is cut after a few names. */
    private static String listed(List<String> ids) {
        int shown = Math.min(ids.size(), MAX_LISTED);
        List<String> names = ids.subList(0, shown).stream().map(id -> "`" + id + "`").toList();
        if (ids.size() > shown) {
            return String.join(", ", names) + " and " + (ids.size() - shown) + " more";
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, shown - 1)) + " and " + names.get(shown - 1);
    }
}
