package org.tocworkbench.evaluator.report;

import java.util.Map;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.progress.NodeProgress;

/**
 * Draws the theory as SVG with nodes coloured by their progress, for the top of the HTML report.
 * The evaluator does not draw; the renderer does, behind this seam.
 */
@FunctionalInterface
public interface DiagramRenderer {
    /** Standalone SVG markup (an XML declaration and doctype are allowed; they are stripped when inlined). */
    String svg(Theory theory, Map<String, NodeProgress> overlay);

    /** No diagram: the report says so and goes on. */
    DiagramRenderer NONE = (theory, overlay) -> null;
}
