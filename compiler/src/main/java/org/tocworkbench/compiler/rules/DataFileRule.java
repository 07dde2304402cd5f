package org.tocworkbench.compiler.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.DataBinding;

/** The workbook a data block names should exist, relative to the file that names it. */
public final class DataFileRule implements Rule {
    @Override
    public Code code() {
        return Code.DATA_FILE_NOT_FOUND;
    }

    @Override
    public void check(RuleContext context) {
        for (DataBinding binding : context.theory().data()) {
            Path path = Path.of(binding.resolvedPath());
            if (!Files.isRegularFile(path)) {
                context.report(Diagnostic.of(code(), binding.span().source().span(binding.span().start(),
                                        binding.span().start() + 4),
                                "data file \"" + binding.file() + "\" not found")
                        .label(Files.isDirectory(path) ? "this is a folder" : "looked for " + asTheUserSeesIt(binding))
                        .help("paths are relative to the .toc file that names them"));
            }
        }
    }

    /** The data file's path next to the .toc file's path as the user gave it, not an absolute one. */
    private static String asTheUserSeesIt(DataBinding binding) {
        Path declaredIn = Path.of(binding.span().path()).getParent();
        return (declaredIn == null ? Path.of(binding.file()) : declaredIn.resolve(binding.file())).normalize().toString();
    }
}
