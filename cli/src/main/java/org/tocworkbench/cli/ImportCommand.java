package org.tocworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.draft.TheoryDraft;
import org.tocworkbench.compiler.format.DraftWriter;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.evaluator.standards.ActualsWorkbook;
import org.tocworkbench.evaluator.standards.ImportedTheory;
import org.tocworkbench.evaluator.standards.SourceLayout;
import org.tocworkbench.evaluator.standards.StandardsException;
import org.tocworkbench.evaluator.standards.TheoryImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toc import FILE -o theory.toc}: a theory from a donor logframe, an IATI activity file or
 * a toc JSON model (docs/standards.md). The values the source reports go to a monitoring workbook
 * beside the theory, bound in it; what the source leaves open is written as {@code # To check:}
 * notes and listed on stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Write a .toc theory from a donor logframe (DFID results framework, EU logframe matrix,"
                + " results framework), an IATI activity file or a toc JSON model.",
                "What the source does not say (links between levels, assumptions without a result) is written as"
                        + " `# To check:` notes and listed on stderr. Reported values (IATI actuals, current or"
                        + " achieved values) go to OUT-actuals.xlsx beside the theory, bound in it."},
        footerHeading = "%nExamples:%n",
        footer = {"  toc import logframe.xlsx -o programme.toc",
                "  toc import results-framework.xlsx --layout results-framework -o programme.toc",
                "  toc import activity.xml -o programme.toc",
                "      (IATI 2.01-2.03; its actuals go to programme-actuals.xlsx, bound in it)",
                "  toc import activities.xml --activity XM-DAC-47066-PR-1 -o programme.toc",
                "  toc import model.json -o programme.toc --force",
                "", "Exit 1: the file is none of these layouts (the message says what was",
                "looked for and what was found); 3: it cannot be read, or OUT exists",
                "(use --force) or is the input; 2: a usage error (an unknown --activity)."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The logframe workbook, IATI activity XML or JSON model.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The .toc file to write; an existing"
            + " one is replaced only with --force.")
    Path output;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "What FILE is: dfid, eu, results-framework, iati or json (default: detected from"
                    + " the content).")
    String layout;

    @Option(names = "--activity", paramLabel = "ID",
            description = "The iati-identifier of the activity to import from an IATI file of several (default: the"
                    + " first with results).")
    String activity;

    @Option(names = "--force", description = "Replace OUT (and its actuals workbook) when they exist.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        PrintWriter err = commandLine.getErr();
        Optional<SourceLayout> named = layout(commandLine);
        if (!output.getFileName().toString().endsWith(".toc")) {
            throw new CommandLine.ParameterException(commandLine, "-o `" + output + "`: the theory is written to a"
                    + " .toc file, e.g. -o programme.toc");
        }
        Stages stages = new Stages(err);
        ImportedTheory imported;
        try {
            stages.show("reading " + file.getFileName());
            imported = TheoryImporter.read(file, named, Optional.ofNullable(activity));
        } catch (StandardsException e) {
            stages.done();
            if (e.usage()) {
                throw new CommandLine.ParameterException(commandLine, e.getMessage());
            }
            err.println("toc: " + e.getMessage());
            err.flush();
            return e.unreadable() ? TocCommand.IO_ERROR : TocCommand.INPUT_ERRORS;
        }
        String base = output.getFileName().toString().replaceFirst("\\.toc$", "");
        Path actuals = output.toAbsolutePath().normalize().resolveSibling(base + "-actuals.xlsx");
        TheoryDraft draft = imported.draft();
        List<Path> outputs = new ArrayList<>(List.of(output));
        if (!imported.actuals().isEmpty()) {
            draft = draft.withData(actuals.getFileName().toString());
            outputs.add(actuals);
        }
        try {
            for (Path out : outputs) {
                if (!force && Files.exists(out)) {
                    throw new OutputFile.OutputException("refusing to replace `" + out + "`: it exists; choose another"
                            + " file, or replace it with --force");
                }
            }
            stages.show("writing " + output);
            TheoryDraft written = draft;
            String text = imported.text().orElseGet(() -> new DraftWriter().write(written));
            if (!imported.actuals().isEmpty()) {
                OutputFile.write(actuals, ActualsWorkbook.toBytes(imported.actuals()), List.of(file));
            }
            OutputFile.write(output, text.getBytes(StandardCharsets.UTF_8), List.of(file));
        } catch (OutputFile.OutputException e) {
            stages.done();
            err.println("toc: " + e.getMessage());
            err.flush();
            return TocCommand.IO_ERROR;
        }
        stages.show("checking " + output);
        Compilation check = new TocCompiler().compile(output, CompileOptions.DEFAULT);
        stages.done();
        imported.summary().forEach(line -> err.println(line));
        if (!imported.actuals().isEmpty()) {
            err.println("wrote " + actuals + " (" + count(imported.actuals().size(), "value") + ", bound in the theory)");
        }
        long errors = check.count(Severity.ERROR);
        long warnings = check.count(Severity.WARNING);
        err.println("wrote " + output + (errors + warnings == 0 ? " (toc check: no errors or warnings)"
                : " (toc check: " + count(errors, "error") + ", " + count(warnings, "warning") + "; run `toc check "
                + output + "` for them)"));
        err.flush();
        return errors > 0 ? TocCommand.INPUT_ERRORS : TocCommand.OK;
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private Optional<SourceLayout> layout(CommandLine commandLine) {
        if (layout == null) {
            return Optional.empty();
        }
        return Arrays.stream(SourceLayout.values()).filter(l -> l.word().equals(layout)).findFirst()
                .map(Optional::of).orElseThrow(() -> new CommandLine.ParameterException(commandLine, "--layout `"
                        + layout + "` is not one of " + String.join(", ", Arrays.stream(SourceLayout.values())
                        .map(SourceLayout::word).toList())));
    }

    /** One status line on stderr, rewritten in place, only when stderr is a terminal. */
    private static final class Stages {
        private final PrintWriter err;
        private final boolean terminal = System.console() != null;
        private int width;

        Stages(PrintWriter err) {
            this.err = err;
        }

        void show(String stage) {
            if (terminal) {
                String line = "toc import: " + stage + " …";
                err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                err.flush();
                width = line.length();
            }
        }

        void done() {
            if (terminal && width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
                width = 0;
            }
        }
    }
}
