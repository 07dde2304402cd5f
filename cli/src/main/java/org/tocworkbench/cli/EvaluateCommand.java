package org.tocworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.iptt.IpttPeriods;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.report.ReportWriters;
import org.tocworkbench.evaluator.report.TerminalSummary;
import org.tocworkbench.render.PdfReportWriter;
import org.tocworkbench.render.ProgressOverlayDiagram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toc evaluate FILE}: monitoring data joined with the theory; progress per indicator, outcome and pathway. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Join monitoring data with the theory and report progress per indicator, outcome and pathway.",
                "Without --data, the workbooks named in the theory's `data` blocks are read."},
        footerHeading = "%nExamples:%n",
        footer = {"  toc evaluate samples/pandemic-preparedness/pandemic.toc -o report.html",
                "  toc evaluate my.toc --data monitoring.xlsx --as-of 2026-06-30",
                "  toc evaluate my.toc --data tracking.xlsx --sheet \"Q3 tracking\" --layout wide \\",
                "      --header-rows 4-5 --fiscal-year-start 10",
                "  toc evaluate my.toc -o progress.json      # also .html, .pdf, .md, .xlsx, .txt",
                "  toc evaluate my.toc -o report.xlsx --iptt-periods quarters  # IPTT by quarter",
                "", "Data issues are listed and leave the exit code 0 unless --strict (which also makes warnings in the theory errors).",
                "In the terminal they are grouped by kind and cause (e.g. each unknown label).",
                "Rows match indicators by code (`code \"1.2\"`), then by id, then by title.",
                "Exit codes: 0 done, 1 the theory has errors (or data issues with --strict), 2 usage error,",
                "3 a file could not be read (also a data file that is missing, empty, corrupt, password-protected or",
                "has no usable sheet) or written."})
public final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .toc file.")
    Path file;

    @Mixin
    MonitoringOptions monitoring;

    @Mixin
    DiagnosticOptions diagnostics;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write a report, in the format its extension names: .html (or .htm), .pdf, .md (or"
                    + " .markdown), .json, .xlsx or .txt."
                    + " An existing OUT is replaced; never the theory or a file it reads (exit 3).")
    Path output;

    @Option(names = "--iptt-periods", paramLabel = "PERIODS", defaultValue = "months", converter = IpttPeriodsWord.class,
            description = "Periods of the IPTT: reported (every period as reported), months (default: weekly values"
                    + " rolled up into months), quarters or years (fiscal ones when the data count fiscal years);"
                    + " an indicator reported less often keeps its own periods.")
    IpttPeriods ipttPeriods;

    /** {@code --iptt-periods} by its word in any case; an unknown word is a usage error naming the choices. */
    static final class IpttPeriodsWord implements CommandLine.ITypeConverter<IpttPeriods> {
        @Override
        public IpttPeriods convert(String word) {
            return IpttPeriods.of(word).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "must be one of " + IpttPeriods.choices() + ", not `" + word + "`"));
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        LocalDate reportingDate = monitoring.asOfDate(commandLine);
        StatusBands bands = monitoring.bands(commandLine);
        ProgressOverlayDiagram diagram = new ProgressOverlayDiagram();
        PdfReportWriter pdf = new PdfReportWriter(diagram);
        if (output != null && ReportWriters.forPath(output, null, pdf).isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "cannot tell the report format of `" + output
                    + "`; use one of " + String.join(", ", ReportWriters.knownExtensions(pdf)));
        }
        Compilation compilation = new TocCompiler().compile(file, diagnostics.toCompileOptions(commandLine));
        PrintWriter err = commandLine.getErr();
        if (ExportCommand.reportErrors(compilation, err)) {
            return compilation.unreadable() ? TocCommand.IO_ERROR : TocCommand.INPUT_ERRORS;
        }
        Theory theory = compilation.theory();
        List<ImportRequest> requests = monitoring.requests(theory, commandLine);
        if (requests.isEmpty() && theory.computations().isEmpty()) {
            err.println("toc: no monitoring data: give --data WORKBOOK or add a `data` block to the theory;"
                    + " every indicator is reported as having no data");
        }
        Evaluation evaluation;
        try {
            evaluation = MonitoringEvaluation.evaluate(theory, requests, reportingDate,
                    bands, ipttPeriods,
                    result -> err.println("read " + result.summary()));
        } catch (ImportException e) {
            err.println("toc: " + e.getMessage());
            err.flush();
            return TocCommand.IO_ERROR;
        }
        if (output == null) {
            PrintWriter out = commandLine.getOut();
            out.print(new TerminalSummary().render(evaluation));
            out.flush();
        } else {
            List<Path> inputs = new ArrayList<>(compilation.referencedFiles());
            requests.forEach(r -> inputs.add(r.file()));
            try (StepProgress bar = StepProgress.onTerminal(1)) {
                bar.step("writing " + output.getFileName());
                ReportWriters.write(evaluation, output, inputs, diagram, pdf);
            } catch (OutputFile.OutputException e) {
                err.println("toc: " + e.getMessage());
                err.flush();
                return TocCommand.IO_ERROR;
            }
            err.println("wrote " + output);
        }
        err.flush();
        return diagnostics.strict && evaluation.issues().total() > 0 ? TocCommand.INPUT_ERRORS : TocCommand.OK;
    }
}
