package org.tocworkbench.cli.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.report.ProgressDiagram;

/**
 * One check of the watched theory, as {@code toc evaluate} does it: compile, read the workbooks
 * ({@code --data}, else the theory's {@code data} blocks) through {@link MonitoringEvaluation},
 * and draw the diagram with the HTML report's {@link ProgressDiagram}, so that the preview's
 * colours are the report's. A check that fails keeps the last good diagram and marks it stale.
 * It also remembers which files the check read, so that the watcher follows imports and
 * workbooks as they are added and removed.
 */
public final class PreviewChecker {
    private final Path file;
    private final List<Path> data;
    private final LocalDate asOf;
    private final StatusBands bands;
    private final CompileOptions compileOptions;
    private final UnaryOperator<ImportRequest> mapping;
    private final ProgressDiagram diagrams;
    private final TocCompiler compiler = new TocCompiler();
    private long version;
    private String lastGoodSvg;
    private final LastCommitDiff lastCommit = new LastCommitDiff();
    private Set<Path> inputs;

    /**
     * @param data workbooks given on the command line (empty: the theory's data blocks)
     * @param asOf the reporting date given by the user, or null
     * @param bands the status bands, as {@code toc evaluate} rates progress with them
     * @param mapping the command line's mapping options applied to each request
     */
    public PreviewChecker(Path file, List<Path> data, LocalDate asOf, StatusBands bands, CompileOptions compileOptions,
                          UnaryOperator<ImportRequest> mapping, ProgressDiagram diagrams) {
        this.file = Objects.requireNonNull(file);
        this.data = List.copyOf(data);
        this.asOf = asOf;
        this.bands = Objects.requireNonNull(bands);
        this.compileOptions = Objects.requireNonNull(compileOptions);
        this.mapping = Objects.requireNonNull(mapping);
        this.diagrams = Objects.requireNonNull(diagrams);
        this.inputs = new LinkedHashSet<>(List.of(absolute(file)));
        this.data.forEach(d -> inputs.add(absolute(d)));
    }

    /**
     * Checks the file as it is now on disk. Never throws: a failure inside the compiler or the
     * evaluator becomes a problem on the page, and the preview goes on with the next save.
     */
    public synchronized PreviewSnapshot check() {
        long started = System.nanoTime();
        LocalTime now = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        version++;
        try {
            return check(started, now, name);
        } catch (RuntimeException e) {
            return new PreviewSnapshot(version, name, now, elapsed(started), List.of(),
                    List.of("internal error: " + e + " (please report this with the input that caused it)"),
                    List.of(), lastGoodSvg, lastGoodSvg != null, "");
        }
    }

    private PreviewSnapshot check(long started, LocalTime now, String name) {
        if (!Files.isRegularFile(file)) {
            return new PreviewSnapshot(version, name, now, elapsed(started), List.of(),
                    List.of("`" + file + "` is missing (deleted or being replaced); showing the last good diagram"),
                    List.of(), lastGoodSvg, lastGoodSvg != null, "");
        }
        Compilation compilation = compiler.compile(file, compileOptions);
        Set<Path> read = new LinkedHashSet<>();
        read.add(absolute(file));
        compilation.sources().stream().map(SourceFile::location).filter(Objects::nonNull)
                .forEach(p -> read.add(absolute(p)));
        if (compilation.unreadable() || compilation.theory() == null || compilation.hasErrors()) {
            read.addAll(inputs);
            inputs = read;
            List<String> problems = compilation.unreadable() ? List.of("`" + file + "` could not be read") : List.of();
            return new PreviewSnapshot(version, name, now, elapsed(started), compilation.diagnostics(), problems,
                    List.of(), lastGoodSvg, lastGoodSvg != null, "");
        }
        Theory theory = compilation.theory();
        List<ImportRequest> requests = new ArrayList<>();
        if (!data.isEmpty()) {
            data.forEach(d -> requests.add(mapping.apply(MonitoringEvaluation.unboundRequest(theory, d))));
        } else {
            MonitoringEvaluation.boundRequests(theory).forEach(r -> requests.add(mapping.apply(r)));
        }
        requests.forEach(r -> read.add(absolute(r.file())));
        inputs = read;

        List<String> problems = new ArrayList<>();
        List<DataIssue> issues = List.of();
        String dataSummary = "";
        Evaluation evaluation = null;
        if (!requests.isEmpty() || !theory.computations().isEmpty()) {
            List<String> summaries = new ArrayList<>();
            try {
                evaluation = MonitoringEvaluation.evaluate(theory, requests, asOf, bands,
                        result -> summaries.add(result.summary()));
                issues = evaluation.issues().kept();
                dataSummary = "progress as of " + evaluation.settings().asOf() + " (" + evaluation.asOfSource() + "); "
                        + String.join("; ", summaries);
            } catch (ImportException e) {
                problems.add("monitoring data: " + e.getMessage());
            }
        }
        String svg;
        try {
            svg = evaluation == null ? diagrams.svg(theory, Map.of(), null)
                    : diagrams.svg(theory, evaluation.nodes(), evaluation.settings().asOf());
        } catch (RuntimeException e) {
            svg = null;
            problems.add("the diagram could not be drawn: " + e.getMessage());
        }
        boolean stale = svg == null;
        if (svg != null) {
            lastGoodSvg = svg;
        }
        return new PreviewSnapshot(version, name, now, elapsed(started), compilation.diagnostics(), problems, issues,
                lastGoodSvg, stale && lastGoodSvg != null, dataSummary, lastCommit.changes(file, theory));
    }

    /** The files the last check read or would have read: the theory, its imports, its workbooks. */
    public synchronized Set<Path> inputs() {
        return Set.copyOf(inputs);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
