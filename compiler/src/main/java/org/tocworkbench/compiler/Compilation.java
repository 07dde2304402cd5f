package org.tocworkbench.compiler;

import java.util.List;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * The result of compiling one root file: the theory (as complete as the input allows, null only
 * when the root file could not be read), all diagnostics in source order, and the files read.
 *
 * @param unreadable true when the root file itself could not be read (an I/O failure, exit 3)
 */
public record Compilation(Theory theory, List<Diagnostic> diagnostics, List<SourceFile> sources, boolean unreadable) {
    public Compilation {
        diagnostics = List.copyOf(diagnostics);
        sources = List.copyOf(sources);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
