package org.tocworkbench.compiler.diagnostics;

import org.tocworkbench.compiler.source.Span;

/**
 * Prints a diagnostic the way rustc does: a header line {@code file:line:col: error[TOC101]:
 * message}, the source line with a gutter, a caret underline with a label, then {@code = help:}
 * and {@code = note:} lines. Long lines are cut to a window around the span.
 */
public final class HumanDiagnosticPrinter {
    private static final int WINDOW = 100;
    private static final int TAB_WIDTH = 4;

    public String print(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        Span span = d.span();
        if (span.isNone()) {
            out.append(d.severity().label()).append('[').append(d.code().id()).append("]: ").append(d.message()).append('\n');
        } else {
            out.append(span.path()).append(':').append(span.line()).append(':').append(span.column()).append(": ")
                    .append(d.severity().label()).append('[').append(d.code().id()).append("]: ").append(d.message()).append('\n');
            appendSnippet(out, d, span);
        }
        String pad = span.isNone() ? " " : " ".repeat(String.valueOf(span.line()).length() + 1);
        for (String help : d.help()) {
            out.append(pad).append("= help: ").append(help).append('\n');
        }
        for (String note : d.notes()) {
            out.append(pad).append("= note: ").append(note).append('\n');
        }
        return out.toString();
    }

    private void appendSnippet(StringBuilder out, Diagnostic d, Span span) {
        String line = span.source().lineText(span.line());
        int startCol = span.column() - 1;
        int endCol = span.endLine() == span.line() ? span.endColumn() - 1 : line.length();
        startCol = Math.min(startCol, line.length());
        endCol = Math.max(startCol + 1, Math.min(endCol, Math.max(line.length(), startCol + 1)));

        int from = 0;
        String prefix = "";
        if (line.length() > WINDOW) {
            from = Math.max(0, Math.min(startCol - WINDOW / 3, line.length() - WINDOW));
            prefix = from > 0 ? "..." : "";
        }
        int to = Math.min(line.length(), from + WINDOW);
        String suffix = to < line.length() ? "..." : "";
        String shown = line.substring(from, to);
        String before = line.substring(from, Math.min(startCol, to));
        int underlineLength = Math.max(1, displayWidth(line.substring(Math.min(startCol, line.length()), Math.min(endCol, line.length()))));
        if (startCol >= line.length()) {
            underlineLength = 1;
        }
        underlineLength = Math.min(underlineLength, Math.max(1, WINDOW - displayWidth(before)));

        String gutter = String.valueOf(span.line());
        String blank = " ".repeat(gutter.length());
        out.append(blank).append(" |\n");
        out.append(gutter).append(" | ").append(prefix).append(expandTabs(shown)).append(suffix).append('\n');
        out.append(blank).append(" | ").append(" ".repeat(prefix.length() + displayWidth(before)))
                .append("^".repeat(underlineLength));
        if (!d.label().isEmpty()) {
            out.append(' ').append(d.label());
        }
        out.append('\n');
    }

    private static String expandTabs(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(" ".repeat(TAB_WIDTH));
            } else {
                out.appendCodePoint(VisibleText.isHidden(cp) || cp == '\n' ? '?' : cp);
            }
        });
        return out.toString();
    }

    /** East Asian wide and full-width characters, which a terminal draws two columns wide. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp == '\t' ? TAB_WIDTH : (Character.isSupplementaryCodePoint(cp) || isWide(cp) ? 2 : 1);
            i += Character.charCount(cp);
        }
        return width;
    }
}
