package org.tocworkbench.compiler.whatif;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.Keyword;

/** How {@code toc what-if} writes its answer: chosen with {@code --format}, or from the output's extension. */
public enum WhatIfFormat implements Keyword {
    TERMINAL("terminal", "text", "txt"),
    MARKDOWN("markdown", "md"),
    JSON("json"),
    /** A diagram (failed ghosted, weakened marked by a border and a band), drawn by the render module in these formats. */
    DOT("dot", "gv"),
    SVG("svg"),
    PNG("png"),
    PDF("pdf");

    private final List<String> words;

    WhatIfFormat(String... words) {
        this.words = List.of(words);
    }

    @Override
    public List<String> words() {
        return words;
    }

    /** True for the diagram formats, which {@link WhatIfWriter} does not write. */
    public boolean diagram() {
        return ordinal() >= DOT.ordinal();
    }

    /** The format a word names ({@code md}, {@code json}, ...). */
    public static Optional<WhatIfFormat> named(String word) {
        for (WhatIfFormat format : values()) {
            if (format.words.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of an output file by its extension ({@code .txt}, {@code .md}, {@code .json}, {@code .svg}, ...). */
    public static Optional<WhatIfFormat> ofFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(fileName.substring(dot + 1));
    }
}
