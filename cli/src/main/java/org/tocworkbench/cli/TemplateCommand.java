package org.tocworkbench.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.compiler.source.SourceFile;
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
        footer = {"  toc template samples/pandemic-preparedness/pandemic.toc -o monitoring.xlsx"})
public final class TemplateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .toc file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The workbook to write (.xlsx).")
    Path output;

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
            new MonitoringTemplateWriter().write(compilation.theory(), output,
                    compilation.sources().stream().map(SourceFile::location).filter(Objects::nonNull).toList());
        } catch (OutputFile.OutputException e) {
            commandLine.getErr().println("toc: " + e.getMessage());
            commandLine.getErr().flush();
            return TocCommand.IO_ERROR;
        }
        commandLine.getErr().println("wrote " + output + " (" + compilation.theory().indicators().size() + " indicators)");
        commandLine.getErr().flush();
        return TocCommand.OK;
    }
}
