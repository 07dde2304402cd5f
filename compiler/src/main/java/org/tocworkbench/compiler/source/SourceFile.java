package org.tocworkbench.compiler.source;

import java.util.Arrays;

/**
 * The text of one input file with a line index, so that offsets convert to 1-based
 * line:column once and the source line can be quoted in diagnostics. A leading byte-order
 * mark is dropped; CRLF and CR line ends are recognised.
 */
public final class SourceFile {
    private final String displayPath;
    private final java.nio.file.Path location;
    private final String text;
    private final int[] lineStarts;
    /**
     * The 0-based line the last lookup found: spans are mostly made in file order, so the next
     * offset is usually on the same line or the one after. Only a hint, checked before use, so
     * threads that race on it get right answers all the same.
     */
    private int lastLine;

    /** A file with no place on disk (tests, editor buffers); imports resolve against the working directory. */
    public SourceFile(String displayPath, String text) {
        this(displayPath, null, text);
    }

    /** @param location where the file is on disk, used to resolve imports and data files; may be null */
    public SourceFile(String displayPath, java.nio.file.Path location, String text) {
        this.displayPath = displayPath;
        this.location = location;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lineStarts = computeLineStarts(this.text);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The path as the user gave it (or as an import resolved it), used in messages. */
    public String displayPath() {
        return displayPath;
    }

    /** Where the file is on disk, or null for text that came from elsewhere. */
    public java.nio.file.Path location() {
        return location;
    }

    /** The folder that relative paths in this file are read from. */
    public java.nio.file.Path directory() {
        java.nio.file.Path parent = location == null ? null : location.toAbsolutePath().getParent();
        return parent != null ? parent : java.nio.file.Path.of("").toAbsolutePath();
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a UTF-16 offset. */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int hint = lastLine;
        for (int line = hint; line <= hint + 1 && line < lineStarts.length; line++) {
            if (lineStarts[line] <= clamped && (line + 1 == lineStarts.length || clamped < lineStarts[line + 1])) {
                lastLine = line;
                return line + 1;
            }
        }
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        lastLine = line;
        return line + 1;
    }

    /** 1-based column (in UTF-16 units, as editors count) of an offset. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1] + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of a 1-based line without its line end. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A span over [start, end) in UTF-16 offsets. */
    public Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int line = lineOf(s);
        int endLine = line < lineStarts.length && e >= lineStarts[line] ? lineOf(e) : line;
        return new Span(this, s, e, line, s - lineStarts[line - 1] + 1, endLine, e - lineStarts[endLine - 1] + 1);
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
