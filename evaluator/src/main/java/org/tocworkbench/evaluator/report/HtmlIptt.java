package org.tocworkbench.evaluator.report;

import java.util.List;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.evaluator.iptt.Iptt;
import org.tocworkbench.evaluator.iptt.IpttIndicator;
import org.tocworkbench.evaluator.iptt.IpttPeriod;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Status;

/**
 * The deviations and the IPTT sections of the HTML report. Classes named for their purpose
 * ({@code deviations}, {@code narrative}, {@code narrative-missing}, {@code iptt}, {@code iptt-group},
 * {@code iptt-lop}, {@code partial}); the look belongs to the report's style sheet.
 */
final class HtmlIptt {
    private HtmlIptt() {
    }

    static void deviations(StringBuilder h, Evaluation e) {
        h.append("<section id=\"deviations\" class=\"deviations\">\n<h2>Deviations: indicators at risk or off track</h2>\n");
        List<Deviations.Deviation> deviations = Deviations.of(e);
        if (deviations.isEmpty()) {
            h.append("<p>").append(esc(Deviations.noneSentence(e))).append("</p>\n</section>\n");
            return;
        }
        h.append("<ul>\n");
        for (Deviations.Deviation d : deviations) {
            Indicator i = e.theory().indicators().get(d.progress().indicatorId());
            h.append("<li><code>").append(esc(i.id())).append("</code> ").append(esc(i.title())).append(' ')
                    .append(badge(d.progress().status())).append(" <span class=\"small\">")
                    .append(Format.percent(d.progress().progress())).append(" of ")
                    .append(Format.percent(d.progress().expected())).append(" expected</span><br>");
            h.append(d.narrative().map(n -> "<span class=\"narrative\">" + esc(n.text()) + " <span class=\"small muted\">("
                    + esc(n.period()) + ")</span></span>").orElse("<span class=\"narrative-missing\">"
                    + esc(Deviations.NONE) + "</span>")).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    static void iptt(StringBuilder h, Evaluation e) {
        h.append("<section id=\"iptt\">\n<h2>Indicator Performance Tracking Table (IPTT)</h2>\n");
        Iptt iptt = e.iptt();
        if (iptt.indicators().isEmpty()) {
            h.append("<p class=\"muted\">No indicators.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"small muted\">").append(esc(Format.sentence(Iptt.METHOD)))
                .append(". Periods marked <span class=\"partial-mark\">partial</span> had started but not ended by the as-of date.")
                .append(iptt.rolledUp() ? " " + esc(Format.sentence(Iptt.ROLL_UP)) + "." : "").append("</p>\n");
        String level = null;
        for (IpttIndicator row : iptt.indicators()) {
            if (!row.level().equals(level)) {
                level = row.level();
                h.append("<h3>").append(esc(level)).append("</h3>\n");
            }
            indicator(h, e, row);
        }
        h.append("</section>\n");
    }

    private static void indicator(StringBuilder h, Evaluation e, IpttIndicator row) {
        Indicator i = e.theory().indicators().get(row.indicatorId());
        h.append("<h4><code>").append(esc(row.indicatorId())).append("</code> ").append(esc(row.title())).append("</h4>\n");
        h.append("<p class=\"small\">Baseline ").append(esc(Format.value(row.baseline(), i.unit())))
                .append(row.baselineDate() == null ? "" : " at " + row.baselineDate())
                .append(" · life-of-programme target ").append(esc(Format.value(row.lopTarget(), i.unit())))
                .append(row.targetDate() == null ? "" : " by " + row.targetDate())
                .append(Format.frequency(row).isEmpty() ? "" : " · " + Format.frequency(row))
                .append(i.cumulative() ? " · cumulative" : "").append("</p>\n");
        HtmlTable table = new HtmlTable("iptt").scrolling().columns(COLUMNS)
                .header(HtmlTable.Head.of("Period"), HtmlTable.Head.num("Target"), HtmlTable.Head.num("Actual"),
                        HtmlTable.Head.num("% of target"), HtmlTable.Head.num("To date"), HtmlTable.Head.of("Status"),
                        HtmlTable.Head.of("Comment"));
        for (IpttPeriod p : row.periods()) {
            table.row(p.partial() ? "partial" : "", "")
                    .cell(esc(p.slot().label()) + (p.partial() ? " <span class=\"partial-mark\">partial</span>" : "")
                            + (p.slot().days().isEmpty() ? "" : "<div class=\"small muted\">" + p.slot().days() + "</div>"))
                    .num(esc(Format.pathValue(p.target(), i.unit())))
                    .num(esc(p.text().isEmpty() ? Format.value(p.actual(), i.unit()) : p.text()))
                    .num(Format.percent(p.percentOfTarget()))
                    .num(esc(Format.value(p.toDate(), i.unit())))
                    .cell(p.status() == Status.NOT_STARTED ? "" : badge(p.status()))
                    .cell(esc(p.comment()));
            for (IpttPeriod.GroupValue g : p.groups()) {
                if (Double.isNaN(g.actual()) && Double.isNaN(g.toDate()) && g.comment().isEmpty()) {
                    continue;
                }
                table.row("iptt-group", "").cell("↳ " + esc(g.group())).cell("").num(esc(Format.value(g.actual(), i.unit())))
                        .cell("").num(esc(Format.value(g.toDate(), i.unit()))).cell("").cell(esc(g.comment()));
            }
        }
        table.row("iptt-lop", "").heading("Life of programme").num(esc(Format.value(row.lopTarget(), i.unit())))
                .num(esc(Format.value(row.lopAchieved(), i.unit()))).num(Format.percent(row.lopPercent())).cell("")
                .cell(badge(row.status())).cell("");
        table.appendTo(h);
    }

    /** The same column widths in every indicator's table, so that the tables line up down the page. */
    static final String COLUMNS = "<colgroup><col class=\"c-period\"><col class=\"c-value\"><col class=\"c-value\">"
            + "<col class=\"c-percent\"><col class=\"c-value\"><col class=\"c-status\"><col class=\"c-comment\">"
            + "</colgroup>\n";

    private static String badge(Status s) {
        return "<span class=\"badge s-" + s.id() + "\">" + s.label() + "</span>";
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
