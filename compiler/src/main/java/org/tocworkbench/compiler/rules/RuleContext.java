package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Theory;

/** What a rule sees: the theory, its graph (computed once), and where to report. */
public final class RuleContext {
    private final Theory theory;
    private final TheoryGraph graph;
    private final Diagnostics diagnostics;

    public RuleContext(Theory theory, TheoryGraph graph, Diagnostics diagnostics) {
        this.theory = theory;
        this.graph = graph;
        this.diagnostics = diagnostics;
    }

    public Theory theory() {
        return theory;
    }

    public TheoryGraph graph() {
        return graph;
    }

    public void report(Diagnostic.Builder diagnostic) {
        diagnostics.add(diagnostic.build());
    }
}
