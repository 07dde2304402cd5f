package org.tocworkbench.compiler;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /**
     * Every file this compilation read or refers to: the .toc files (the root and those it
     * imports) and the data files its theory binds. No command may write its output over one of
     * them.
     */
    public List<Path> referencedFiles() {
        List<Path> files = new ArrayList<>();
        sources.stream().map(SourceFile::location).filter(Objects::nonNull).forEach(files::add);
        if (theory != null) {
            theory.data().forEach(binding -> {
                try {
                    files.add(Path.of(binding.resolvedPath()));
                } catch (InvalidPathException e) {
                    // a path the system cannot name is no file an output could replace
                }
            });
        }
        return List.copyOf(files);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
