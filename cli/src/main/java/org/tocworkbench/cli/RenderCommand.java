package org.tocworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.render.ContextMode;
import org.tocworkbench.render.DiagramFormat;
import org.tocworkbench.render.DiagramOptions;
import org.tocworkbench.render.DiagramRenderer;
import org.tocworkbench.render.EngineChoice;
import org.tocworkbench.render.Engines;
import org.tocworkbench.render.GroupBy;
import org.tocworkbench.render.LayoutEngine;
import org.tocworkbench.render.ProgressOverlayDiagram;
import org.tocworkbench.render.RankDirection;
import org.tocworkbench.render.RenderException;
import org.tocworkbench.render.View;
import org.tocworkbench.render.ViewException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toc render FILE -o OUT}: the theory as a diagram (SVG, PNG, PDF or DOT). */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw a theory of change as a diagram for reports: SVG, PNG, PDF or Graphviz DOT.",
                "Uses Graphviz's `dot` when it is on the PATH (fast) and an embedded engine otherwise."},
        footerHeading = "%nExamples:%n",
        footer = {"  toc render samples/pandemic-preparedness/pandemic.toc -o pandemic.svg",
                "  toc render my.toc -o my.png --direction BT --indicators",
                "  toc render my.toc -o policy.pdf --pathway policy --context hide",
                "  toc render my.toc -o members.svg --group-by actor --actor backbone",
                "  toc render my.toc -o network.svg --view network --group-by function",
                "  toc render my.toc --format dot | dot -Tsvg > my.svg",
                "  toc render my.toc --progress -o progress.pdf     # coloured by progress",
                "  toc render my.toc --progress --data m.xlsx --as-of 2026-06-30 -o p.png",
                "  toc render my.toc --progress --on-track 5 --at-risk 15 -o p.svg  # bands",
                "",
                "Exit codes: 0 written; 1 the theory has errors (nothing written unless --force);",
                "2 usage error (unknown format or option value, a view naming something the theory",
                "lacks, a requested engine that is not installed, --data, --as-of, a mapping option,",
                "--on-track or --at-risk without --progress);",
                "3 a file could not be read or written (also a monitoring data file), or the engine failed."})
public final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .toc file to draw.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write here; the extension gives the format (.svg, .png, .pdf, .dot or .gv). "
                    + "Without it, SVG or DOT goes to standard output. An existing OUT is replaced; never the theory"
                    + " or a file it reads.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "svg, png, pdf or dot (default: from OUT, else svg).")
    String format;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto (default: native when `dot` is on the PATH, else embedded), native or embedded.")
    String engine;

    @Option(names = "--direction", paramLabel = "DIR", defaultValue = "LR",
            description = "How the results chain runs from activities to impact: LR (default, left to right), "
                    + "BT (impact on top) or TB.")
    String direction;

    @Option(names = "--pathway", paramLabel = "NAME", description = "Show one pathway (id or title).")
    String pathway;

    @Option(names = "--actor", paramLabel = "ID", description = "Show what one actor contributes to.")
    String actor;

    @Option(names = "--function", paramLabel = "NAME",
            description = "Show the results tagged with one network function, e.g. advocacy.")
    String function;

    @Option(names = "--focus", paramLabel = "ID", description = "Show the neighbourhood of one node.")
    String focus;

    @Option(names = "--depth", paramLabel = "N", description = "With --focus: how many links around the node (default 1).")
    Integer depth;

    @Option(names = "--context", paramLabel = "MODE", defaultValue = "grey",
            description = "In a view, what happens to the rest: grey (default) or hide.")
    String context;

    @Option(names = "--group-by", paramLabel = "GROUP", defaultValue = "none",
            description = "Box nodes by pathway, actor or horizon (stage of the chain); none (default). "
                    + "With --view network: structure (default) or function.")
    String groupBy;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "results",
            description = "results (default) or network: results boxed by the structure that delivers them "
                    + "(or by function), those only the backbone delivers marked (docs/network.md).")
    String view;

    @Option(names = "--indicators", description = "List each result's indicators under its title.")
    boolean indicators;

    @Option(names = "--force", description = "Draw what can be drawn even when the theory has errors.")
    boolean force;

    @Option(names = "--progress", description = "Colour each result by its progress status, as `toc evaluate` "
            + "computes it from the monitoring data (--data, else the theory's data blocks) at --as-of, with the "
            + "same mapping options and status bands (under Monitoring data below).")
    boolean progress;

    @Mixin
    MonitoringOptions monitoring;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "144",
            description = "Resolution of PNG pictures (default 144).")
    int dpi;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Stop the layout after this long, with either engine (default 300).")
    int timeout;

    @Option(names = {"-v", "--verbose"}, description = "Say which engine drew the diagram, and how long it took.")
    boolean verbose;

    @Mixin
    DiagnosticOptions diagnosticOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        CommandLine cli = spec.commandLine();
        DiagramFormat diagramFormat = chooseFormat();
        DiagramOptions options = DiagramOptions.DEFAULT
                .withDirection(word(RankDirection.byWord(direction), "--direction", direction, "LR, BT or TB"))
                .withContext(word(ContextMode.byWord(context), "--context", context, "grey or hide"))
                .withGroupBy(chooseGroupBy())
                .withIndicators(indicators)
                .withView(chooseView());
        EngineChoice engineChoice = word(EngineChoice.byWord(engine), "--engine", engine, "auto, native or embedded");
        if (dpi < 24 || dpi > 1200) {
            throw new CommandLine.ParameterException(cli, "--dpi must be between 24 and 1200");
        }
        if (timeout < 1) {
            throw new CommandLine.ParameterException(cli, "--timeout must be at least 1 second");
        }
        List<String> monitoringGiven = MonitoringOptions.given(cli);
        if (!monitoringGiven.isEmpty() && !progress) {
            throw new CommandLine.ParameterException(cli, String.join(", ", monitoringGiven)
                    + (monitoringGiven.size() == 1 ? " goes" : " go") + " with --progress: the monitoring data colour"
                    + " the diagram only with --progress");
        }
        LocalDate asOf = monitoring.asOfDate(cli);
        StatusBands bands = monitoring.bands(cli);
        // a malformed mapping option is a usage error before anything is read or drawn
        monitoring.map(ImportRequest.of(file), cli);
        if (output == null && diagramFormat.binary() && System.console() != null) {
            throw new CommandLine.ParameterException(cli, "refusing to write " + diagramFormat.word().toUpperCase()
                    + " to the terminal; give an output file with -o");
        }

        Compilation compilation = new TocCompiler().compile(file, diagnosticOptions.toCompileOptions(cli));
        PrintWriter err = cli.getErr();
        if (compilation.unreadable()) {
            ExportCommand.reportErrors(compilation, err);
            return TocCommand.IO_ERROR;
        }
        List<Path> inputs = compilation.referencedFiles();
        if (output != null) {
            try {
                OutputFile.checkWritable(output, inputs);
            } catch (OutputFile.OutputException e) {
                return fail(e.getMessage(), TocCommand.IO_ERROR);
            }
        }
        if (compilation.hasErrors() && !force) {
            ExportCommand.reportErrors(compilation, err);
            err.println("help: fix the errors, or draw what can be drawn with --force");
            err.flush();
            return TocCommand.INPUT_ERRORS;
        }
        if (compilation.hasErrors()) {
            reportForced(compilation, err);
        }
        if (compilation.theory().nodes().isEmpty()) {
            return fail("nothing to draw: `" + file + "` declares no results", TocCommand.INPUT_ERRORS);
        }

        DiagramRenderer renderer = new DiagramRenderer();
        byte[] picture;
        String engineName = "none (DOT needs no layout)";
        try (StepProgress bar = StepProgress.onTerminal(progress ? 2 : 1)) {
            if (progress) {
                Optional<DiagramOptions> withProgress = withProgress(compilation.theory(), options, asOf, bands, bar, err);
                if (withProgress.isEmpty()) {
                    return TocCommand.IO_ERROR;
                }
                options = withProgress.get();
            }
            bar.step("drawing");
            if (diagramFormat.needsLayout()) {
                LayoutEngine layoutEngine = Engines.choose(engineChoice,
                        new Engines.Settings(Duration.ofSeconds(timeout), dpi));
                engineName = layoutEngine.name();
                picture = renderer.render(compilation.theory(), options, diagramFormat, layoutEngine);
            } else {
                picture = renderer.dot(compilation.theory(), options).getBytes(StandardCharsets.UTF_8);
            }
        } catch (ViewException | Engines.EngineMissingException e) {
            return fail(e.getMessage(), TocCommand.USAGE);
        } catch (RenderException e) {
            return fail(e.getMessage(), TocCommand.IO_ERROR);
        }

        int status = write(picture, diagramFormat, inputs);
        if (status == TocCommand.OK && verbose) {
            err.printf("toc: drew %s as %s with the %s engine in %.2f s%n", output == null ? "standard output" : output,
                    diagramFormat.word(), engineName, (System.nanoTime() - started) / 1e9);
            err.flush();
        }
        return status;
    }

    /**
     * The options with the progress overlay: the monitoring data read and evaluated as
     * {@code toc evaluate} does with the same options; empty when a data file cannot be read (the
     * message is printed).
     */
    private Optional<DiagramOptions> withProgress(Theory theory, DiagramOptions options, LocalDate asOf,
                                                  StatusBands bands, StepProgress bar, PrintWriter err) {
        List<ImportRequest> requests = monitoring.requests(theory, spec.commandLine());
        if (requests.isEmpty() && theory.computations().isEmpty()) {
            err.println("toc: no monitoring data: give --data WORKBOOK or add a `data` block to the theory;"
                    + " every result is drawn as having no data");
        }
        bar.step("reading the monitoring data");
        Evaluation evaluation;
        try {
            evaluation = MonitoringEvaluation.evaluate(theory, requests, asOf, bands,
                    result -> {
                        if (verbose) {
                            err.println("read " + result.summary());
                        }
                    });
        } catch (ImportException e) {
            fail(e.getMessage(), TocCommand.IO_ERROR);
            return Optional.empty();
        }
        if (evaluation.issues().total() > 0) {
            err.printf("toc: %,d data %s (%,d left out); `toc evaluate` lists them with their cells%n",
                    evaluation.issues().total(), evaluation.issues().total() == 1 ? "issue" : "issues",
                    evaluation.issues().skipped());
        }
        err.flush();
        return Optional.of(options.withProgress(ProgressOverlayDiagram.overlay(evaluation.nodes()),
                evaluation.settings().asOf().toString()));
    }

    private DiagramFormat chooseFormat() {
        CommandLine cli = spec.commandLine();
        Optional<DiagramFormat> fromName = output == null || output.getFileName() == null ? Optional.empty()
                : DiagramFormat.byFileName(output.getFileName().toString());
        if (format != null) {
            DiagramFormat chosen = DiagramFormat.byWord(format).orElseThrow(() -> new CommandLine.ParameterException(cli,
                    "unknown format `" + format + "` (" + DiagramFormat.words() + ")"));
            if (fromName.isPresent() && fromName.get() != chosen) {
                throw new CommandLine.ParameterException(cli, "`" + output + "` looks like " + fromName.get().word()
                        + " but --format says " + chosen.word() + "; make them agree");
            }
            return chosen;
        }
        if (output == null) {
            return DiagramFormat.SVG;
        }
        return fromName.orElseThrow(() -> new CommandLine.ParameterException(cli,
                "cannot tell the format from `" + output + "`: end it in .svg, .png, .pdf, .dot or .gv, or give --format"));
    }

    /** The grouping: any for the results view; structure (default) or function for the network view. */
    private GroupBy chooseGroupBy() {
        CommandLine cli = spec.commandLine();
        boolean network = switch (view.toLowerCase(java.util.Locale.ROOT)) {
            case "network" -> true;
            case "results" -> false;
            default -> throw new CommandLine.ParameterException(cli, "unknown --view `" + view + "` (results or network)");
        };
        GroupBy chosen = word(GroupBy.byWord(groupBy), "--group-by", groupBy,
                network ? "structure or function" : "pathway, actor, horizon or none");
        if (!network && chosen.network()) {
            throw new CommandLine.ParameterException(cli, "--group-by " + groupBy + " goes with --view network");
        }
        if (network && chosen == GroupBy.NONE) {
            return GroupBy.STRUCTURE;
        }
        if (network && !chosen.network()) {
            throw new CommandLine.ParameterException(cli, "--view network groups by structure or function, not "
                    + groupBy);
        }
        return chosen;
    }

    private View chooseView() {
        CommandLine cli = spec.commandLine();
        List<String> given = new ArrayList<>();
        if (pathway != null) {
            given.add("--pathway");
        }
        if (actor != null) {
            given.add("--actor");
        }
        if (function != null) {
            given.add("--function");
        }
        if (focus != null) {
            given.add("--focus");
        }
        if (given.size() > 1) {
            throw new CommandLine.ParameterException(cli, "choose one view: " + String.join(" and ", given)
                    + " cannot be combined");
        }
        if (depth != null && focus == null) {
            throw new CommandLine.ParameterException(cli, "--depth goes with --focus ID");
        }
        if (depth != null && depth < 0) {
            throw new CommandLine.ParameterException(cli, "--depth must be 0 or more");
        }
        if (pathway != null) {
            return new View.OfPathway(pathway);
        }
        if (actor != null) {
            return new View.OfActor(actor);
        }
        if (function != null) {
            try {
                return View.OfFunction.parse(function);
            } catch (ViewException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
        }
        if (focus != null) {
            return new View.Around(focus, depth == null ? 1 : depth);
        }
        return new View.Whole();
    }

    private <T> T word(Optional<T> value, String option, String given, String choices) {
        return value.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown value `" + given + "` for " + option + " (" + choices + ")"));
    }

    private static void reportForced(Compilation compilation, PrintWriter err) {
        List<Diagnostic> errors = compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();
        errors.forEach(d -> err.println(printer.print(d)));
        err.println("warning: drawing despite " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + " (--force); the diagram shows what could be read");
        err.flush();
    }

    private int write(byte[] picture, DiagramFormat diagramFormat, List<Path> inputs) {
        if (output == null) {
            if (diagramFormat.binary()) {
                System.out.write(picture, 0, picture.length);
                System.out.flush();
                if (System.out.checkError()) {
                    return fail("cannot write to standard output", TocCommand.IO_ERROR);
                }
            } else {
                PrintWriter out = spec.commandLine().getOut();
                out.print(new String(picture, StandardCharsets.UTF_8));
                out.flush();
            }
            return TocCommand.OK;
        }
        try {
            OutputFile.write(output, picture, inputs);
            return TocCommand.OK;
        } catch (OutputFile.OutputException e) {
            return fail(e.getMessage(), TocCommand.IO_ERROR);
        }
    }

    private int fail(String message, int status) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("toc: " + message);
        err.flush();
        return status;
    }
}
