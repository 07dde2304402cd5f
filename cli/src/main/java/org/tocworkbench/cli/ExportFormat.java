package org.tocworkbench.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats of {@code toc export}, by the word {@code --format} takes. */
public enum ExportFormat {
    JSON("json", false),
    LOGFRAME_MD("logframe-md", false),
    LOGFRAME_XLSX("logframe-xlsx", true),
    IATI("iati", false),
    IATI_CSV("iati-csv", false);

    private final String word;
    private final boolean binary;

    ExportFormat(String word, boolean binary) {
        this.word = word;
        this.binary = binary;
    }

    public String word() {
        return word;
    }

    /** True when the output is a file that cannot go to a terminal (needs {@code -o}). */
    public boolean binary() {
        return binary;
    }

    public boolean iati() {
        return this == IATI || this == IATI_CSV;
    }

    static Optional<ExportFormat> of(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }

    static List<String> words() {
        return Arrays.stream(values()).map(ExportFormat::word).toList();
    }
}
