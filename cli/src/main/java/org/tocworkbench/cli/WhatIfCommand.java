package org.tocworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.whatif.CurrentProgress;
import org.tocworkbench.compiler.whatif.FailureState;
import org.tocworkbench.compiler.whatif.FailurePropagation;
import org.tocworkbench.compiler.whatif.FailureRanking;
import org.tocworkbench.compiler.whatif.RankingWriter;
import org.tocworkbench.compiler.whatif.WhatIf;
import org.tocworkbench.compiler.whatif.WhatIfFormat;
import org.tocworkbench.compiler.whatif.WhatIfWriter;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.ProgressToday;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.render.DiagramFormat;
import org.tocworkbench.render.DiagramOptions;
import org.tocworkbench.render.DiagramRenderer;
import org.tocworkbench.render.EngineChoice;
import org.tocworkbench.render.Engines;
import org.tocworkbench.render.RenderException;
import org.tocworkbench.render.ViewException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toc what-if FILE --fails ID... | --rank}: what breaks when assumptions or results fail (docs/what-if.md). */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = {"What breaks when an assumption or a result fails, by the kinds of the links (docs/what-if.md).",
                "The results that fail or are weakened, the broken links and pathways, the indicator",
                "targets out of reach and the outcomes that still stand.",
                "With --rank: every assumption and result ranked by how many results fail with it,",
                "then by how many are weakened: the theory's weakest points."},
        footerHeading = "%nExamples:%n",
        footer = {"  toc what-if samples/pandemic-preparedness/pandemic.toc --fails AS1",
                "  toc what-if my.toc --fails AS3 --fails ST2 -o what-if.md",
                "  toc what-if my.toc --rank --format markdown > risks.md",
                "  toc what-if my.toc --fails AS3 --data monitoring.xlsx --as-of 2026-06-30",
                "", "With monitoring data (the theory's data blocks, or --data), the affected",
                "results that are on track today are named: they look fine now, and would not",
                "survive the failure.",
                "Exit codes: 0 done, 1 the theory has errors, 2 usage error (also --fails naming",
                "no result or assumption of the theory), 3 a file could not be read or written."})
public final class WhatIfCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .toc file.")
    Path file;

    @Option(names = "--fails", split = ",", paramLabel = "ID",
            description = "An assumption or result that fails; repeatable (--fails AS3 --fails ST2, or --fails AS3,ST2).")
    List<String> failing = new ArrayList<>();

    @Option(names = "--rank", description = "Rank every assumption and result by how many results fail with it, then by how many are weakened.")
    boolean rank;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "With --rank: how many results the terminal and Markdown list (default ${DEFAULT-VALUE}; 0 for all).")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "terminal (default), markdown (md), json, or a diagram: svg, png, pdf or dot;"
                    + " by default from the extension of -o.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to a file; its extension picks the format (txt, md, json, or a diagram: svg, png, pdf, dot or gv)."
            + " An existing OUT is replaced; never the theory or a file it reads.")
    Path output;

    @Option(names = "--no-data", description = "Do not read the monitoring data the theory binds.")
    boolean noData;

    @Mixin
    MonitoringOptions monitoring;

    @Mixin
    DiagnosticOptions diagnostics;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (rank == !failing.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine,
                    rank ? "give either --rank or --fails, not both" : "say what fails (--fails ID) or ask for --rank");
        }
        if (top < 0) {
            throw new CommandLine.ParameterException(commandLine, "--top is a number of results, 0 or more");
        }
        WhatIfFormat chosen = format(commandLine);
        if (chosen.diagram() && rank) {
            throw new CommandLine.ParameterException(commandLine,
                    "the ranking is a table: use terminal, markdown or json; draw one failure with --fails ID -o FILE.svg");
        }
        if (chosen.diagram() && output == null && DiagramFormat.byWord(chosen.word()).orElseThrow().binary()) {
            throw new CommandLine.ParameterException(commandLine, "a " + chosen.word().toUpperCase(java.util.Locale.ROOT)
                    + " diagram needs an output file: -o what-if." + chosen.word());
        }
        LocalDate asOf = monitoring.asOfDate(commandLine);
        StatusBands bands = monitoring.bands(commandLine);
        Compilation compilation = new TocCompiler().compile(file, diagnostics.toCompileOptions(commandLine));
        PrintWriter err = commandLine.getErr();
        if (ExportCommand.reportErrors(compilation, err)) {
            return compilation.unreadable() ? TocCommand.IO_ERROR : TocCommand.INPUT_ERRORS;
        }
        Theory theory = compilation.theory();
        TheoryGraph graph = new TheoryGraph(theory);
        byte[] content;
        if (rank) {
            content = bytes(new RankingWriter().write(FailureRanking.rank(graph), theory, chosen, top));
        } else {
            List<String> ids = known(theory, commandLine);
            Optional<CurrentProgress> progress;
            try {
                progress = progress(theory, asOf, bands, commandLine);
            } catch (ImportException e) {
                err.println("toc: " + e.getMessage());
                err.flush();
                return TocCommand.IO_ERROR;
            }
            WhatIf whatIf = FailurePropagation.propagate(graph, ids);
            if (chosen.diagram()) {
                try {
                    content = diagram(whatIf, chosen);
                } catch (ViewException | Engines.EngineMissingException e) {
                    err.println("toc: " + e.getMessage());
                    err.flush();
                    return TocCommand.USAGE;
                } catch (RenderException e) {
                    err.println("toc: " + e.getMessage());
                    err.flush();
                    return TocCommand.IO_ERROR;
                }
            } else {
                content = bytes(new WhatIfWriter().write(whatIf, chosen, progress));
            }
        }
        int code = ExportCommand.write(content, output, compilation, commandLine);
        if (code == TocCommand.OK && output != null) {
            err.println("wrote " + output);
            err.flush();
        }
        return code;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The theory drawn with the what-if overlay: failed results ghosted, weakened with a border and a "weakened" band, broken links dashed, failing assumptions' badges crossed. */
    static byte[] diagram(WhatIf whatIf, WhatIfFormat format)
            throws ViewException, RenderException, Engines.EngineMissingException {
        Map<String, FailureState> marks = new LinkedHashMap<>();
        whatIf.states().forEach((id, state) -> {
            if (state != FailureState.STANDS) {
                marks.put(id, state);
            }
        });
        whatIf.brokenLinks().forEach(b -> marks.put(b.link().key(), FailureState.FAILED));
        whatIf.failing().stream().filter(whatIf.theory().assumptions()::containsKey)
                .forEach(id -> marks.put(id, FailureState.FAILED)); // named in the legend
        DiagramOptions options = DiagramOptions.DEFAULT.withFailures(marks);
        DiagramFormat diagramFormat = DiagramFormat.byWord(format.word()).orElseThrow();
        DiagramRenderer renderer = new DiagramRenderer();
        if (!diagramFormat.needsLayout()) {
            return bytes(renderer.dot(whatIf.theory(), options));
        }
        return renderer.render(whatIf.theory(), options, diagramFormat,
                Engines.choose(EngineChoice.AUTO, Engines.Settings.DEFAULT));
    }

    private WhatIfFormat format(CommandLine commandLine) {
        if (format != null) {
            WhatIfFormat named = WhatIfFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(
                    commandLine, "unknown format `" + format + "` (terminal, markdown, json, svg, png, pdf or dot)"));
            Optional<WhatIfFormat> fromName = output == null ? Optional.empty()
                    : WhatIfFormat.ofFile(output.getFileName().toString());
            if (fromName.isPresent() && fromName.get() != named) {
                throw new CommandLine.ParameterException(commandLine, "`" + output + "` looks like "
                        + fromName.get().word() + " but --format says " + named.word() + "; make them agree");
            }
            return named;
        }
        if (output == null) {
            return WhatIfFormat.TERMINAL;
        }
        return WhatIfFormat.ofFile(output.getFileName().toString()).orElseThrow(() -> new CommandLine.ParameterException(
                commandLine, "cannot tell the format of `" + output + "`; use .txt, .md, .json, .svg, .png, .pdf, .dot or .gv, or --format"));
    }

    /** The ids given, each a result or an assumption of the theory; exit 2 with "did you mean" otherwise. */
    private List<String> known(Theory theory, CommandLine commandLine) {
        List<String> ids = new ArrayList<>();
        for (String raw : failing) {
            String id = raw.strip();
            if (!theory.nodes().containsKey(id) && !theory.assumptions().containsKey(id)) {
                String hint = FailurePropagation.suggestion(theory, id).map(s -> "; did you mean `" + s + "`?")
                        .orElse("; the theory's assumptions are " + String.join(", ", theory.assumptions().keySet()));
                throw new CommandLine.ParameterException(commandLine,
                        "--fails `" + id + "`: no result or assumption of that name in " + file + hint);
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Where each result stands in the monitoring data, when the theory binds some or --data names it. */
    private Optional<CurrentProgress> progress(Theory theory, LocalDate asOf, StatusBands bands, CommandLine commandLine)
            throws ImportException {
        if (noData) {
            return Optional.empty();
        }
        List<ImportRequest> requests = monitoring.requests(theory, commandLine);
        if (requests.isEmpty() && theory.computations().isEmpty()) {
            return Optional.empty();
        }
        PrintWriter err = commandLine.getErr();
        Evaluation evaluation = MonitoringEvaluation.evaluate(theory, requests, asOf, bands,
                result -> err.println("read " + result.summary()));
        return Optional.of(ProgressToday.of(evaluation));
    }
}
