package org.tocworkbench.compiler.rules;

import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.IndicatorCode;

/**
 * A code limited to a data file ({@code code "Ab3dE5fG7h9" in "hmis.csv"}) should name a file that
 * a data block reads; otherwise the code is used only when that file is given on the command line,
 * and a misspelt file name would leave it unused without a word.
 */
public final class CodeFileRule implements Rule {
    @Override
    public Code code() {
        return Code.CODE_FILE_NOT_BOUND;
    }

    @Override
    public void check(RuleContext context) {
        List<DataBinding> data = context.theory().data();
        List<String> files = data.stream().map(DataBinding::file).distinct().toList();
        List<String> candidates = new java.util.ArrayList<>(files);
        data.stream().map(d -> java.nio.file.Path.of(d.resolvedPath()).getFileName())
                .filter(java.util.Objects::nonNull).map(Object::toString).filter(n -> !candidates.contains(n))
                .forEach(candidates::add);
        for (Indicator indicator : context.theory().indicators().values()) {
            for (IndicatorCode code : indicator.codes()) {
                if (code.file().isEmpty() || data.stream().anyMatch(d -> code.appliesTo(d.resolvedPath()))) {
                    continue;
                }
                String file = code.file().get();
                Diagnostic.Builder builder = Diagnostic.of(code(), code.span(), "code \"" + code.code()
                                + "\" is limited to \"" + file + "\", which no data block reads")
                        .label("used only when \"" + file + "\" is given with `--data`");
                // A help, not a suggestion: a suggestion replaces the underlined code, and the file is elsewhere.
                Suggestions.closest(file, candidates).ifPresentOrElse(f -> builder.help("did you mean \"" + f + "\"?"),
                        () -> builder.help(files.isEmpty()
                        ? "bind the file: `data \"" + file + "\" { ... }`"
                        : "name the file as a data block does: " + String.join(", ", files.stream()
                                .map(f -> "\"" + f + "\"").toList())));
                context.report(builder);
            }
        }
    }
}
