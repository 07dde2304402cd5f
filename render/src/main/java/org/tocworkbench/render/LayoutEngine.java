package org.tocworkbench.render;

/**
 * Lays out DOT and draws it as SVG, PNG or PDF. Two implementations: {@link NativeDotEngine}
 * (Graphviz's {@code dot} program, fast, needs Graphviz installed) and {@link EmbeddedEngine}
 * (Graphviz compiled to JavaScript and run in V8, shipped in the jar, slower).
 */
public interface LayoutEngine {
    /** For messages and {@code --verbose} output, e.g. "native (dot at /usr/bin/dot)". */
    String name();

    /** Draws {@code dot} in a picture format (never {@link DiagramFormat#DOT}). */
    byte[] render(String dot, DiagramFormat format) throws RenderException;
}
