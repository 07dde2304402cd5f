package org.tocworkbench.render;

import java.nio.charset.StandardCharsets;
import org.tocworkbench.compiler.model.Theory;

/**
 * Draws a theory: DOT from {@link TheoryDotWriter}, laid out and drawn by a {@link LayoutEngine}
 * for the picture formats. This is the entry point for the {@code render} command and for
 * reports (the evaluator passes its progress overlay in {@link DiagramOptions#withProgress}).
 */
public final class DiagramRenderer {
    private final TheoryDotWriter writer = new TheoryDotWriter();

    /** The DOT text of the diagram. */
    public String dot(Theory theory, DiagramOptions options) throws ViewException {
        return writer.write(theory, options);
    }

    /** The diagram in a format; {@code engine} is not used for DOT and may then be null. */
    public byte[] render(Theory theory, DiagramOptions options, DiagramFormat format, LayoutEngine engine)
            throws ViewException, RenderException {
        String dot = dot(theory, options);
        if (!format.needsLayout()) {
            return dot.getBytes(StandardCharsets.UTF_8);
        }
        return engine.render(dot, format);
    }
}
