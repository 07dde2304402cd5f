package org.tocworkbench.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The output formats of {@code toc diff}: a summary for the terminal, Markdown, JSON, and the
 * diagram of the new version with the changes marked in each diagram format.
 */
public enum DiffFormat {
    TEXT("text", "txt"),
    MARKDOWN("md", "markdown"),
    JSON("json"),
    SVG("svg"),
    PNG("png"),
    PDF("pdf"),
    DOT("dot", "gv");

    private final List<String> words;

    DiffFormat(String... words) {
        this.words = List.of(words);
    }

    /** The diagram format, for the diagram formats. */
    public Optional<org.tocworkbench.render.DiagramFormat> diagram() {
        return org.tocworkbench.render.DiagramFormat.byWord(word());
    }

    public String word() {
        return words.get(0);
    }

    public static Optional<DiffFormat> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.words.contains(w)).findFirst();
    }

    /** The format an output file's extension names, if any. */
    public static Optional<DiffFormat> ofFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : of(name.substring(dot + 1));
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(DiffFormat::word).toList());
    }
}
