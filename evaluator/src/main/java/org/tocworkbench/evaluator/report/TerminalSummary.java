package org.tocworkbench.evaluator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.progress.AssumptionProgress;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.InconsistentLink;
import org.tocworkbench.evaluator.progress.NodeProgress;
import org.tocworkbench.evaluator.progress.PathwayProgress;
import org.tocworkbench.evaluator.progress.Status;
import org.tocworkbench.evaluator.progress.UncountedValue;

/**
 * The plain-text summary printed by {@code toc evaluate} without {@code -o}: each pathway with
 * its status, progress and bottleneck, then counts, then data issues by kind. Control characters
 * in user text are replaced so a title cannot drive the terminal.
 */
public final class TerminalSummary implements ReportWriter {
    /** Causes listed per kind of data issue in the terminal; the reports list every issue kept. */
    private static final int CAUSES_SHOWN = 8;
    /** Issues with no cause listed one by one per kind. */
    private static final int ALONE_SHOWN = 3;

    @Override
    public List<String> extensions() {
        return List.of("txt");
    }

    @Override
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        out.write(render(evaluation).getBytes(StandardCharsets.UTF_8));
    }

    public String render(Evaluation e) {
        StringBuilder out = new StringBuilder();
        String title = e.theory().metadata().title().isEmpty() ? "Theory of change" : e.theory().metadata().title();
        out.append(clean(title)).append(": progress as of ").append(e.settings().asOf()).append(" (")
                .append(clean(e.asOfSource())).append(")\n\n");
        out.append("Pathways\n");
        if (e.pathways().isEmpty()) {
            out.append("  none declared or derived\n");
        }
        int width = e.pathways().stream().mapToInt(p -> clean(p.title()).length()).max().orElse(0);
        for (PathwayProgress p : e.pathways()) {
            out.append("  ").append(pad(p.status().label(), 11)).append(pad(Format.percent(p.progress()), 6))
                    .append(pad(clean(p.title()), width + 2));
            if (p.bottleneck() != null) {
                Node node = e.theory().nodes().get(p.bottleneck());
                out.append("bottleneck ").append(p.bottleneck()).append(" \"").append(clean(node.title())).append('"');
                if (!p.heldUp().isEmpty()) {
                    out.append(", holding up ").append(String.join(", ", p.heldUp()));
                }
            }
            trimEnd(out);
            out.append('\n');
        }
        out.append('\n');
        out.append("Results     ").append(counts(e.nodes().values().stream().map(NodeProgress::status).toList()))
                .append('\n');
        out.append("Indicators  ").append(counts(e.indicators().values().stream().map(IndicatorProgress::status).toList()))
                .append('\n');
        if (!e.derivations().isEmpty()) {
            out.append("Computed from records\n");
            for (org.tocworkbench.evaluator.series.Derivation d : e.derivations().values()) {
                IndicatorProgress p = e.indicators().get(d.indicatorId());
                org.tocworkbench.compiler.model.Indicator indicator = e.theory().indicators().get(d.indicatorId());
                String actual = p == null || p.actualPeriod() == null ? "" : Derivations.actual(e, p)
                        .map(how -> how + " in " + p.actualPeriod())
                        .orElse(Format.actual(p, indicator) + " (" + Format.actualPeriod(p, indicator) + ")");
                out.append("  ").append(clean(d.indicatorId())).append(": ").append(clean(actual.isEmpty() ? "no value" : actual))
                        .append('\n').append("    ").append(clean(d.definition())).append('\n')
                        .append("    ").append(clean(d.source())).append(": ").append(clean(d.recordsLine())).append('\n');
            }
        }
        if (!e.inconsistentLinks().isEmpty()) {
            out.append("Inconsistent links (cause off track, effect on track): ")
                    .append(String.join(", ", e.inconsistentLinks().stream().map(InconsistentLink::key).toList()))
                    .append('\n');
        }
        List<String> outlooks = new ArrayList<>();
        for (AssumptionProgress.Outlook o : AssumptionProgress.Outlook.values()) {
            long n = e.assumptions().stream().filter(a -> a.outlook() == o).count();
            if (n > 0) {
                outlooks.add(n + " " + o.label());
            }
        }
        if (!outlooks.isEmpty()) {
            out.append("Assumptions ").append(String.join(", ", outlooks)).append('\n');
        }
        dates(e, out);
        network(e, out);
        out.append('\n');
        String read = plural(e.observationCount(), "observation") + " read";
        if (e.issues().total() == 0) {
            out.append("Data issues: none (").append(read).append(")\n");
        } else {
            out.append(String.format(Locale.ROOT, "Data issues: %,d (%,d left out, %,d used with a warning; %s)%n",
                    e.issues().total(), e.issues().skipped(), e.issues().warnings(), read));
            issues(IssueGroups.of(e.issues()), out);
        }
        return out.toString();
    }

    /** The network section's headline findings (docs/network.md); the full section is in the file reports. */
    private static void network(Evaluation e, StringBuilder out) {
        List<NetworkSection.Block> blocks = NetworkSection.of(e);
        if (blocks.isEmpty() || !(blocks.get(0) instanceof NetworkSection.Findings headline)) {
            return;
        }
        out.append('\n').append(NetworkSection.TITLE).append('\n');
        headline.sentences().forEach(s -> out.append("  - ").append(clean(s)).append('\n'));
    }

    /**
     * Every value not counted, with why, and every period counted before it ended: the rules of
     * docs/progress.md ("Dates") made visible, so that no measured value is left out silently.
     */
    private static void dates(Evaluation e, StringBuilder out) {
        List<String> partial = new ArrayList<>();
        List<String> uncounted = new ArrayList<>();
        for (IndicatorProgress p : e.indicators().values()) {
            for (String period : p.partialPeriods()) {
                partial.add(clean(p.indicatorId()) + " " + clean(period));
            }
            for (UncountedValue u : p.uncounted()) {
                uncounted.add("  " + clean(p.indicatorId()) + " " + clean(u.period())
                        + (Double.isNaN(u.value()) ? "" : " = " + Format.number(u.value())) + " (" + u.start() + " to "
                        + u.end() + "): " + u.reason().words()
                        + (u.reason() == UncountedValue.Reason.AT_OR_BEFORE_BASELINE ? " (" + p.baselineDate() + ")" : ""));
            }
        }
        if (!partial.isEmpty()) {
            out.append("Counted though not ended by the as-of date (partial periods): ").append(String.join(", ", partial))
                    .append('\n');
        }
        if (!uncounted.isEmpty()) {
            out.append("Values not counted: ").append(uncounted.size()).append('\n');
            uncounted.forEach(line -> out.append(line).append('\n'));
        }
    }

    /**
     * Each kind with its count; within a kind, each cause (the unknown label, the unreadable
     * period, ...) with its count and first cell, most rows first, so that one mislabelled
     * indicator in a hundred rows is one line and no kind hides behind another. A cause met once,
     * and issues with no cause, are printed in full.
     */
    private static void issues(IssueGroups groups, StringBuilder out) {
        boolean allShown = true;
        for (IssueGroups.KindGroup group : groups.kinds()) {
            String unit = unit(group.kind());
            out.append("  ").append(pad(JsonReportWriter.kind(group.kind()), 20)).append(plural(group.count(), unit));
            if (group.causes().size() > 1) {
                out.append(String.format(Locale.ROOT, ", %,d %s", group.causes().size(), causeWord(group.kind())));
            }
            out.append('\n');
            int shown = 0;
            long rowsShown = 0;
            for (IssueGroups.Cause cause : group.causes()) {
                if (shown == CAUSES_SHOWN) {
                    break;
                }
                if (cause.count() == 1 && cause.first().isPresent()) {
                    out.append("    ").append(line(cause.first().get())).append('\n');
                } else {
                    out.append("    \"").append(clean(shorten(cause.text(), 60))).append("\"  ")
                            .append(plural(cause.count(), unit));
                    cause.first().ifPresent(first -> out.append(", first at ").append(clean(first.where().toString()))
                            .append(cause.hint().isEmpty() ? ": " + clean(first.message()) : "; " + clean(cause.hint())));
                    out.append('\n');
                }
                shown++;
                rowsShown += cause.count();
            }
            long causeRows = group.causes().stream().mapToLong(IssueGroups.Cause::count).sum();
            if (rowsShown < causeRows) {
                out.append(String.format(Locale.ROOT, "    ... and %,d other %s in %s%n", group.causes().size() - shown,
                        causeWord(group.kind()), plural(causeRows - rowsShown, unit)));
                allShown = false;
            }
            List<DataIssue> alone = group.kept().stream().filter(i -> i.cause().isEmpty()).toList();
            for (DataIssue issue : alone.subList(0, Math.min(ALONE_SHOWN, alone.size()))) {
                out.append("    ").append(line(issue)).append('\n');
            }
            long notShown = group.count() - causeRows - Math.min(ALONE_SHOWN, alone.size());
            if (notShown > 0) {
                out.append(String.format(Locale.ROOT, "    ... and %,d more%n", notShown));
                allShown = false;
            }
            if (group.kind() == DataIssue.Kind.UNKNOWN_INDICATOR && group.causes().stream().anyMatch(c -> c.count() > 1)) {
                out.append("    to match a label, add `code \"LABEL\" is ID` to the data block of its file\n");
            }
        }
        if (!allShown) {
            out.append("  the issues with their cells: write a report (-o report.html)\n");
        }
    }

    private static String line(DataIssue issue) {
        return clean(issue.where().toString()) + ": " + clean(issue.message());
    }

    /** What one issue of a kind is about: a whole row, or one cell. */
    private static String unit(DataIssue.Kind kind) {
        return switch (kind) {
            case UNKNOWN_INDICATOR, MATCHED_BY_TITLE, SKIPPED_ROW -> "row";
            case MISSING_COLUMN -> "issue";
            default -> "cell";
        };
    }

    private static String causeWord(DataIssue.Kind kind) {
        return switch (kind) {
            case UNKNOWN_INDICATOR -> "labels";
            case MATCHED_BY_TITLE -> "titles";
            case UNREADABLE_PERIOD -> "periods";
            case NON_NUMERIC_VALUE -> "values";
            default -> "causes";
        };
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "…" : text;
    }

    private static String plural(long n, String word) {
        return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }

    private static String counts(List<Status> statuses) {
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            long n = statuses.stream().filter(x -> x == s).count();
            if (n > 0) {
                parts.add(n + " " + s.label());
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** Replaces control characters (including ESC) so user text cannot change the terminal. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                out.append(c == '\n' || c == '\t' ? ' ' : '?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
