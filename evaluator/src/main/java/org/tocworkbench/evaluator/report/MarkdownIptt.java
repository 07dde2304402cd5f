package org.tocworkbench.evaluator.report;

import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.evaluator.iptt.Iptt;
import org.tocworkbench.evaluator.iptt.IpttIndicator;
import org.tocworkbench.evaluator.iptt.IpttPeriod;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Status;

/**
 * The deviations and the IPTT of a Markdown report: a table per indicator, a row per period
 * (with a row per group under the period's total), grouped by result level.
 */
final class MarkdownIptt {
    private MarkdownIptt() {
    }

    /** Indicators at risk or off track, each with its narrative or the words saying there is none. */
    static void deviations(StringBuilder md, Evaluation e) {
        md.append("## Deviations: indicators at risk or off track\n\n");
        List<Deviations.Deviation> deviations = Deviations.of(e);
        if (deviations.isEmpty()) {
            md.append(Deviations.noneSentence(e)).append("\n\n");
            return;
        }
        for (Deviations.Deviation d : deviations) {
            Indicator i = e.theory().indicators().get(d.progress().indicatorId());
            md.append("- ").append(MarkdownText.code(i.id())).append(' ').append(MarkdownText.escape(i.title()))
                    .append(": **").append(d.progress().status().label()).append("**, ")
                    .append(Format.percent(d.progress().progress())).append(" of ")
                    .append(Format.percent(d.progress().expected())).append(" expected. ");
            md.append(d.narrative().map(n -> "Narrative (" + MarkdownText.escape(n.period()) + "): “"
                    + MarkdownText.escape(n.text()) + "”").orElse("*" + Deviations.NONE + "*")).append('\n');
        }
        md.append('\n');
    }

    static void iptt(StringBuilder md, Evaluation e) {
        md.append("## Indicator Performance Tracking Table (IPTT)\n\n");
        Iptt iptt = e.iptt();
        if (iptt.indicators().isEmpty()) {
            md.append("No indicators.\n\n");
            return;
        }
        md.append(MarkdownText.escape(Format.sentence(Iptt.METHOD))).append(". Periods marked *partial* had started"
                + " but not ended by the as-of date.")
                .append(iptt.rolledUp() ? " " + MarkdownText.escape(Format.sentence(Iptt.ROLL_UP)) + "." : "").append("\n\n");
        String level = null;
        for (IpttIndicator row : iptt.indicators()) {
            if (!row.level().equals(level)) {
                level = row.level();
                md.append("### ").append(MarkdownText.escape(level)).append("\n\n");
            }
            indicator(md, e, row);
        }
    }

    private static void indicator(StringBuilder md, Evaluation e, IpttIndicator row) {
        Indicator i = e.theory().indicators().get(row.indicatorId());
        md.append("#### ").append(MarkdownText.code(row.indicatorId())).append(' ').append(MarkdownText.escape(row.title()))
                .append("\n\n");
        md.append("Baseline ").append(MarkdownText.escape(Format.value(row.baseline(), i.unit())))
                .append(row.baselineDate() == null ? "" : " at " + row.baselineDate())
                .append(" · life-of-programme target ").append(MarkdownText.escape(Format.value(row.lopTarget(), i.unit())))
                .append(row.targetDate() == null ? "" : " by " + row.targetDate())
                .append(" · achieved ").append(MarkdownText.escape(Format.value(row.lopAchieved(), i.unit())))
                .append(" (").append(Format.percent(row.lopPercent())).append(" of target) · ")
                .append(status(row.status()))
                .append(Format.frequency(row).isEmpty() ? "" : " · " + Format.frequency(row))
                .append(i.cumulative() ? " · cumulative" : "").append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (IpttPeriod p : row.periods()) {
            rows.add(List.of(MarkdownText.escape(p.slot().label())
                            + (p.slot().days().isEmpty() ? "" : " (" + p.slot().days() + ")") + (p.partial() ? " *partial*" : ""),
                    MarkdownText.escape(Format.pathValue(p.target(), i.unit())),
                    MarkdownText.escape(p.text().isEmpty() ? Format.value(p.actual(), i.unit()) : p.text()),
                    Format.percent(p.percentOfTarget()),
                    MarkdownText.escape(Format.value(p.toDate(), i.unit())),
                    periodStatus(p.status()), MarkdownText.escape(p.comment())));
            for (IpttPeriod.GroupValue g : p.groups()) {
                if (Double.isNaN(g.actual()) && Double.isNaN(g.toDate()) && g.comment().isEmpty()) {
                    continue;
                }
                rows.add(List.of("↳ " + MarkdownText.escape(g.group()), "",
                        MarkdownText.escape(Format.value(g.actual(), i.unit())), "",
                        MarkdownText.escape(Format.value(g.toDate(), i.unit())), "", MarkdownText.escape(g.comment())));
            }
        }
        md.append("| Period | Target | Actual | % of target | To date | Status | Comment |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (List<String> r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        md.append("| **Life of programme** | ").append(MarkdownText.escape(Format.value(row.lopTarget(), i.unit())))
                .append(" | ").append(MarkdownText.escape(Format.value(row.lopAchieved(), i.unit()))).append(" | ")
                .append(Format.percent(row.lopPercent())).append(" |  | ").append(status(row.status())).append(" |  |\n\n");
    }

    /** A period's status; blank for a period that had not started, or had nothing due, by the as-of date. */
    static String periodStatus(Status status) {
        return status == Status.NOT_STARTED ? "" : status(status);
    }

    private static String status(Status status) {
        return status.isRated() ? "**" + status.label() + "**" : status.label();
    }
}
