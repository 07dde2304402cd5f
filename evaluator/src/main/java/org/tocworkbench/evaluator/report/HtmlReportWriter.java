package org.tocworkbench.evaluator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Evidence;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.progress.AssumptionProgress;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.series.Derivation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.InconsistentLink;
import org.tocworkbench.evaluator.progress.NodeProgress;
import org.tocworkbench.evaluator.progress.PathwayProgress;
import org.tocworkbench.evaluator.progress.Rollup;
import org.tocworkbench.evaluator.progress.Status;

/**
 * The evaluation as one self-contained HTML file that opens offline: inline CSS, no script, no
 * external font or image. The progress-coloured diagram comes first (from the
 * {@link ProgressDiagram}, scaled to the page width, actual size on demand), then pathways with
 * their bottlenecks, the indicator table with a trend chart per indicator, inconsistent links,
 * assumptions with evidence, roll-ups by actor and network function, and data issues with their
 * cells. Every piece of user text is escaped. Its style sheet ({@code report.css}) lays it out for
 * a screen, for a phone (what matters first, tables as cards, each written by {@link HtmlTable})
 * and for A4 paper; the PDF writer of the render module prints it.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final Pattern PROLOG = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*(<!DOCTYPE[^>]*>\\s*)?(<!--.*?-->\\s*)*",
            Pattern.DOTALL);
    private final ProgressDiagram diagrams;

    public HtmlReportWriter(ProgressDiagram diagrams) {
        this.diagrams = diagrams == null ? ProgressDiagram.NONE : diagrams;
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        out.write(render(evaluation).getBytes(StandardCharsets.UTF_8));
    }

    public String render(Evaluation e) {
        Theory theory = e.theory();
        String title = theory.metadata().title().isEmpty() ? "Theory of change" : theory.metadata().title();
        String svg;
        String problem = null;
        try {
            svg = diagrams.svg(e.theory(), e.nodes(), e.settings().asOf());
        } catch (RuntimeException ex) {
            svg = null;
            problem = ex.getMessage();
        }
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"ToC Workbench\">\n")
                .append("<title>Progress report: ").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body class=\"").append(diagramShape(svg)).append("\">\n");
        h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Progress as of <strong>")
                .append(e.settings().asOf()).append("</strong> (").append(esc(e.asOfSource())).append(")");
        if (!theory.metadata().version().isEmpty()) {
            h.append(" · version ").append(esc(theory.metadata().version()));
        }
        if (theory.metadata().periodStart() != null && theory.metadata().periodEnd() != null) {
            h.append(" · theory period ").append(esc(theory.metadata().periodStart().text())).append("–")
                    .append(esc(theory.metadata().periodEnd().text()));
        }
        h.append("</p>\n");
        h.append("<nav><a href=\"#deviations\">Deviations</a> <a href=\"#pathways\">Pathways</a> ")
                .append("<a href=\"#indicators\">Indicators</a> <a href=\"#iptt\">IPTT</a> ")
                .append("<a href=\"#assumptions\">Assumptions</a> <a href=\"#rollups\">Roll-ups</a> ")
                .append(NetworkSection.of(e).isEmpty() ? "" : "<a href=\"#network\">Network</a> ")
                .append("<a href=\"#issues\">Data issues</a></nav>\n</header>\n<main>\n");
        diagram(h, svg, problem);
        summary(h, e);
        HtmlIptt.deviations(h, e);
        pathways(h, e);
        indicators(h, e);
        HtmlIptt.iptt(h, e);
        inconsistentLinks(h, e);
        assumptions(h, e);
        rollups(h, e);
        network(h, e);
        issues(h, e);
        h.append("</main>\n<footer>\n<h2>How the figures are computed</h2>\n<ul>\n");
        for (String method : Evaluation.methods()) {
            h.append("<li>").append(esc(method)).append("</li>\n");
        }
        h.append("<li>status: on track within ")
                .append(Format.number(e.settings().bands().onTrack())).append(" points of the expected progress, at risk within ")
                .append(Format.number(e.settings().bands().atRisk())).append(", off track beyond</li>\n")
                .append("</ul>\n<p>Made with ToC Workbench.</p>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------ sections

    private static void diagram(StringBuilder h, String svg, String problem) {
        h.append("<section id=\"diagram\">\n<h2>Theory of change</h2>\n");
        if (svg == null || svg.isBlank()) {
            h.append("<p class=\"muted\">The diagram could not be drawn")
                    .append(problem == null ? "" : ": " + esc(problem)).append(".</p>\n");
        } else {
            h.append("<input type=\"checkbox\" id=\"zoom\" class=\"zoom\"><label for=\"zoom\" class=\"zoom-label\">")
                    .append("Show at actual size</label>\n<div class=\"diagram\">\n")
                    .append(scalable(PROLOG.matcher(svg).replaceFirst("").trim())).append("\n</div>\n")
                    .append("<p class=\"pan-hint\">Drag the diagram sideways and down to see all of it.</p>\n");
        }
        h.append("<p class=\"legend\">");
        for (Status s : Status.values()) {
            h.append(badge(s)).append(' ');
        }
        h.append("</p>\n</section>\n");
    }

    private static void summary(StringBuilder h, Evaluation e) {
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        List<String> head = new ArrayList<>(List.of(""));
        for (Status s : Status.values()) {
            head.add(s.label());
        }
        HtmlTable table = new HtmlTable("counts").header(head.toArray(String[]::new));
        countRow(table, "Pathways", e.pathways().stream().map(PathwayProgress::status).toList());
        countRow(table, "Results", e.nodes().values().stream().map(NodeProgress::status).toList());
        countRow(table, "Indicators", e.indicators().values().stream().map(IndicatorProgress::status).toList());
        table.appendTo(h);
        h.append("<p>").append(Format.count(e.observationCount(), "observation"))
                .append(" read; <a href=\"#issues\">").append(Format.count(e.issues().total(), "data issue"))
                .append("</a>.</p>\n</section>\n");
    }

    private static void countRow(HtmlTable table, String label, List<Status> statuses) {
        HtmlTable.Row row = table.row().heading(label);
        for (Status s : Status.values()) {
            long n = statuses.stream().filter(x -> x == s).count();
            row.num(n == 0 ? "<span class=\"muted\">0</span>" : Long.toString(n));
        }
    }

    private static void pathways(StringBuilder h, Evaluation e) {
        h.append("<section id=\"pathways\">\n<h2>Pathways</h2>\n");
        if (e.pathways().isEmpty()) {
            h.append("<p class=\"muted\">The theory has no pathway.</p>\n");
        }
        for (PathwayProgress p : e.pathways()) {
            h.append("<article class=\"pathway\" id=\"pathway-").append(esc(p.pathwayId())).append("\">\n<h3>")
                    .append(esc(p.title())).append(' ').append(badge(p.status())).append("</h3>\n<p>Progress ")
                    .append(Format.percent(p.progress())).append(". ");
            if (p.bottleneck() != null) {
                Node node = e.theory().nodes().get(p.bottleneck());
                h.append("<strong>Bottleneck:</strong> <code>").append(esc(p.bottleneck())).append("</code> ")
                        .append(esc(node.title()));
                if (!p.heldUp().isEmpty()) {
                    h.append(", holding up ");
                    List<String> codes = new ArrayList<>();
                    p.heldUp().forEach(id -> codes.add("<code>" + esc(id) + "</code>"));
                    h.append(String.join(", ", codes));
                }
                h.append('.');
            } else {
                h.append("No node is off track.");
            }
            h.append("</p>\n<ol class=\"chain\">\n");
            String stage = null;
            for (PathwayProgress.Step s : p.steps()) {
                Node node = e.theory().nodes().get(s.nodeId());
                if (!kind(node).equals(stage)) {
                    h.append(stage == null ? "" : "</ul></li>\n");
                    stage = kind(node);
                    h.append("<li class=\"stage\"><span class=\"stage-name\">").append(esc(stage)).append("</span><ul class=\"steps\">\n");
                }
                h.append("<li class=\"step s-").append(s.status().id())
                        .append(s.nodeId().equals(p.bottleneck()) ? " bottleneck" : "").append("\"><code>")
                        .append(esc(s.nodeId())).append("</code> ")
                        .append(esc(node.title())).append(" <span class=\"figure\">").append(s.status().label());
                if (!Double.isNaN(s.progress())) {
                    h.append(" · ").append(Format.percent(s.progress()));
                }
                h.append("</span></li>\n");
            }
            h.append(stage == null ? "" : "</ul></li>\n");
            h.append("</ol>\n");
            if (!p.inconsistentLinks().isEmpty() || !p.notes().isEmpty()) {
                h.append("<ul class=\"notes\">\n");
                for (InconsistentLink l : p.inconsistentLinks()) {
                    h.append("<li class=\"warn\">Inconsistent link <code>").append(esc(l.key())).append("</code>: ")
                            .append(esc(l.message())).append("</li>\n");
                }
                p.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
                h.append("</ul>\n");
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void indicators(StringBuilder out, Evaluation e) {
        out.append("<section id=\"indicators\">\n<h2>Indicators</h2>\n");
        HtmlTable table = new HtmlTable("indicators").scrolling()
                .header("Indicator", "Baseline", "Target", "Actual", "Progress", "Status", "Trend");
        for (IndicatorProgress p : e.indicators().values()) {
            Indicator i = e.theory().indicators().get(p.indicatorId());
            StringBuilder h = new StringBuilder(512);
            h.append("<code>").append(esc(i.id()))
                    .append("</code> ").append(esc(i.title())).append("<div class=\"small muted\">for <code>")
                    .append(esc(i.subject())).append("</code> · ").append(esc(i.unit().describe()));
            if (!i.source().isEmpty()) {
                h.append(" · source: ").append(esc(i.source()));
            }
            h.append("</div>");
            if (!p.notes().isEmpty()) {
                h.append("<div class=\"small note\">").append(esc(String.join("; ", p.notes()))).append("</div>");
            }
            e.derivation(i.id()).ifPresent(d -> h.append("<div class=\"small muted\">computed: <code>")
                    .append(esc(d.definition())).append("</code> · <a href=\"#computed-").append(esc(i.id()))
                    .append("\">how</a></div>"));
            if (!p.groups().isEmpty()) {
                h.append("<div class=\"small\">");
                List<String> groups = new ArrayList<>();
                for (IndicatorProgress.GroupProgress g : p.groups()) {
                    groups.add(esc(g.group()) + ": " + esc(Derivations.group(e, p, g.group())
                            .orElse(Format.value(g.actual(), i))
                            + Format.comment(e.iptt().comment(p.indicatorId(), p.actualPeriod(), g.group())))
                            + (g.status().isRated() ? " <span class=\"tag s-" + g.status().id() + "\">"
                            + g.status().label() + "</span>" : ""));
                }
                h.append(String.join(" · ", groups)).append("</div>");
            }
            table.row("", "indicator-" + i.id()).cell(h.toString())
                    .cell(esc(Format.declared(p.baseline(), i.baseline(), i)) + date(Format.placed(i.baseline(), p.baselineDate())))
                    .cell(esc(Format.declared(p.target(), i.target(), i)) + date(Format.placed(i.target(), p.targetDate())))
                    .cell(esc(Derivations.actual(e, p).orElse(Format.actual(p, i))) + date(Format.actualPeriod(p, i))
                            + comment(e.iptt().comment(p.indicatorId(), p.actualPeriod(), null)))
                    .cell(progressBar(p.progress(), p.expected(), p.status()))
                    .cell(badge(p.status()))
                    .cell(TrendChart.svg(p, i, e.settings().asOf()));
        }
        table.appendTo(out);
        out.append("<p class=\"small muted\">Charts: actuals as dots and a solid line; the ")
                .append("expected trajectory dashed; the target as a diamond on a dotted line; milestones as hollow circles; ")
                .append("the as-of date as a vertical line. Point at a dot for its period and value.</p>\n");
        derivations(out, e);
        out.append("</section>\n");
    }

    private static void derivations(StringBuilder h, Evaluation e) {
        if (e.derivations().isEmpty()) {
            return;
        }
        h.append("<h3 id=\"computed\">").append(esc(Derivations.HEADING)).append("</h3>\n<p class=\"small muted\">")
                .append(esc(Derivations.INTRO)).append("</p>\n");
        for (Derivation d : e.derivations().values()) {
            h.append("<article class=\"derivation\" id=\"computed-").append(esc(d.indicatorId())).append("\"><h4><code>")
                    .append(esc(d.indicatorId())).append("</code></h4>\n<p><code>").append(esc(d.definition()))
                    .append("</code><br>").append(esc(d.source())).append("<br>").append(esc(d.recordsLine()))
                    .append("</p>\n");
            if (!d.values().isEmpty()) {
                HtmlTable table = new HtmlTable().header("Period", "Group", "Value (how it was made)");
                for (Derivation.DerivedValue v : d.values()) {
                    table.row().cell(esc(v.period().label())).cell(v.group().isEmpty() ? "total" : esc(v.group()))
                            .cell(esc(v.how()));
                }
                table.appendTo(h);
            }
            h.append("</article>\n");
        }
    }

    private static void inconsistentLinks(StringBuilder h, Evaluation e) {
        h.append("<section id=\"links\">\n<h2>Inconsistent links</h2>\n");
        if (e.inconsistentLinks().isEmpty()) {
            h.append("<p>None: no link runs from an off-track cause to an on-track effect.</p>\n");
        } else {
            h.append("<ul>\n");
            for (InconsistentLink l : e.inconsistentLinks()) {
                h.append("<li><code>").append(esc(l.key())).append("</code>: ").append(esc(l.message())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void assumptions(StringBuilder h, Evaluation e) {
        h.append("<section id=\"assumptions\">\n<h2>Assumptions</h2>\n");
        if (e.assumptions().isEmpty()) {
            h.append("<p class=\"muted\">The theory states no assumption.</p>\n</section>\n");
            return;
        }
        HtmlTable table = new HtmlTable().scrolling()
                .header("Assumption", "Risk", "Evidence", "Monitoring", "Outlook", "Rests under");
        for (AssumptionProgress a : e.assumptions()) {
            Assumption assumption = e.theory().assumptions().get(a.assumptionId());
            StringBuilder text = new StringBuilder("<code>").append(esc(a.assumptionId())).append("</code> ")
                    .append(esc(assumption.text()));
            if (!assumption.evidence().isEmpty()) {
                text.append("<ul class=\"evidence\">");
                for (Evidence ev : assumption.evidence()) {
                    text.append("<li>").append(esc(ev.source()));
                    if (ev.date() != null) {
                        text.append(" (").append(esc(ev.date().text())).append(')');
                    }
                    if (!ev.note().isEmpty()) {
                        text.append(": ").append(esc(ev.note()));
                    }
                    text.append("</li>");
                }
                text.append("</ul>");
            }
            List<String> under = new ArrayList<>();
            a.links().forEach(l -> under.add("<code>" + esc(l) + "</code>"));
            a.nodes().forEach(n -> under.add("<code>" + esc(n) + "</code>"));
            table.row().cell(text.toString()).cell(a.risk() == null ? Format.NONE : a.risk().word())
                    .cell(a.evidence().word())
                    .cell(a.indicators().isEmpty() ? "<span class=\"muted\">not monitored</span>" : badge(a.monitoring()))
                    .cell("<span class=\"outlook o-" + a.outlook().label() + "\">" + a.outlook().label()
                            + "</span><div class=\"small\">" + esc(a.reason()) + "</div>")
                    .cell(String.join(", ", under));
        }
        table.appendTo(h);
        h.append("</section>\n");
    }

    private static void rollups(StringBuilder h, Evaluation e) {
        h.append("<section id=\"rollups\">\n<h2>Roll-ups</h2>\n<p class=\"muted rollup-rule\">")
                .append(esc(Format.sentence(org.tocworkbench.evaluator.progress.RollupRule.METHOD))).append(".</p>\n<h3>By actor</h3>\n");
        rollupTable(h, e.byActor(), true);
        h.append("<h3>By network function</h3>\n");
        rollupTable(h, e.byFunction(), false);
        h.append("</section>\n");
    }

    private static void rollupTable(StringBuilder h, List<Rollup> rollups, boolean actors) {
        if (rollups.isEmpty()) {
            h.append("<p class=\"muted\">Nothing to roll up.</p>\n");
            return;
        }
        List<String> head = new ArrayList<>(List.of(actors ? "Actor" : "Function", "Results", "Status (median)",
                "Progress", "Spread", "Worst"));
        if (actors) {
            head.add("Indicators without data");
        }
        HtmlTable table = new HtmlTable().scrolling().header(head.toArray(String[]::new));
        for (Rollup r : rollups) {
            HtmlTable.Row row = table.row().cell(esc(r.label())).num(Integer.toString(r.nodes().size()))
                    .cell(badge(r.status())).num(Format.percent(r.progress())).cell(spread(r)).cell(badge(r.worst()));
            if (actors) {
                row.num(r.indicatorsWithoutData() + " of " + r.indicators().size());
            }
        }
        table.appendTo(h);
    }

    /** The network section (docs/network.md), with the tables and badges of the other sections. */
    private static void network(StringBuilder h, Evaluation e) {
        List<NetworkSection.Block> blocks = NetworkSection.of(e);
        if (blocks.isEmpty()) {
            return;
        }
        h.append("<section id=\"network\">\n<h2>").append(NetworkSection.TITLE).append("</h2>\n");
        for (NetworkSection.Block block : blocks) {
            if (block instanceof NetworkSection.Heading heading) {
                h.append("<h3>").append(esc(heading.text())).append("</h3>\n");
            } else if (block instanceof NetworkSection.Findings f) {
                h.append("<ul>\n");
                f.sentences().forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
                h.append("</ul>\n");
            } else if (block instanceof NetworkSection.Table t) {
                HtmlTable table = new HtmlTable().scrolling().header(t.header().toArray(String[]::new));
                for (List<NetworkSection.Cell> cells : t.rows()) {
                    HtmlTable.Row row = table.row();
                    for (NetworkSection.Cell c : cells) {
                        if (c.status().isPresent()) {
                            String rest = c.text().substring(Math.min(c.text().length(), c.status().get().label().length()));
                            row.cell(badge(c.status().get()) + esc(rest.replaceFirst("^ \u00b7 ", " ")));
                        } else {
                            row.cell(esc(c.text()));
                        }
                    }
                }
                table.appendTo(h);
            }
        }
        h.append("</section>\n");
    }

    private static void issues(StringBuilder h, Evaluation e) {
        h.append("<section id=\"issues\">\n<h2>Data issues</h2>\n");
        if (e.issues().total() == 0) {
            h.append("<p>None.</p>\n</section>\n");
            return;
        }
        h.append("<p>").append(Format.count(e.issues().total(), "issue")).append(String.format(Locale.ROOT,
                ": %,d left out, %,d used with a warning.", e.issues().skipped(), e.issues().warnings()))
                .append("</p>\n");
        HtmlTable table = new HtmlTable().scrolling().header("File", "Cell", "Kind", "Value used", "Message");
        for (DataIssue issue : e.issues().kept()) {
            table.row().cell(esc(IssueLocation.file(issue.where())))
                    .cell("<code>" + esc(IssueLocation.cell(issue.where())) + "</code>")
                    .cell(JsonReportWriter.kind(issue.kind())).cell(issue.kind().valueUsed() ? "yes" : "no")
                    .cell(esc(issue.message()));
        }
        table.appendTo(h);
        if (e.issues().notKept() > 0) {
            h.append("<p>").append(String.format(Locale.ROOT, "%,d more issues are not listed.", e.issues().notKept()))
                    .append("</p>\n");
        }
        h.append("</section>\n");
    }

    // ------------------------------------------------------------------ pieces

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>");

    /**
     * {@code diagram-wide} when the diagram is clearly wider than tall (it is printed on a
     * landscape first page), else {@code diagram-tall} (fitted to a portrait first page).
     */
    static String diagramShape(String svg) {
        if (svg == null) {
            return "diagram-none";
        }
        Matcher tag = SVG_TAG.matcher(svg);
        double width = 0;
        double height = 0;
        if (tag.find()) {
            Matcher size = SIZE.matcher(tag.group());
            while (size.find()) {
                double v = Double.parseDouble(size.group(2));
                if (size.group(1).equals("width")) {
                    width = v;
                } else {
                    height = v;
                }
            }
        }
        return width > 0 && height > 0 && width > height * 1.15 ? "diagram-wide" : "diagram-tall";
    }
    private static final Pattern SIZE = Pattern.compile("\\b(width|height)=\"([0-9.]+)(pt|px)?\"");

    /**
     * An SVG scales to the page width only with a viewBox; one without gets a viewBox from its
     * width and height, so that any renderer's output fits.
     */
    static String scalable(String svg) {
        Matcher tag = SVG_TAG.matcher(svg);
        if (!tag.find() || tag.group().contains("viewBox")) {
            return svg;
        }
        String width = null;
        String height = null;
        Matcher size = SIZE.matcher(tag.group());
        while (size.find()) {
            if (size.group(1).equals("width")) {
                width = size.group(2);
            } else {
                height = size.group(2);
            }
        }
        if (width == null || height == null) {
            return svg;
        }
        return svg.substring(0, tag.start() + 4) + " viewBox=\"0 0 " + width + " " + height + "\""
                + svg.substring(tag.start() + 4);
    }

    private static String badge(Status s) {
        return "<span class=\"badge s-" + s.id() + "\">" + s.label() + "</span>";
    }

    private static String progressBar(double progress, double expected, Status status) {
        if (Double.isNaN(progress)) {
            return "<span class=\"muted\">" + Format.NONE + "</span>";
        }
        StringBuilder b = new StringBuilder("<div class=\"bar\" title=\"progress ").append(Format.percent(progress));
        if (!Double.isNaN(expected)) {
            b.append(", expected ").append(Format.percent(expected));
        }
        b.append("\"><span class=\"fill s-").append(status.id()).append("\" style=\"width:")
                .append(Format.number(Math.max(0, Math.min(100, progress)))).append("%\"></span>");
        if (!Double.isNaN(expected)) {
            b.append("<span class=\"expect\" style=\"left:").append(Format.number(Math.max(0, Math.min(100, expected))))
                    .append("%\"></span>");
        }
        b.append("</div><span class=\"small\">").append(Format.percent(progress));
        if (!Double.isNaN(expected)) {
            b.append(" of ").append(Format.percent(expected)).append(" expected");
        }
        return b.append("</span>").toString();
    }

    private static String spread(Rollup r) {
        StringBuilder s = new StringBuilder();
        for (Status status : new Status[] {Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK}) {
            int n = r.counts().get(status);
            if (n > 0) {
                s.append("<span class=\"tag s-").append(status.id()).append("\">").append(n).append(' ')
                        .append(status.label()).append("</span> ");
            }
        }
        int other = r.counts().get(Status.NO_DATA) + r.counts().get(Status.NOT_STARTED) + r.counts().get(Status.NOT_RATED);
        if (other > 0) {
            s.append("<span class=\"tag\">").append(other).append(" not rated</span>");
        }
        return s.toString().trim();
    }

    private static String kind(Node node) {
        return node.horizon() == null ? node.kind().word() : node.horizon().word() + "-term " + node.kind().word();
    }

    /** A value's comment under it, as the data wrote it; empty when there is none. */
    private static String comment(String comment) {
        return comment.isEmpty() ? "" : "<div class=\"small comment\">“" + esc(comment) + "”</div>";
    }

    private static String date(String label) {
        return label == null || label.isEmpty() ? "" : "<div class=\"small muted\">" + esc(label) + "</div>";
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }

    /** The report's style sheet, from {@code report.css} beside this class. */
    static String css() {
        return CSS;
    }

    private static final String CSS = readCss();

    private static String readCss() {
        try (java.io.InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the evaluator's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
