package org.tocworkbench.compiler.source;

/**
 * A region of a source file: UTF-16 offsets [start, end) and the 1-based line:column of both
 * ends. Converted from parser positions once, in the syntax package.
 */
public record Span(SourceFile source, int start, int end, int line, int column, int endLine, int endColumn) {

    /** A span for things that have no place in any file (e.g. a command-line option). */
    public static Span none() {
        return NONE;
    }

    private static final Span NONE = new Span(null, 0, 0, 0, 0, 0, 0);

    public boolean isNone() {
        return source == null;
    }

    public String path() {
        return source == null ? "" : source.displayPath();
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        if (isNone()) {
            return other;
        }
        if (other.isNone() || other.source != source) {
            return this;
        }
        return source.span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() {
        return source == null ? "" : source.text().substring(start, end);
    }

    @Override
    public String toString() {
        return path() + ":" + line + ":" + column;
    }
}
