package org.tocworkbench.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.evaluator.ingest.ExistingWorkbook;
import org.tocworkbench.evaluator.template.MonitoringTemplateWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toc template FILE -o monitoring.xlsx}: a monitoring workbook that `toc evaluate` reads back with no mapping. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write a monitoring workbook for the theory: an indicator reference sheet and a ready data sheet.",
                "Fill in the Value column and run `toc evaluate FILE --data WORKBOOK`: no mapping needed."},
        footerHeading = "%nExample:%n",
        footer = {"  toc template samples/pandemic-preparedness/pandemic.toc -o monitoring.xlsx",
                "", "Never writes over the theory, a file it imports or a data file it reads; an existing workbook",
                "that holds data is replaced only with --force."})
public final class TemplateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .toc file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The workbook to write (.xlsx).")
    Path output;

    @Option(names = "--force", description = "Replace OUT even when it is a workbook that holds data.")
    boolean force;

    @Mixin
    DiagnosticOptions diagnosticOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (!output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(commandLine, "the template is an Excel workbook: name it *.xlsx");
        }
        Compilation compilation = new TocCompiler().compile(file, diagnosticOptions.toCompileOptions(commandLine));
        if (ExportCommand.reportErrors(compilation, commandLine.getErr())) {
            return compilation.unreadable() ? TocCommand.IO_ERROR : TocCommand.INPUT_ERRORS;
        }
        try {
            OutputFile.checkWritable(output, compilation.referencedFiles());
            Optional<String> data = force ? Optional.empty() : ExistingWorkbook.firstData(output);
            if (data.isPresent()) {
                throw new OutputFile.OutputException("refusing to replace `" + output + "`: it holds data ("
                        + data.get() + "); choose another file, or replace it with --force");
            }
            new MonitoringTemplateWriter().write(compilation.theory(), output, compilation.referencedFiles());
        } catch (OutputFile.OutputException e) {
            commandLine.getErr().println("toc: " + e.getMessage());
            commandLine.getErr().flush();
            return TocCommand.IO_ERROR;
        }
        commandLine.getErr().println("wrote " + output + " (" + org.tocworkbench.evaluator.report.Format.count(compilation.theory().indicators().size(), "indicator") + ")");
        commandLine.getErr().flush();
        return TocCommand.OK;
    }
}
