package org.tocworkbench.evaluator.report;

import java.time.LocalDate;
import java.util.Map;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.progress.NodeProgress;

/**
 * Draws the theory as SVG with nodes coloured by their progress, for the top of the HTML report.
 * The evaluator does not draw; the renderer does, behind this seam.
 */
@FunctionalInterface
public interface ProgressDiagram {
    /**
     * Standalone SVG markup (an XML declaration and doctype are allowed; they are stripped when
     * inlined), or null when no diagram can be drawn. A {@link RuntimeException}'s message is shown
     * in the report in place of the diagram.
     */
    String svg(Theory theory, Map<String, NodeProgress> overlay, LocalDate asOf);

    /** No diagram: the report says so and goes on. */
    ProgressDiagram NONE = (theory, overlay, asOf) -> null;
}
