package org.tocworkbench.evaluator.standards;

import java.util.List;
import org.tocworkbench.compiler.model.Keyword;

/** The sources {@code toc import} reads a theory from (named with {@code --layout}, or detected). */
public enum SourceLayout implements Keyword {
    DFID("dfid", "DFID results framework"),
    EU("eu", "EU logical framework matrix"),
    RESULTS_FRAMEWORK("results-framework", "results framework"),
    IATI("iati", "IATI activity file"),
    JSON("json", "toc JSON model");

    private final String word;
    private final String description;

    SourceLayout(String word, String description) {
        this.word = word;
        this.description = description;
    }

    @Override
    public List<String> words() {
        return List.of(word);
    }

    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    /** True for the layouts read from a workbook. */
    public boolean workbook() {
        return this == DFID || this == EU || this == RESULTS_FRAMEWORK;
    }
}
