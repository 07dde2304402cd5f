package org.tocworkbench.cli.watch;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.evaluator.ingest.DataIssue;

/**
 * What the live preview shows after one check: a numbered version, so that the page can tell an
 * old view from a new one, the diagnostics and data issues of this check, and the diagram of the
 * last check that succeeded (marked stale when this one did not).
 *
 * @param version increases by one with every check
 * @param fileName the checked file's name, for the title and status line
 * @param checkedAt wall-clock time of the check
 * @param millis how long the check took
 * @param diagnostics the compiler's diagnostics, in source order
 * @param problems what kept the check from finishing that is not a diagnostic (a missing file, an
 *     unreadable workbook, a renderer failure)
 * @param issues data issues of the monitoring workbooks, as the HTML report lists them
 * @param svg the diagram of the last good check, or null when there has been none
 * @param stale true when {@code svg} comes from an earlier check than this one
 * @param dataSummary one line about the monitoring data ("" when there are none)
 * @param changes the diff against the last committed version, as {@code toc diff} prints it (""
 *     when the file is not in a git repository, not committed yet, or does not compile)
 */
public record PreviewSnapshot(long version, String fileName, LocalTime checkedAt, long millis,
                              List<Diagnostic> diagnostics, List<String> problems, List<DataIssue> issues,
                              String svg, boolean stale, String dataSummary, String changes) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    public PreviewSnapshot {
        diagnostics = List.copyOf(diagnostics);
        problems = List.copyOf(problems);
        issues = List.copyOf(issues);
        dataSummary = dataSummary == null ? "" : dataSummary;
        changes = changes == null ? "" : changes;
    }

    /** A snapshot without a diff against the last commit. */
    public PreviewSnapshot(long version, String fileName, LocalTime checkedAt, long millis, List<Diagnostic> diagnostics,
                           List<String> problems, List<DataIssue> issues, String svg, boolean stale, String dataSummary) {
        this(version, fileName, checkedAt, millis, diagnostics, problems, issues, svg, stale, dataSummary, "");
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * One line about this check, as the terminal prints it and the page heads its status:
     * {@code 12:03:04 checked pandemic.toc: 0 errors, 2 warnings (143 ms)}.
     */
    public String summary() {
        StringBuilder line = new StringBuilder().append(time()).append(" checked ").append(fileName).append(": ")
                .append(plural(count(Severity.ERROR), "error")).append(", ")
                .append(plural(count(Severity.WARNING), "warning"));
        if (!dataSummary.isEmpty() || !issues.isEmpty()) {
            line.append(", ").append(plural(issues.size(), "data issue"));
        }
        if (!problems.isEmpty()) {
            line.append(", ").append(problems.get(0));
        }
        return line.append(" (").append(millis).append(" ms)").toString();
    }

    /** The time of the check as {@code HH:mm:ss}. */
    public String time() {
        return checkedAt.format(CLOCK);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** True when the file checked without errors and the diagram is current. */
    public boolean ok() {
        return count(Severity.ERROR) == 0 && problems.isEmpty() && !stale;
    }
}
