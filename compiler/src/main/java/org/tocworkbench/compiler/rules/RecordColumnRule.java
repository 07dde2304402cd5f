package org.tocworkbench.compiler.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.RecordColumn;
import org.tocworkbench.compiler.model.RecordSource;

/**
 * Every column a records declaration or a computed indicator names should be in the records,
 * when their header can be read at check time ({@link RecordHeaders}).
 */
public final class RecordColumnRule implements Rule {
    private final Optional<RecordHeaders> headers;

    public RecordColumnRule() {
        this(RecordHeaders.provided());
    }

    RecordColumnRule(Optional<RecordHeaders> headers) {
        this.headers = headers;
    }

    @Override
    public Code code() {
        return Code.RECORDS_UNKNOWN_COLUMN;
    }

    @Override
    public void check(RuleContext context) {
        if (headers.isEmpty() || context.theory().records().isEmpty()) {
            return;
        }
        RecordHeaders reader = headers.get();
        Map<String, Optional<List<String>>> read = new HashMap<>();
        for (RecordSource source : context.theory().records().values()) {
            if (missingSheet(context, reader, source)) {
                continue;
            }
            List<RecordColumn> columns = new ArrayList<>(source.columns());
            for (Computation c : context.theory().computations().values()) {
                if (c.records().equals(source.id())) {
                    columns.addAll(c.columns());
                }
            }
            if (columns.isEmpty()) {
                continue;
            }
            Optional<List<String>> header = read.computeIfAbsent(source.id(), k -> reader.headers(source));
            if (header.isEmpty()) {
                continue;
            }
            for (RecordColumn column : columns) {
                if (reader.has(header.get(), column.name())) {
                    continue;
                }
                List<String> named = header.get().stream().filter(h -> !h.isEmpty()).toList();
                Diagnostic.Builder b = Diagnostic.of(code(), column.span(),
                                "no column `" + column.name() + "` in records `" + source.id() + "`")
                        .label("not in " + source.location());
                List<String> endings = named.stream().filter(h -> h.toLowerCase(java.util.Locale.ROOT)
                        .endsWith("/" + column.name().toLowerCase(java.util.Locale.ROOT))).toList();
                if (endings.size() > 1) {
                    b.note("several columns end in `/" + column.name() + "`: " + String.join(", ", endings))
                            .help("write the full name, e.g. \"" + endings.get(0) + "\"");
                } else {
                    List<String> candidates = new ArrayList<>(named);
                    named.stream().filter(h -> h.contains("/")).map(h -> h.substring(h.lastIndexOf('/') + 1))
                            .forEach(candidates::add);
                    Suggestions.closest(column.name(), candidates).ifPresent(b::suggest);
                    b.note("the columns are: " + String.join(", ", named.stream().limit(30).toList())
                            + (named.size() > 30 ? ", ..." : ""));
                }
                context.report(b);
            }
        }
    }

    /** Reports a {@code sheet} or {@code join sheet} the workbook does not have, as a missing column is. */
    private boolean missingSheet(RuleContext context, RecordHeaders reader, RecordSource source) {
        List<String> wanted = new ArrayList<>();
        source.sheet().ifPresent(wanted::add);
        source.joinSheet().ifPresent(wanted::add);
        if (wanted.isEmpty()) {
            return false;
        }
        Optional<List<String>> sheets = reader.sheets(source);
        if (sheets.isEmpty()) {
            return false;
        }
        boolean missing = false;
        for (String sheet : wanted) {
            if (sheets.get().stream().anyMatch(s -> s.equalsIgnoreCase(sheet.trim()))) {
                continue;
            }
            missing = true;
            Diagnostic.Builder b = Diagnostic.of(code(), source.span(),
                            "no sheet `" + sheet + "` in records `" + source.id() + "`")
                    .label("not in " + source.location());
            // a help line only: the span is the whole declaration, so no machine-applicable replacement
            Suggestions.closest(sheet, sheets.get()).ifPresent(m -> b.help("did you mean `" + m + "`?"));
            b.note("the sheets are: " + String.join(", ", sheets.get()));
            context.report(b);
        }
        return missing;
    }
}
