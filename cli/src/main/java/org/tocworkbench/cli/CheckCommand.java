package org.tocworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.JsonDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toc check FILE...}: compile each file and report every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check theories of change: syntax, names, and the logic of the results chain.",
        footerHeading = "%nExamples:%n",
        footer = {"  toc check samples/pandemic-preparedness/pandemic.toc",
                "  toc check samples                 every .toc file under a folder",
                "  toc check --strict --allow TOC216 samples/*/*.toc",
                "  toc check --format json my.toc > diagnostics.json",
                "", "Exit codes: 0 no errors, 1 errors found, 2 usage error, 3 a file could not be read."})
public final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The .toc files to check; a folder stands for all the .toc files under it.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT",
            description = "Output format: human (default) or json.")
    String format;

    @Mixin
    DiagnosticOptions diagnosticOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("human") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format `" + format + "` (human or json)");
        }
        CompileOptions options = diagnosticOptions.toCompileOptions(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        TocCompiler compiler = new TocCompiler();
        List<Diagnostic> all = new ArrayList<>();
        boolean unreadable = false;
        List<Path> checked = expandFolders();
        for (Path file : checked) {
            Compilation compilation = compiler.compile(file, options);
            unreadable |= compilation.unreadable();
            all.addAll(compilation.diagnostics());
        }
        if (format.equals("json")) {
            out.print(new JsonDiagnosticPrinter().print(all));
        } else {
            HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();
            for (Diagnostic d : all) {
                out.println(printer.print(d));
            }
            out.println(summary(all, checked.size()));
        }
        out.flush();
        if (unreadable) {
            return TocCommand.IO_ERROR;
        }
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? TocCommand.INPUT_ERRORS : TocCommand.OK;
    }

    /**
     * The files given, each folder replaced by the .toc files under it (as {@code toc fmt} reads
     * a folder); a folder that cannot be listed is left as it is, for the compiler to report.
     */
    private List<Path> expandFolders() {
        List<Path> expanded = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isDirectory(file)) {
                expanded.add(file);
                continue;
            }
            List<Path> found;
            try {
                found = TocFiles.under(file);
            } catch (IOException | java.io.UncheckedIOException e) {
                expanded.add(file);
                continue;
            }
            if (found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "`" + file + "` is a folder with no .toc files in it; nothing to check");
            }
            expanded.addAll(found);
        }
        return expanded;
    }

    static String summary(List<Diagnostic> diagnostics, int fileCount) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long infos = diagnostics.stream().filter(d -> d.severity() == Severity.INFO).count();
        String files = fileCount == 1 ? "1 file" : fileCount + " files";
        if (errors + warnings + infos == 0) {
            return "ok: " + files + " checked, no problems";
        }
        return (errors > 0 ? "failed" : "ok") + ": " + files + " checked, " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + infos + " info";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
