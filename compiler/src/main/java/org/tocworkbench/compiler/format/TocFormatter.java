package org.tocworkbench.compiler.format;

import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.syntax.LayoutTokens;
import org.tocworkbench.compiler.syntax.LayoutTokens.Kind;
import org.tocworkbench.compiler.syntax.LayoutTokens.Piece;
import org.tocworkbench.compiler.syntax.SyntaxParser;

/**
 * The one canonical layout of a .toc file ({@code toc fmt}), so that theories kept in version
 * control diff on content, not on spacing.
 *
 * <p>The layout: every statement starts a line; a block's {@code {}} stays on its declaration's
 * line and each item inside (property, nested indicator or assumption, pathway chain) gets a line
 * of its own, indented four spaces a level; {@code }} closes on its own line, and an empty block
 * is {@code {}}. Inside a line tokens are separated by one space, with {@code ,} against the word
 * before it. Declarations and properties keep their order; comments stay where they were, on
 * their own line or at the end of one, and end-of-line comments on consecutive lines are aligned;
 * a run of blank lines becomes one (none at the start or end of a block or the file). The full
 * description, for users, is docs/fmt.md. Strings and comments keep their text; only line ends become LF,
 * and a percentage loses the space before {@code %}. Lines are never wrapped: a string cannot be
 * broken. A file with syntax errors is not formatted.
 */
public final class TocFormatter {
    /** One level of indentation, as the samples use it. */
    static final String INDENT = "    ";

    /**
     * The formatted text, or the syntax errors that prevent formatting.
     *
     * @param text   the formatted file (LF line ends, final newline), or null when the file does not parse
     * @param errors the syntax errors, as {@code toc check} reports them; empty when formatted
     */
    public record Result(String text, List<Diagnostic> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final SyntaxParser parser = new SyntaxParser();

    public Result format(SourceFile source) {
        List<Piece> pieces = LayoutTokens.of(source);
        if (pieces != null) {
            return new Result(new Printer().print(pieces), List.of());
        }
        List<Diagnostic> errors = parser.parse(source).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        if (errors.isEmpty()) {
            // The compiler's parse and the layout's agree by construction; should they ever not,
            // the file is refused like one with a syntax error rather than formatted wrongly.
            errors = List.of(Diagnostic.of(Code.SYNTAX_ERROR, source.span(0, 0),
                    "this file cannot be formatted: it does not parse as the formatter reads it").build());
        }
        return new Result(null, errors);
    }

    /**
     * Lays out the pieces one by one; the state is the block depth and the line being written.
     * End-of-line comments on consecutive lines are aligned once all lines are known.
     */
    private static final class Printer {
        /** One output line: its code and, apart, the line comment that ends it (or null). */
        private static final class Line {
            final StringBuilder code = new StringBuilder();
            String trailingComment;
            /** The last word on the line is `{` (a comment may follow it). */
            boolean opensBlock;
        }

        private final List<Line> lines = new ArrayList<>();
        private Line line;
        private int depth;
        private Piece previous;

        String print(List<Piece> pieces) {
            for (Piece piece : pieces) {
                if (piece.kind() == Kind.CLOSE_BRACE) {
                    depth = Math.max(0, depth - 1);
                }
                if (piece.kind() == Kind.OPEN_BRACE && line != null && line.trailingComment != null
                        && previous.kind() == Kind.LINE_COMMENT) {
                    // `outcome O1 "t"  # note` with `{` on the next line: the brace joins its
                    // declaration and the comment stays at the end of that line.
                    line.code.append(" {");
                    line.opensBlock = true;
                    depth++;
                    continue;
                }
                if (startsLine(piece)) {
                    newLine(piece);
                } else if (piece.kind() == Kind.LINE_COMMENT) {
                    line.trailingComment = text(piece);
                    previous = piece;
                    continue;
                } else {
                    line.code.append(separator(piece));
                }
                line.code.append(text(piece));
                line.opensBlock = piece.kind() == Kind.OPEN_BRACE;
                if (piece.kind() == Kind.OPEN_BRACE) {
                    depth++;
                }
                previous = piece;
            }
            return joined();
        }

        private String joined() {
            alignTrailingComments();
            StringBuilder out = new StringBuilder();
            for (Line l : lines) {
                out.append(l.code);
                if (l.trailingComment != null) {
                    out.append(l.trailingComment);
                }
                out.append('\n');
            }
            return out.toString();
        }

        /**
         * A run of consecutive lines that end in a line comment gets its comments in one column,
         * one space after the longest line's code; a lone one gets one space.
         */
        private void alignTrailingComments() {
            int i = 0;
            while (i < lines.size()) {
                if (!alignable(lines.get(i))) {
                    i++;
                    continue;
                }
                int end = i;
                int width = 0;
                while (end < lines.size() && alignable(lines.get(end))) {
                    width = Math.max(width, width(lines.get(end).code));
                    end++;
                }
                for (int k = i; k < end; k++) {
                    Line l = lines.get(k);
                    l.code.append(" ".repeat(width - width(l.code) + 1));
                }
                i = end;
            }
            for (Line l : lines) {
                if (l.trailingComment != null && !alignable(l)) {
                    l.code.append(' ');
                }
            }
        }

        /** Lines with a trailing comment and no line end inside their code (a long string, a block comment). */
        private static boolean alignable(Line l) {
            return l.trailingComment != null && l.code.indexOf("\n") < 0;
        }

        private static int width(CharSequence code) {
            return Character.codePointCount(code, 0, code.length());
        }

        private boolean startsLine(Piece piece) {
            if (line == null || previous.kind() == Kind.LINE_COMMENT) {
                return true;
            }
            return switch (piece.kind()) {
                case CLOSE_BRACE -> previous.kind() != Kind.OPEN_BRACE;
                case LINE_COMMENT, BLOCK_COMMENT -> piece.lineEndsBefore() > 0;
                default -> piece.startsItem() || previous.kind() == Kind.OPEN_BRACE;
            };
        }

        private void newLine(Piece piece) {
            boolean first = line == null;
            if (!first) {
                boolean blankKept = piece.lineEndsBefore() >= 2
                        && !line.opensBlock
                        && piece.kind() != Kind.CLOSE_BRACE
                        && (piece.startsItem() || isComment(piece));
                if (blankKept) {
                    lines.add(new Line());
                }
            }
            boolean continuation = !first && !piece.startsItem() && !isComment(piece)
                    && piece.kind() != Kind.CLOSE_BRACE && piece.kind() != Kind.OPEN_BRACE;
            line = new Line();
            lines.add(line);
            line.code.append(INDENT.repeat(depth + (continuation ? 1 : 0)));
        }

        private String separator(Piece piece) {
            if (piece.kind() == Kind.COMMA || piece.kind() == Kind.CLOSE_PAREN
                    || previous.kind() == Kind.OPEN_PAREN) {
                return "";
            }
            if (piece.kind() == Kind.CLOSE_BRACE && previous.kind() == Kind.OPEN_BRACE) {
                return "";
            }
            return " ";
        }

        private static boolean isComment(Piece piece) {
            return piece.kind() == Kind.LINE_COMMENT || piece.kind() == Kind.BLOCK_COMMENT;
        }

        private static String text(Piece piece) {
            return switch (piece.kind()) {
                case PERCENT -> piece.text().replaceAll("[ \t]+", "");
                case LINE_COMMENT -> piece.text().stripTrailing();
                case LONG_STRING -> lf(piece.text());
                case BLOCK_COMMENT -> lf(piece.text()).replaceAll("[ \t\f\u000B]+\n", "\n");
                default -> piece.text();
            };
        }

        private static String lf(String text) {
            return text.replace("\r\n", "\n").replace('\r', '\n');
        }
    }
}
