package org.tocworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diff.DiffJsonWriter;
import org.tocworkbench.compiler.diff.DiffMarkdownWriter;
import org.tocworkbench.compiler.diff.DiffTextWriter;
import org.tocworkbench.compiler.diff.DiffWriter;
import org.tocworkbench.compiler.diff.GitRevisions;
import org.tocworkbench.compiler.diff.TheoryDiff;
import org.tocworkbench.compiler.diff.TheoryDiffer;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.render.DiagramFormat;
import org.tocworkbench.render.DiagramOptions;
import org.tocworkbench.render.DiagramRenderer;
import org.tocworkbench.render.DiffDiagram;
import org.tocworkbench.render.EngineChoice;
import org.tocworkbench.render.Engines;
import org.tocworkbench.render.LayoutEngine;
import org.tocworkbench.render.RenderException;
import org.tocworkbench.render.ViewException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toc diff OLD NEW} and {@code toc diff FILE --from REV [--to REV]}: what changed between
 * two versions of a theory, by meaning (docs/diff.md). With {@code --git-external} it is the
 * external diff command git calls with seven arguments.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions of a theory by meaning: results, links, assumptions, indicators,"
                + " actors, pathways and data bindings added, removed, changed or renamed (docs/diff.md).",
        footerHeading = "%nExamples:%n",
        footer = {"  toc diff old.toc new.toc",
                "  toc diff samples/pandemic-preparedness/pandemic.toc --from HEAD~3",
                "  toc diff my.toc --from v1.0 --to v2.0 --format md -o record-of-changes.md",
                "  toc diff old.toc new.toc --format json | jq .summary",
                "",
                "As git's diff driver for .toc files (docs/diff.md#git):",
                "  echo '*.toc diff=toc' >> .gitattributes",
                "  git config diff.toc.command 'toc diff --git-external'"})
public final class DiffCommand implements Callable<Integer> {
    @Parameters(arity = "1..7", paramLabel = "FILE",
            description = "OLD NEW, or one FILE with --from; with --git-external the seven arguments git passes.")
    List<String> files = new ArrayList<>();

    @Option(names = "--from", paramLabel = "REV", description = "Compare FILE as it was at this git revision ...")
    String from;

    @Option(names = "--to", paramLabel = "REV",
            description = "... with FILE at this revision (default: the file as it is on disk).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), md, json, or a diagram: svg, png, pdf, dot; by default the output"
                    + " file's extension decides.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of standard output;"
            + " its extension picks the format (.txt, .md, .json, .svg, .png, .pdf, .dot or .gv) unless --format"
            + " says. An existing OUT is replaced; never one of the theories compared.")
    Path output;

    @Option(names = "--git-external", description = "Be git's external diff command (diff.toc.command): read"
            + " the seven arguments path old-file old-hex old-mode new-file new-hex new-mode.")
    boolean gitExternal;

    @Mixin
    DiagnosticOptions diagnosticOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The two versions, compiled, with the names the reader sees. */
    private record Side(String name, Compilation compilation) {
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        DiffFormat chosen = chooseFormat(commandLine);
        // The model and the syntax and name errors are what a comparison needs; the logic checks are `toc check`'s.
        CompileOptions options = diagnosticOptions.toCompileOptions(commandLine).withoutRules();
        if (gitExternal) {
            return gitExternal(commandLine, options);
        }
        try (StepProgress progress = StepProgress.onTerminal(3)) {
            return compare(commandLine, chosen, options, progress);
        }
    }

    private int compare(CommandLine commandLine, DiffFormat chosen, CompileOptions options, StepProgress progress) {
        PrintWriter err = commandLine.getErr();
        progress.step("reading both versions");
        List<Side> sides;
        try {
            sides = sides(commandLine, options);
        } catch (GitRevisions.GitException e) {
            progress.close();
            err.println("toc: " + e.getMessage());
            err.flush();
            return TocCommand.IO_ERROR;
        }
        for (Side side : sides) {
            if (side.compilation().hasErrors()) {
                progress.close();
                ExportCommand.reportErrors(side.compilation(), err);
                return side.compilation().unreadable() ? TocCommand.IO_ERROR : TocCommand.INPUT_ERRORS;
            }
        }
        progress.step("comparing");
        TheoryDiff diff = new TheoryDiffer().diff(sides.get(0).name(), sides.get(0).compilation().theory(),
                sides.get(1).name(), sides.get(1).compilation().theory());
        progress.step(chosen.diagram().isPresent() ? "drawing" : "writing");
        byte[] content;
        if (chosen.diagram().isPresent()) {
            try {
                content = diagram(diff, chosen.diagram().get());
            } catch (ViewException | RenderException | Engines.EngineMissingException e) {
                progress.close();
                err.println("toc: cannot draw the diff: " + e.getMessage());
                err.flush();
                return TocCommand.IO_ERROR;
            }
        } else {
            boolean colour = output == null && System.console() != null && System.getenv("NO_COLOR") == null;
            content = writer(chosen, colour).write(diff).getBytes(StandardCharsets.UTF_8);
        }
        progress.close();
        List<Compilation> inputs = sides.stream().map(Side::compilation).toList();
        return ExportCommand.write(content, output, merged(inputs), commandLine);
    }

    private DiffFormat chooseFormat(CommandLine commandLine) {
        DiffFormat chosen = format != null
                ? DiffFormat.of(format).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                        "unknown format `" + format + "` (" + DiffFormat.choices() + ")"))
                : output == null ? DiffFormat.TEXT : DiffFormat.ofFile(output).orElse(DiffFormat.TEXT);
        if (output == null && (chosen == DiffFormat.PNG || chosen == DiffFormat.PDF) && System.console() != null) {
            throw new CommandLine.ParameterException(commandLine, "refusing to write " + chosen.word().toUpperCase(
                    java.util.Locale.ROOT) + " to the terminal; give an output file with -o");
        }
        return chosen;
    }

    static DiffWriter writer(DiffFormat format, boolean colour) {
        return switch (format) {
            case MARKDOWN -> new DiffMarkdownWriter();
            case JSON -> new DiffJsonWriter();
            default -> new DiffTextWriter(colour);
        };
    }

    /** The new version drawn with the changes marked and the removed results and links ghosted. */
    private static byte[] diagram(TheoryDiff diff, DiagramFormat format)
            throws ViewException, RenderException, Engines.EngineMissingException {
        DiagramOptions options = DiffDiagram.options(diff, DiagramOptions.DEFAULT);
        LayoutEngine engine = format.needsLayout() ? Engines.choose(EngineChoice.AUTO, Engines.Settings.DEFAULT) : null;
        return new DiagramRenderer().render(DiffDiagram.theory(diff), options, format, engine);
    }

    private List<Side> sides(CommandLine commandLine, CompileOptions options) throws GitRevisions.GitException {
        if (from == null) {
            if (to != null) {
                throw new CommandLine.ParameterException(commandLine, "`--to REV` needs `--from REV`");
            }
            if (files.size() != 2) {
                throw new CommandLine.ParameterException(commandLine,
                        "give two files (`toc diff OLD NEW`) or one file with `--from REV`");
            }
            return both(() -> onDisk(files.get(0), options), () -> onDisk(files.get(1), options));
        }
        if (files.size() != 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "with `--from REV` give one file: `toc diff FILE --from REV [--to REV]`");
        }
        Path file = Path.of(files.get(0));
        GitRevisions git = GitRevisions.of(file);
        return both(() -> new Side(files.get(0) + "@" + from, git.compile(file, from, options)),
                () -> to == null ? onDisk(files.get(0), options)
                        : new Side(files.get(0) + "@" + to, git.compile(file, to, options)));
    }

    /** Reads one version. */
    private interface Reader {
        Side read() throws GitRevisions.GitException;
    }

    /** Both versions, compiled at the same time (two cores make the diff of two large theories cost about one check). */
    private static List<Side> both(Reader old, Reader now) throws GitRevisions.GitException {
        CompletableFuture<Side> first = CompletableFuture.supplyAsync(() -> {
            try {
                return old.read();
            } catch (GitRevisions.GitException e) {
                throw new CompletionException(e);
            }
        });
        Side second = now.read();
        try {
            return List.of(first.join(), second);
        } catch (CompletionException e) {
            if (e.getCause() instanceof GitRevisions.GitException git) {
                throw git;
            }
            throw e;
        }
    }

    private static Side onDisk(String file, CompileOptions options) {
        return new Side(file, new TocCompiler().compile(Path.of(file), options));
    }

    /**
     * Git's seven arguments. Git stops when its external diff command fails, so a version that
     * does not compile is reported and the command still exits 0; an added or deleted file is
     * compared with an empty theory.
     */
    private int gitExternal(CommandLine commandLine, CompileOptions options) {
        if (files.size() != 7) {
            throw new CommandLine.ParameterException(commandLine, "`--git-external` takes the seven arguments git"
                    + " passes (path old-file old-hex old-mode new-file new-hex new-mode); got " + files.size());
        }
        String path = files.get(0);
        Side old = gitSide("a/" + path, files.get(1), path, options);
        Side now = gitSide("b/" + path, files.get(4), path, options);
        PrintWriter out = commandLine.getOut();
        out.println("toc diff a/" + path + " b/" + path);
        for (Side side : List.of(old, now)) {
            if (side.compilation().hasErrors()) {
                ExportCommand.reportErrors(side.compilation(), out);
                out.println("toc: " + side.name() + " does not compile; `git diff --no-ext-diff` shows the text");
                out.flush();
                return TocCommand.OK;
            }
        }
        out.print(new DiffTextWriter(false).write(new TheoryDiffer().diff(old.name(), old.compilation().theory(),
                now.name(), now.compilation().theory())));
        out.flush();
        return TocCommand.OK;
    }

    /** One side of git's arguments: a temporary file read as if it were at the file's place, or /dev/null. */
    private static Side gitSide(String name, String tempFile, String path, CompileOptions options) {
        if (tempFile.equals("/dev/null") || tempFile.equals("nul")) {
            Theory empty = new Theory(Metadata.EMPTY, java.util.Map.of(), java.util.Map.of(), List.of(),
                    java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), List.of(), List.of());
            return new Side(name + " (none)", new Compilation(empty, List.of(), List.of(), false));
        }
        String text;
        try {
            text = Files.readString(Path.of(tempFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "";
        }
        Path location = Path.of(path).toAbsolutePath().normalize();
        return new Side(name, new TocCompiler().compile(new SourceFile(name, location, text), options));
    }

    /** One compilation whose referenced files are those of both sides, so that no output replaces an input. */
    private static Compilation merged(List<Compilation> inputs) {
        List<SourceFile> sources = new ArrayList<>();
        inputs.forEach(c -> sources.addAll(c.sources()));
        return new Compilation(inputs.get(1).theory(), List.of(), sources, false);
    }
}
