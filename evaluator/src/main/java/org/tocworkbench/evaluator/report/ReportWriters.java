package org.tocworkbench.evaluator.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.evaluator.progress.Evaluation;

/** The report writers, and the one for an output file chosen by its extension. */
public final class ReportWriters {
    private ReportWriters() {
    }

    /**
     * Every writer, the HTML one drawing its diagram with {@code diagrams}, then {@code more}:
     * writers that live outside the evaluator (the PDF writer is in the render module, which
     * carries the drawing libraries) and are handed in by the command line.
     */
    public static List<ReportWriter> all(ProgressDiagram diagrams, ReportWriter... more) {
        List<ReportWriter> all = new ArrayList<>(List.of(new HtmlReportWriter(diagrams), new MarkdownReportWriter(),
                new JsonReportWriter(), new ExcelReportWriter(), new TerminalSummary()));
        all.addAll(List.of(more));
        return all;
    }

    /** The writer for a file name's extension ({@code report.html} → HTML), if there is one. */
    public static Optional<ReportWriter> forPath(Path output, ProgressDiagram diagrams, ReportWriter... more) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return all(diagrams, more).stream().filter(w -> w.extensions().contains(extension)).findFirst();
    }

    /** The extensions that choose a writer, for messages: {@code html, htm, md, ...}. */
    public static List<String> knownExtensions(ReportWriter... more) {
        List<String> known = new ArrayList<>();
        all(ProgressDiagram.NONE, more).forEach(w -> known.addAll(w.extensions()));
        return known;
    }

    /**
     * Writes the report for {@code output}'s extension atomically, never over one of the inputs.
     *
     * @throws IllegalArgumentException     when no writer takes the extension (a usage error)
     * @throws OutputFile.OutputException   when the file cannot be written (message names it)
     */
    public static void write(Evaluation evaluation, Path output, Collection<Path> inputs, ProgressDiagram diagrams,
                             ReportWriter... more) throws OutputFile.OutputException {
        ReportWriter writer = forPath(output, diagrams, more).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the report format from `" + output + "`: use one of ."
                        + String.join(", .", knownExtensions(more))));
        OutputFile.checkWritable(output, inputs);
        OutputFile.write(output, writer.toBytes(evaluation), inputs);
    }
}
