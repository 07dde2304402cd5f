package org.tocworkbench.compiler.model;

import java.util.List;

/** An enumerated value written as a word in .toc files; the first word is the canonical one. */
public interface Keyword {
    List<String> words();

    default String word() {
        return words().get(0);
    }
}
