package org.tocworkbench.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by every command that compiles a theory: --strict and --allow. */
public final class DiagnosticOptions {
    @Option(names = "--strict", description = "Treat warnings as errors: exit 1 when there are any (`toc evaluate` counts data issues too).")
    boolean strict;

    @Option(names = {"-A", "--allow"}, split = ",", paramLabel = "CODE",
            description = "Silence a warning or info code, e.g. --allow TOC207,TOC216 (errors cannot be silenced).")
    List<String> allowed = new ArrayList<>();

    CompileOptions toCompileOptions(CommandLine commandLine) {
        Set<Code> codes = new HashSet<>();
        for (String id : allowed) {
            Code code = Code.byId(id).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                    "unknown diagnostic code `" + id + "` (codes look like TOC207; see docs/diagnostics.md)"));
            if (code.defaultSeverity() == Severity.ERROR) {
                throw new CommandLine.ParameterException(commandLine,
                        "`" + code.id() + "` (" + code.title() + ") is an error and cannot be silenced");
            }
            codes.add(code);
        }
        return new CompileOptions(strict, codes);
    }
}
