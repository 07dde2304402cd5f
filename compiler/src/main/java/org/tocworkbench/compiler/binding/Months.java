package org.tocworkbench.compiler.binding;

import java.util.List;
import java.util.Locale;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.syntax.Ast;

/** Reads a month written as a name ({@code july}, {@code jul}) or a number, for {@code fiscal year starts}. */
final class Months {
    private Months() {
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    static int month(Ast.Arg arg, Diagnostics diagnostics) {
        String text = PropertyReader.argText(arg).toLowerCase(Locale.ROOT);
        for (int m = 0; m < 12; m++) {
            if (MONTHS.get(m).equals(text) || MONTHS.get(m).substring(0, 3).equals(text)) {
                return m + 1;
            }
        }
        try {
            int m = Integer.parseInt(text);
            if (m >= 1 && m <= 12) {
                return m;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        Diagnostic.Builder b = Diagnostic.of(Code.INVALID_VALUE, arg.span(), "`" + PropertyReader.argText(arg)
                        + "` is not a month")
                .label("expected a month name such as `october`, or 1 to 12");
        Suggestions.closest(text, MONTHS).ifPresent(b::suggest);
        diagnostics.add(b.build());
        return 1;
    }
}
