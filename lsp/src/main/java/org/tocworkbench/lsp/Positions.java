package org.tocworkbench.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;

/**
 * Compiler positions to LSP positions and back. Spans count 1-based lines and UTF-16 columns;
 * LSP counts 0-based lines and, by default, UTF-16 code units too, so a character outside the
 * Basic Multilingual Plane (an emoji) is two columns on both sides and no conversion of units is needed.
 */
final class Positions {
    private Positions() {
    }

    /** The LSP range of a span; a span with no place in any file becomes the start of the file. */
    static Range range(Span span) {
        if (span.isNone()) {
            return new Range(new Position(0, 0), new Position(0, 0));
        }
        return new Range(new Position(span.line() - 1, span.column() - 1),
                new Position(span.endLine() - 1, span.endColumn() - 1));
    }

    /** The UTF-16 offset of an LSP position in a file, clamped to the line and the file. */
    static int offset(SourceFile source, Position position) {
        int line = position.getLine() + 1;
        if (line < 1) {
            return 0;
        }
        if (line > source.lineCount()) {
            return source.text().length();
        }
        int start = source.lineStart(line);
        int length = source.lineText(line).length();
        return start + Math.max(0, Math.min(position.getCharacter(), length));
    }

    /**
     * The position just after the last character of an editor's text, from the compiler's line
     * index of it (which counts LF, CRLF and CR as the editor does, and drops a leading byte-order
     * mark that the editor still counts on the first line).
     */
    static Position end(SourceFile source, String editorText) {
        int last = source.lineCount();
        int bom = last == 1 && editorText.startsWith("\uFEFF") ? 1 : 0;
        return new Position(last - 1, source.lineText(last).length() + bom);
    }

    static boolean contains(Span span, int offset) {
        return !span.isNone() && span.start() <= offset && offset <= span.end();
    }
}
