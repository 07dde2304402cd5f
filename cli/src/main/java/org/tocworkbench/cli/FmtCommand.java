package org.tocworkbench.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.format.TocFormatter;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.SourceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toc fmt FILE...}: rewrites .toc files in the one canonical layout, in place and
 * atomically, and only when that changes them; a file with syntax errors is never touched.
 * {@code --check} and {@code --diff} write nothing (for CI); {@code -} formats standard input to
 * standard output (for editors).
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Format .toc files in the canonical layout (docs/fmt.md).",
                "Four-space indentation, one property a line, one space between words; comments",
                "and blank-line groups are kept. Files are rewritten in place, only when they",
                "change; a file with syntax errors is reported and left as it is."},
        footerHeading = "%nExamples:%n",
        footer = {"  toc fmt samples/pandemic-preparedness/pandemic.toc",
                "  toc fmt samples                 format every .toc file under a folder",
                "  toc fmt --check .               in CI: list unformatted files, change nothing",
                "  toc fmt --diff my.toc           show what would change, change nothing",
                "  toc fmt - < my.toc > tidy.toc   from standard input to standard output",
                "",
                "Exit codes: 0 formatted (with --check or --diff: already formatted);",
                "1 a file has syntax errors, or with --check or --diff a file is not formatted;",
                "2 usage error; 3 a file or folder does not exist or cannot be read or written."})
public final class FmtCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "The files to format; a folder stands for all the .toc files under it; "
                    + "`-` reads standard input and writes the result to standard output.")
    List<String> files = new ArrayList<>();

    @Option(names = "--check", description = "Write nothing; list the files that are not formatted and exit 1 if there are any.")
    boolean check;

    @Option(names = "--diff", description = "Write nothing; show what formatting would change as a unified diff, "
            + "and exit 1 if anything would.")
    boolean diff;

    @Option(names = "--stdin", description = "Read the theory from standard input and write it formatted to standard output (same as `-`).")
    boolean stdin;

    @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "<stdin>",
            description = "The name standard input goes by in messages (default: ${DEFAULT-VALUE}).")
    String stdinName;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final TocFormatter formatter = new TocFormatter();
    private final HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();

    /** What happened to one file. */
    private enum Outcome { UNCHANGED, CHANGED, SYNTAX_ERRORS, UNREADABLE }

    @Override
    public Integer call() {
        boolean fromStdin = stdin || files.contains(STDIN);
        if (fromStdin && files.stream().anyMatch(f -> !f.equals(STDIN))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "standard input (`-` or --stdin) cannot be combined with files");
        }
        if (!fromStdin && files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give the .toc files to format, or `-` to read standard input");
        }
        return fromStdin ? formatStdin() : formatFiles();
    }

    private Integer formatStdin() {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes;
        try {
            bytes = System.in.readAllBytes();
        } catch (IOException e) {
            return ioError("cannot read standard input: " + e.getMessage());
        }
        SourceLoader.Loaded loaded = SourceLoader.decode(bytes, stdinName, null);
        if (!loaded.ok()) {
            return ioError(loaded.problem());
        }
        TocFormatter.Result result = formatter.format(loaded.file());
        if (!result.ok()) {
            printDiagnostics(result.errors());
            return TocCommand.INPUT_ERRORS;
        }
        boolean changed = !Arrays.equals(bytes, result.text().getBytes(StandardCharsets.UTF_8));
        if (diff) {
            out.print(changed ? unifiedDiff(stdinName, loaded.file().text(), result.text()) : "");
        } else if (check) {
            if (changed) {
                out.println(stdinName);
            }
        } else {
            out.print(result.text());
        }
        out.flush();
        return (check || diff) && changed ? TocCommand.INPUT_ERRORS : TocCommand.OK;
    }

    private Integer formatFiles() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, String> targets = new LinkedHashMap<>();
        boolean missing = false;
        for (String name : files) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                List<Path> found;
                try {
                    found = TocFiles.under(path);
                } catch (UncheckedIOException | IOException e) {
                    err.println("toc: cannot read the folder `" + name + "`: " + e.getMessage());
                    missing = true;
                    continue;
                }
                if (found.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "`" + name + "` is a folder"
                            + " with no .toc files in it" + (name.toLowerCase(java.util.Locale.ROOT).endsWith(".toc")
                            ? " (its name ends in .toc, but it is not a file)" : "") + "; nothing to "
                            + (check ? "check" : diff ? "compare" : "format"));
                }
                for (Path file : found) {
                    targets.putIfAbsent(file.toAbsolutePath().normalize(), file.toString());
                }
            } else if (!Files.exists(path)) {
                err.println("toc: `" + name + "` does not exist");
                missing = true;
            } else {
                targets.putIfAbsent(path.toAbsolutePath().normalize(), name);
            }
        }
        int changed = 0;
        int unchanged = 0;
        int refused = 0;
        boolean unreadable = missing;
        for (Map.Entry<Path, String> target : targets.entrySet()) {
            switch (formatFile(target.getKey(), target.getValue(), out)) {
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
                case SYNTAX_ERRORS -> refused++;
                case UNREADABLE -> unreadable = true;
            }
        }
        err.println(summary(changed, unchanged, refused));
        out.flush();
        err.flush();
        if (unreadable) {
            return TocCommand.IO_ERROR;
        }
        if (refused > 0 || (check || diff) && changed > 0) {
            return TocCommand.INPUT_ERRORS;
        }
        return TocCommand.OK;
    }

    private Outcome formatFile(Path path, String display, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            if (Files.size(path) > SourceLoader.MAX_BYTES) {
                err.println("toc: `" + display + "` is larger than " + (SourceLoader.MAX_BYTES >> 20) + " MB, the limit");
                return Outcome.UNREADABLE;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println("toc: `" + display + "` cannot be read: " + e.getMessage());
            return Outcome.UNREADABLE;
        }
        SourceLoader.Loaded loaded = SourceLoader.decode(bytes, display, path);
        if (!loaded.ok()) {
            err.println("toc: " + loaded.problem());
            return Outcome.UNREADABLE;
        }
        SourceFile source = loaded.file();
        TocFormatter.Result result = formatter.format(source);
        if (!result.ok()) {
            printDiagnostics(result.errors());
            err.println("toc: `" + display + "` has syntax errors and was not formatted");
            return Outcome.SYNTAX_ERRORS;
        }
        byte[] formatted = result.text().getBytes(StandardCharsets.UTF_8);
        if (Arrays.equals(bytes, formatted)) {
            return Outcome.UNCHANGED;
        }
        if (diff) {
            out.print(unifiedDiff(display, source.text(), result.text()));
        } else if (check) {
            out.println(display);
        } else {
            try {
                Path real = path.toRealPath();
                if (!Files.isWritable(real)) {
                    err.println("toc: cannot write `" + display + "`: the file is read-only");
                    return Outcome.UNREADABLE;
                }
                OutputFile.write(real, formatted, List.of());
            } catch (OutputFile.OutputException | IOException e) {
                err.println("toc: " + (e instanceof OutputFile.OutputException ? e.getMessage()
                        : "cannot write `" + display + "`: " + e.getMessage()));
                return Outcome.UNREADABLE;
            }
            out.println("formatted " + display);
        }
        return Outcome.CHANGED;
    }

    private String summary(int changed, int unchanged, int refused) {
        String changedWord = check || diff ? "would be reformatted" : "reformatted";
        StringBuilder s = new StringBuilder("fmt: ")
                .append(files(changed)).append(' ').append(changedWord).append(", ")
                .append(files(unchanged)).append(" already formatted");
        if (refused > 0) {
            s.append(", ").append(files(refused)).append(" with syntax errors left as they were");
        }
        return s.toString();
    }

    private static String files(int n) {
        return n == 1 ? "1 file" : n + " files";
    }

    private void printDiagnostics(List<Diagnostic> diagnostics) {
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : diagnostics) {
            err.println(printer.print(d));
        }
        err.flush();
    }

    private int ioError(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("toc: " + message);
        err.flush();
        return TocCommand.IO_ERROR;
    }

    /**
     * A unified diff with three lines of context, from {@code a/NAME} to {@code b/NAME} as git
     * writes them (an absolute path is written as it is), of two
     * texts that differ; when they differ only in what lines cannot show, a sentence that says so.
     */
    static String unifiedDiff(String name, String original, String formatted) {
        List<String> before = lines(original);
        List<String> after = lines(formatted);
        var patch = DiffUtils.diff(before, after);
        if (patch.getDeltas().isEmpty()) {
            return name + ": only the line ends, a byte-order mark or the final newline would change\n";
        }
        boolean relative = !Path.of(name).isAbsolute();
        List<String> diffLines = UnifiedDiffUtils.generateUnifiedDiff(relative ? "a/" + name : name,
                relative ? "b/" + name : name, before, patch, 3);
        return String.join("\n", diffLines) + "\n";
    }

    private static List<String> lines(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        if (lf.isEmpty()) {
            return List.of();
        }
        return Arrays.asList((lf.endsWith("\n") ? lf.substring(0, lf.length() - 1) : lf).split("\n", -1));
    }
}
