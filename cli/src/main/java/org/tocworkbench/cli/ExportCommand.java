package org.tocworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.export.ModelJsonExporter;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.logframe.Logframe;
import org.tocworkbench.evaluator.logframe.LogframeBuilder;
import org.tocworkbench.evaluator.logframe.LogframeExcelWriter;
import org.tocworkbench.evaluator.logframe.LogframeMarkdownWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toc export FILE --format json|logframe-md|logframe-xlsx|iati|iati-csv}: the compiled model
 * in a documented schema, the logframe matrix, or the evaluated results as IATI 2.03 XML or the
 * IATI results sheet (docs/standards.md).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the compiled theory (schema documented in docs/export-json.md), its logframe, or its"
                + " results with the monitoring data's values as IATI 2.03 XML or the IATI results sheet (docs/standards.md)."},
        footerHeading = "%nExamples:%n",
        footer = {"  toc export samples/pandemic-preparedness/pandemic.toc -o model.json",
                "  toc export my.toc --format json | jq '.nodes[].id'",
                "  toc export my.toc --format logframe-md -o logframe.md",
                "  toc export my.toc --format logframe-xlsx -o logframe.xlsx",
                "  toc export my.toc --format iati -o results.xml",
                "      (the theory block names the activity: identifier \"XM-EXAMPLE-1-P12\" and",
                "       reporting org \"XM-EXAMPLE-1\" \"Example NGO\" type international-ngo)",
                "  toc export my.toc --format iati --identifier XM-EXAMPLE-1-P12 \\",
                "      --reporting-org XM-EXAMPLE-1 --reporting-org-type 21 -o results.xml",
                "      (the same named with options, which replace the theory's words)",
                "  toc export my.toc --format iati-csv -o results.csv",
                "      (-o results.xlsx: the same sheet as a workbook to read and print)",
                "", "Nothing is written when the theory has errors (exit 1). There is no --force: an export is made",
                "again from the theory, so OUT is replaced when it exists; the theory and the files it refers to",
                "(data workbooks, imports) are never replaced (exit 3)."})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .toc file to export.")
    Path file;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format: json, logframe-md, logframe-xlsx (needs -o), iati (XML), iati-csv"
                    + " (with -o OUT.xlsx: the same sheet as a workbook).")
    String format;

    @Mixin
    IatiOptions iati;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output."
            + " An existing OUT is replaced, as a new export of the same theory; never the theory or a file it"
            + " refers to (exit 3).")
    Path output;

    @Mixin
    DiagnosticOptions diagnosticOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                "unknown format `" + format + "` (" + String.join(", ", ExportFormat.words()) + ")"));
        if (chosen.binary() && output == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "`--format logframe-xlsx` writes a workbook: give the file with `-o logframe.xlsx`");
        }
        if (chosen.iati()) {
            iati.check(commandLine);
        }
        Compilation compilation = new TocCompiler().compile(file, diagnosticOptions.toCompileOptions(commandLine));
        PrintWriter err = commandLine.getErr();
        if (reportErrors(compilation, err)) {
            return compilation.unreadable() ? TocCommand.IO_ERROR : TocCommand.INPUT_ERRORS;
        }
        byte[] content;
        String written = "";
        switch (chosen) {
            case LOGFRAME_MD:
                content = LogframeMarkdownWriter.render(LogframeBuilder.build(compilation.theory()))
                        .getBytes(StandardCharsets.UTF_8);
                break;
            case LOGFRAME_XLSX:
                Logframe logframe = LogframeBuilder.build(compilation.theory());
                content = LogframeExcelWriter.toBytes(logframe);
                written = " (logframe of " + logframe.rows().size() + (logframe.rows().size() == 1 ? " result, " : " results, ")
                        + indicators(logframe) + ")";
                break;
            case IATI:
            case IATI_CSV:
                IatiOptions.Publisher publisher = iati.publisher(compilation.theory(), commandLine, err);
                try {
                    content = iati.export(compilation.theory(), publisher, chosen, err, output != null
                            && output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"));
                } catch (ImportException e) {
                    err.println("toc: " + e.getMessage());
                    err.flush();
                    return TocCommand.IO_ERROR;
                }
                break;
            default:
                content = new ModelJsonExporter().export(compilation.theory()).getBytes(StandardCharsets.UTF_8);
        }
        int exit = write(content, output, compilation, commandLine);
        if (exit == TocCommand.OK && output != null) {
            err.println("wrote " + output + written);
            err.flush();
        }
        return exit;
    }

    private static String indicators(Logframe logframe) {
        long count = logframe.rows().stream().mapToLong(r -> r.lines().size()).sum();
        return count + (count == 1 ? " indicator" : " indicators");
    }

    /** Prints the errors of a compilation (not its warnings); true when there were any. */
    static boolean reportErrors(Compilation compilation, PrintWriter err) {
        List<Diagnostic> errors = compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();
        errors.forEach(d -> err.println(printer.print(d)));
        if (!errors.isEmpty()) {
            err.println("failed: " + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing written");
        }
        err.flush();
        return !errors.isEmpty();
    }

    /** Writes to a file atomically (never over an input), or to standard output when no file is given. */
    static int write(byte[] content, Path output, Compilation compilation, CommandLine commandLine) {
        if (output == null) {
            PrintWriter out = commandLine.getOut();
            out.print(new String(content, StandardCharsets.UTF_8));
            out.flush();
            return TocCommand.OK;
        }
        try {
            OutputFile.write(output, content, compilation.referencedFiles());
            return TocCommand.OK;
        } catch (OutputFile.OutputException e) {
            commandLine.getErr().println("toc: " + e.getMessage());
            commandLine.getErr().flush();
            return TocCommand.IO_ERROR;
        }
    }
}
