package org.tocworkbench.compiler.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.RecordSource;

/** The file a records declaration names should exist, relative to the file that names it. */
public final class RecordsFileRule implements Rule {
    @Override
    public Code code() {
        return Code.RECORDS_FILE_NOT_FOUND;
    }

    @Override
    public void check(RuleContext context) {
        for (RecordSource source : context.theory().records().values()) {
            if (source.resolvedPath().isEmpty()) {
                continue;
            }
            Path path = Path.of(source.resolvedPath().get());
            if (!Files.isRegularFile(path)) {
                context.report(Diagnostic.of(code(), source.span().source().span(source.span().start(),
                                        source.span().start() + "records".length()),
                                "records file \"" + source.location() + "\" not found")
                        .label(Files.isDirectory(path) ? "this is a folder" : "no such file next to this .toc file")
                        .help("paths are relative to the .toc file that names them"));
            }
        }
    }
}
