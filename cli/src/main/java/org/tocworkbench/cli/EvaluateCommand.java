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
import org.tocworkbench.compiler.model.Layout;
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
                "  toc evaluate my.toc --data tracking.xlsx --sheet \"Q3 tracking\" --layout wide --header-rows 4-5 --fiscal-year-start 10",
                "  toc evaluate my.toc -o progress.json      # also .md, .xlsx, .html",
                "  toc evaluate my.toc -o report.xlsx --iptt-periods quarters   # the IPTT by quarter",
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
    DataOptions data;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write a report: .html, .md, .json, .xlsx or .txt (by extension).")
    Path output;

    @Option(names = "--on-track", paramLabel = "POINTS", defaultValue = "10", description = "On track within this many points of the expected progress (default ${DEFAULT-VALUE}).")
    double onTrack;

    @Option(names = "--at-risk", paramLabel = "POINTS", defaultValue = "25", description = "At risk within this many points (default ${DEFAULT-VALUE}); beyond: off track.")
    double atRisk;

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

    @Mixin
    MappingOptions mapping;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        LocalDate reportingDate = data.asOfDate(commandLine);
        if (onTrack < 0 || atRisk < onTrack) {
            throw new CommandLine.ParameterException(commandLine, "--at-risk must be at least --on-track, both 0 or more");
        }
        ProgressOverlayDiagram diagram = new ProgressOverlayDiagram();
        PdfReportWriter pdf = new PdfReportWriter(diagram);
        if (output != null && ReportWriters.forPath(output, null, pdf).isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "cannot tell the report format of `" + output
                    + "`; use one of " + String.join(", ", ReportWriters.knownExtensions(pdf)));
        }
        Compilation compilation = new TocCompiler().compile(file, mapping.compileOptions(commandLine));
        PrintWriter err = commandLine.getErr();
        if (ExportCommand.reportErrors(compilation, err)) {
            return compilation.unreadable() ? TocCommand.IO_ERROR : TocCommand.INPUT_ERRORS;
        }
        Theory theory = compilation.theory();
        List<ImportRequest> requests = requests(theory, commandLine);
        if (requests.isEmpty() && theory.computations().isEmpty()) {
            err.println("toc: no monitoring data: give --data WORKBOOK or add a `data` block to the theory;"
                    + " every indicator is reported as having no data");
        }
        Evaluation evaluation;
        try {
            evaluation = MonitoringEvaluation.evaluate(theory, requests, reportingDate,
                    new StatusBands(onTrack, atRisk, StatusBands.DEFAULT.maintainTolerance()), ipttPeriods,
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
        return mapping.diagnostics.strict && evaluation.issues().total() > 0 ? TocCommand.INPUT_ERRORS : TocCommand.OK;
    }

    private List<ImportRequest> requests(Theory theory, CommandLine commandLine) {
        return data.requests(theory, request -> mapping.apply(request, commandLine));
    }

    /** Mapping options that override (or replace) a data block: sheet, layout, header rows, columns. */
    public static final class MappingOptions {
        @Mixin
        DiagnosticOptions diagnostics;

        @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet to read (default: the first with a recognisable header).")
        String sheet;

        @Option(names = "--layout", paramLabel = "LAYOUT", description = "long (a row per indicator and period) or wide (a column per period).")
        String layout;

        @Option(names = "--header-rows", paramLabel = "N[-M]", description = "Header row, or first-last rows of a two-row header (1-based).")
        String headerRows;

        @Option(names = "--indicator-column", paramLabel = "HEADER", description = "Column of indicator ids (header text or letter).")
        String indicatorColumn;

        @Option(names = "--title-column", paramLabel = "HEADER", description = "Column of indicator titles (used when there is no id).")
        String titleColumn;

        @Option(names = "--period-column", paramLabel = "HEADER", description = "Column of periods (long layout).")
        String periodColumn;

        @Option(names = "--value-column", paramLabel = "HEADER", description = "Column of values (long layout).")
        String valueColumn;

        @Option(names = "--disaggregation-column", paramLabel = "HEADER", description = "Column of groups (sex, region, ...).")
        String disaggregationColumn;

        @Option(names = "--period-columns", paramLabel = "RANGE", description = "Wide layout: the period columns, e.g. E:P (default: every header that reads as a period).")
        String periodColumns;

        @Option(names = "--fiscal-year-start", paramLabel = "MONTH", description = "Month (1-12) the fiscal year starts, for headers like `Q3 FY24`.")
        Integer fiscalYearStart;

        @Option(names = "--decimal-comma", description = "Numbers are written 1.234,5.")
        boolean decimalComma;

        org.tocworkbench.compiler.CompileOptions compileOptions(CommandLine commandLine) {
            return diagnostics.toCompileOptions(commandLine);
        }

        ImportRequest apply(ImportRequest request, CommandLine commandLine) {
            ImportRequest r = request;
            if (sheet != null) {
                r = r.withSheet(sheet);
            }
            if (layout != null) {
                Layout parsed = layout.equals("long") ? Layout.LONG : layout.equals("wide") ? Layout.WIDE : null;
                if (parsed == null) {
                    throw new CommandLine.ParameterException(commandLine, "--layout is `long` or `wide`, not `" + layout + "`");
                }
                r = r.withLayout(parsed);
            }
            if (headerRows != null) {
                String[] parts = headerRows.split("[-:]", 2);
                try {
                    int first = Integer.parseInt(parts[0].strip());
                    int last = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0;
                    if (first < 1 || (last != 0 && last < first)) {
                        throw new NumberFormatException();
                    }
                    r = r.withHeaderRows(first, last);
                } catch (NumberFormatException e) {
                    throw new CommandLine.ParameterException(commandLine,
                            "--header-rows `" + headerRows + "`: write a row number such as 4, or 4-5 for two rows");
                }
            }
            r = column(r, "indicator", indicatorColumn);
            r = column(r, "title", titleColumn);
            r = column(r, "period", periodColumn);
            r = column(r, "value", valueColumn);
            r = column(r, "disaggregation", disaggregationColumn);
            if (periodColumns != null) {
                r = r.withPeriodColumns(periodColumns);
            }
            if (fiscalYearStart != null) {
                if (fiscalYearStart < 1 || fiscalYearStart > 12) {
                    throw new CommandLine.ParameterException(commandLine, "--fiscal-year-start is a month from 1 to 12");
                }
                r = r.withFiscalYearStart(fiscalYearStart);
            }
            if (decimalComma) {
                r = r.withDecimalComma(true);
            }
            return r;
        }

        private static ImportRequest column(ImportRequest request, String role, String header) {
            return header == null ? request : request.withColumn(role, header);
        }
    }
}
