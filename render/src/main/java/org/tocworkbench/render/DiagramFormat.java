package org.tocworkbench.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What {@code toc render} writes: Graphviz source, or a picture laid out by an engine. */
public enum DiagramFormat {
    DOT("dot", false, "dot", "gv"),
    SVG("svg", false, "svg"),
    PNG("png", true, "png"),
    PDF("pdf", true, "pdf");

    private final String word;
    private final boolean binary;
    private final String[] extensions;

    DiagramFormat(String word, boolean binary, String... extensions) {
        this.word = word;
        this.binary = binary;
        this.extensions = extensions;
    }

    /** The name used on the command line ({@code --format svg}). */
    public String word() {
        return word;
    }

    /** True for formats that must not be written to a terminal. */
    public boolean binary() {
        return binary;
    }

    /** True when an engine has to lay the graph out (every format but DOT). */
    public boolean needsLayout() {
        return this != DOT;
    }

    public static Optional<DiagramFormat> byWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(lower)).findFirst();
    }

    /** The format a file name's extension stands for ({@code .svg}, {@code .gv}, ...). */
    public static Optional<DiagramFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.extensions).contains(extension)).findFirst();
    }

    /** "svg, png, pdf, dot" for messages. */
    public static String words() {
        return String.join(", ", Arrays.stream(values()).map(DiagramFormat::word).toList());
    }
}
