package org.tocworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code toc} command. Exit codes: {@link ExitCode}, printed in the help from it. */
@Command(name = "toc",
        mixinStandardHelpOptions = true,
        versionProvider = TocCommand.Version.class,
        description = "ToC Workbench: check, draw and evaluate theories of change written as .toc files.",
        subcommands = {CheckCommand.class, RenderCommand.class, EvaluateCommand.class, TemplateCommand.class,
                DiffCommand.class,
                ExportCommand.class, ImportCommand.class, WhatIfCommand.class, FmtCommand.class, WatchCommand.class, LspCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  toc check samples/pandemic-preparedness/pandemic.toc",
                "  toc render samples/pandemic-preparedness/pandemic.toc -o pandemic.svg",
                "  toc evaluate samples/pandemic-preparedness/pandemic.toc -o report.html",
                "  toc template samples/pandemic-preparedness/pandemic.toc -o monitoring.xlsx",
                "  toc export samples/pandemic-preparedness/pandemic.toc --format json -o m.json",
                "  toc diff samples/pandemic-preparedness/pandemic.toc --from HEAD~1",
                "  toc import logframe.xlsx -o p.toc   (a logframe, IATI file or JSON model)",
                "  toc what-if samples/pandemic-preparedness/pandemic.toc --fails AS1",
                "  toc fmt --check samples",
                "  toc watch samples/pandemic-preparedness/pandemic.toc --open",
                "  toc lsp --stdio    (the language server an editor starts; docs/lsp.md)"})
public final class TocCommand implements Runnable {
    public static final int OK = ExitCode.OK.code();
    public static final int INPUT_ERRORS = ExitCode.INPUT_ERRORS.code();
    public static final int USAGE = ExitCode.USAGE.code();
    public static final int IO_ERROR = ExitCode.IO_ERROR.code();

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
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        java.util.List<String> footer = new java.util.ArrayList<>(java.util.List.of(ExitCode.helpLines()));
        footer.add("");
        footer.add("Examples:");
        footer.addAll(java.util.List.of(usage.footer()));
        usage.footerHeading("%nExit codes:%n").footer(footer.toArray(new String[0]));
        HelpLayout.install(cli);
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("toc: internal error: " + exception + " (please report this with the input that caused it)");
            err.flush();
            return INPUT_ERRORS;
        });
        cli.setParameterExceptionHandler((exception, args) -> {
            CommandLine commandLine = exception.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println("toc: " + lowercaseFirst(exception.getMessage()));
            forceHint(exception, commandLine).ifPresent(err::println);
            err.println("Run `" + commandLine.getCommandSpec().qualifiedName() + " --help` for usage.");
            err.flush();
            return USAGE;
        });
        return cli;
    }

    /**
     * Why a writing command without {@code --force} (export, evaluate, what-if, diff) needs none: it
     * replaces its output, never an input. Import and template take {@code --force}; render's means
     * "draw despite errors".
     */
    static java.util.Optional<String> forceHint(CommandLine.ParameterException exception, CommandLine commandLine) {
        if (!(exception instanceof CommandLine.UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().stream().noneMatch(a -> a.equals("--force") || a.startsWith("--force="))
                || commandLine.getCommandSpec().findOption("--output") == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("help: `" + commandLine.getCommandSpec().qualifiedName() + "` needs no --force: it replaces"
                + " OUT when it exists, and never writes over the theory or a file it reads (exit 3)");
    }

    /**
     * picocli's own messages ("Missing required parameter: 'FILE'", "Unknown option: '--x'") in
     * the lowercase of ours; a message that starts with a name or a code (`TOC207`, `--x`) stays as it is.
     */
    static String lowercaseFirst(String message) {
        if (message == null || message.length() < 2 || !Character.isUpperCase(message.charAt(0))
                || !Character.isLowerCase(message.charAt(1))) {
            return message;
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
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
