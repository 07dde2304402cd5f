package org.tocworkbench.compiler.rules;

import java.util.List;
import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Link;

/**
 * A cause cannot be its own effect: every cycle of links is reported with the cycle printed,
 * unless one of its links is declared {@code feedback}.
 */
public final class CycleRule implements Rule {
    @Override
    public Code code() {
        return Code.CYCLE;
    }

    @Override
    public void check(RuleContext context) {
        var graph = context.graph();
        for (Set<String> group : graph.cyclicGroups()) {
            List<String> cycle = graph.cycleThrough(group);
            Link closing = graph.causal().getEdge(cycle.get(cycle.size() - 2), cycle.get(cycle.size() - 1));
            var diagnostic = Diagnostic.of(code(), closing.span(),
                            "cycle in the results chain: " + String.join(" -> ", cycle))
                    .label("this link closes the cycle")
                    .help("if the loop is intended (a feedback loop), mark one link: `" + closing.key() + " feedback`");
            List<String> others = group.stream().filter(id -> !cycle.contains(id)).sorted().toList();
            if (!others.isEmpty()) {
                diagnostic.note("the loop is tangled with " + String.join(", ", others) + ": fixing this link may leave another loop");
            }
            context.report(diagnostic);
        }
    }
}
