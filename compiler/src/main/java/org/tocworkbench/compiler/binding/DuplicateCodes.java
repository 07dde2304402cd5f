package org.tocworkbench.compiler.binding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.model.CodeMapping;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.IndicatorCode;
import org.tocworkbench.compiler.source.Span;

/**
 * A code names one indicator in each scope (every source, one data file, one binding's table),
 * compared as rows are matched: trimmed and ignoring case. A code that is another indicator's id
 * is a conflict too, since rows are matched by code before id. Checked by the binder once every
 * indicator and data block is bound (TOC110, a name conflict like TOC102).
 */
final class DuplicateCodes {
    private final Diagnostics diagnostics;

    DuplicateCodes(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Where a code was first given, and to which indicator. */
    private record Given(String indicator, IndicatorCode code) {
    }

    void check(Map<String, Indicator> indicators, List<DataBinding> data) {
        Map<String, String> idsIgnoringCase = new HashMap<>();
        indicators.keySet().forEach(id -> idsIgnoringCase.putIfAbsent(id.toLowerCase(Locale.ROOT), id));
        Map<String, Given> given = new HashMap<>();
        for (Indicator indicator : indicators.values()) {
            for (IndicatorCode code : indicator.codes()) {
                String other = idsIgnoringCase.get(IndicatorCode.key(code.code()));
                if (other != null && !other.equals(indicator.id())) {
                    report(Diagnostic.of(Code.DUPLICATE_CODE, code.span(), "code \"" + code.code() + "\" of `"
                                    + indicator.id() + "` is the id of indicator `" + other + "`")
                            .label("rows named `" + code.code() + "` would count for `" + indicator.id()
                                    + "`, not for `" + other + "`")
                            .help("codes are matched before ids: give `" + indicator.id() + "` a code of its own"));
                    continue;
                }
                String scope = code.resolvedFile().orElse("");
                Given first = given.putIfAbsent(scope + "\n" + IndicatorCode.key(code.code()),
                        new Given(indicator.id(), code));
                if (first != null && !first.indicator().equals(indicator.id())) {
                    report(Diagnostic.of(Code.DUPLICATE_CODE, code.span(), "code \"" + code.code() + "\" is given to both `"
                                    + first.indicator() + "` and `" + indicator.id() + "`"
                                    + code.file().map(f -> " in \"" + f + "\"").orElse(""))
                            .label("also the code of `" + first.indicator() + "` " + where(first.code().span(), code.span()))
                            .help(code.scoped() ? "give each indicator its own code in this file"
                                    : "give each indicator its own code, or limit one to its data file with "
                                    + "`in \"file\"`"));
                }
            }
        }
        for (DataBinding binding : data) {
            Map<String, CodeMapping> table = new HashMap<>();
            for (CodeMapping mapping : binding.codes()) {
                CodeMapping first = table.putIfAbsent(IndicatorCode.key(mapping.code()), mapping);
                if (first != null && !first.indicator().equals(mapping.indicator())) {
                    report(Diagnostic.of(Code.DUPLICATE_CODE, mapping.span(), "code \"" + mapping.code()
                                    + "\" is given to both `" + first.indicator() + "` and `" + mapping.indicator()
                                    + "` in the table of \"" + binding.file() + "\"")
                            .label("already given to `" + first.indicator() + "` " + where(first.span(), mapping.span()))
                            .help("keep one line per code"));
                }
            }
        }
    }

    private void report(Diagnostic.Builder diagnostic) {
        diagnostics.add(diagnostic.build());
    }

    /** "on line 5" within one file, the full position across files. */
    private static String where(Span first, Span here) {
        return first.source() == here.source() ? "on line " + first.line() : "at " + first;
    }
}
