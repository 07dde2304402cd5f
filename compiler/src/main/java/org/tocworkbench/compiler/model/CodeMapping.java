package org.tocworkbench.compiler.model;

import org.tocworkbench.compiler.source.Span;

/**
 * One line of a data binding's code table ({@code code "IND-7" is OC1_2}): rows of that binding's
 * file that carry {@code code} are the indicator's, whatever codes the indicator declares.
 *
 * @param code      as written, trimmed
 * @param indicator the indicator's id
 */
public record CodeMapping(String code, String indicator, Span span) {
    public CodeMapping {
        code = code.strip();
    }
}
