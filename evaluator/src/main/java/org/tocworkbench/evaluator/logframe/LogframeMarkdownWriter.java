package org.tocworkbench.evaluator.logframe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tocworkbench.evaluator.report.MarkdownText;

/**
 * The logframe as one Markdown table (GitHub-flavoured). A result with several indicators lists
 * them in the same row, one per line ({@code <br>}); user text is escaped.
 */
public final class LogframeMarkdownWriter {
    private LogframeMarkdownWriter() {
    }

    public static String render(Logframe logframe) {
        StringBuilder md = new StringBuilder();
        md.append("# Logframe");
        if (!logframe.title().isEmpty()) {
            md.append(": ").append(MarkdownText.escape(logframe.title()));
        }
        md.append("\n\n| ").append(String.join(" | ", Logframe.COLUMNS)).append(" |\n|")
                .append(" --- |".repeat(Logframe.COLUMNS.size())).append('\n');
        for (Logframe.Row row : logframe.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add("**" + MarkdownText.escape(row.level()) + "** " + MarkdownText.code(row.nodeId()) + " "
                    + MarkdownText.escape(row.title()));
            cells.add(lines(row, l -> MarkdownText.code(l.id()) + " " + MarkdownText.escape(l.title())));
            cells.add(lines(row, l -> MarkdownText.escape(l.baseline())));
            cells.add(lines(row, l -> MarkdownText.escape(l.target())));
            cells.add(lines(row, l -> MarkdownText.escape(l.verification())));
            List<String> assumptions = new ArrayList<>();
            row.assumptions().forEach(a -> assumptions.add(MarkdownText.escape(a)));
            cells.add(String.join("<br>", assumptions));
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return md.toString();
    }

    private static String lines(Logframe.Row row, Function<Logframe.IndicatorLine, String> cell) {
        List<String> lines = new ArrayList<>();
        row.lines().forEach(l -> lines.add(cell.apply(l)));
        boolean allEmpty = lines.stream().allMatch(s -> s.isBlank());
        return allEmpty ? "" : String.join("<br>", lines);
    }
}
