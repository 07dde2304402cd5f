package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.source.Span;

/**
 * Where monitoring data live and how to read them. Everything but the file is optional: the
 * evaluator recognises its own template and common headers without a mapping.
 *
 * @param file            as written, relative to the .toc file that declares it
 * @param resolvedPath    absolute path of the file
 * @param columns         role ({@code indicator}, {@code period}, {@code value}, {@code disaggregation},
 *                        {@code title}) to header text, in the order written
 * @param headerRow       1-based first header row, or 0 to detect
 * @param headerRowEnd    1-based last header row (two-row headers), or 0 when one row
 * @param fiscalYearStart month (1–12) in which the fiscal year starts; 1 when not given
 * @param codes           the binding's code table ({@code code "IND-7" is OC1_2}), in the order written
 */
public record DataBinding(String file, String resolvedPath, String sheet, Layout layout, int headerRow,
                          int headerRowEnd, Map<String, String> columns, String periodColumns, int fiscalYearStart,
                          boolean decimalComma, Span span, List<CodeMapping> codes) {
    public DataBinding {
        codes = List.copyOf(codes);
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }
}
