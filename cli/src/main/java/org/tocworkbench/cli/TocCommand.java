package org.tocworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code toc} command. Exit codes: 0 success (warnings allowed), 1 the input has errors,
 * 2 usage error, 3 an input or output file could not be read or written.
 */
@Command(name = "toc",
        mixinStandardHelpOptions = true,
        versionProvider = TocCommand.Version.class,
        description = "ToC Workbench: check, draw and evaluate theories of change written as .toc files.",
        subcommands = {CheckCommand.class, RenderCommand.class, EvaluateCommand.class, TemplateCommand.class,
                ExportCommand.class, FmtCommand.class, WatchCommand.class, LspCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success (warnings allowed)", "  1  the input has errors", "  2  usage error",
                "  3  an input or output file could not be read or written",
                "", "Examples:", "  toc check samples/pandemic-preparedness/pandemic.toc",
                "  toc render samples/pandemic-preparedness/pandemic.toc -o pandemic.svg",
                "  toc export samples/pandemic-preparedness/pandemic.toc --format json -o model.json",
                "  toc fmt --check samples",
                "  toc watch samples/pandemic-preparedness/pandemic.toc --open",
                "  toc lsp --stdio    (the language server, started by an editor; see docs/lsp.md)"})
public final class TocCommand implements Runnable {
    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int IO_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command, e.g. `toc check FILE`");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TocCommand());
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("toc: internal error: " + exception + " (please report this with the input that caused it)");
            err.flush();
            return INPUT_ERRORS;
        });
        cli.setParameterExceptionHandler((exception, args) -> {
            CommandLine commandLine = exception.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println("toc: " + exception.getMessage());
            err.println("Run `" + commandLine.getCommandSpec().qualifiedName() + " --help` for usage.");
            err.flush();
            return USAGE;
        });
        return cli;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TocCommand.class.getPackage().getImplementationVersion();
            return new String[] {"toc " + (version == null ? "development build" : version)};
        }
    }
}
