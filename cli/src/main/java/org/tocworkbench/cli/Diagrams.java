package org.tocworkbench.cli;

import org.tocworkbench.evaluator.report.DiagramRenderer;

/** The diagram drawn at the top of HTML reports. */
final class Diagrams {
    private Diagrams() {
    }

    static DiagramRenderer forReports() {
        return DiagramRenderer.NONE;
    }
}
