package org.tocworkbench.evaluator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
 * The evaluation as Markdown (GitHub-flavoured tables) for repositories and wikis. User text is
 * escaped ({@link MarkdownText}); identifiers are shown as code.
 */
public final class MarkdownReportWriter implements ReportWriter {
    @Override
    public List<String> extensions() {
        return List.of("md", "markdown");
    }

    @Override
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        out.write(render(evaluation).getBytes(StandardCharsets.UTF_8));
    }

    public String render(Evaluation e) {
        Theory theory = e.theory();
        StringBuilder md = new StringBuilder();
        String title = theory.metadata().title().isEmpty() ? "Theory of change" : theory.metadata().title();
        md.append("# Progress report: ").append(MarkdownText.escape(title)).append("\n\n");
        md.append("As of **").append(e.settings().asOf()).append("** (").append(MarkdownText.escape(e.asOfSource()))
                .append("). On track within ").append(Format.number(e.settings().bands().onTrack()))
                .append(" points of the expected progress, at risk within ")
                .append(Format.number(e.settings().bands().atRisk())).append(", off track beyond.\n\n");
        summary(md, e);
        MarkdownIptt.deviations(md, e);
        pathways(md, e);
        indicators(md, e);
        MarkdownIptt.iptt(md, e);
        inconsistentLinks(md, e);
        assumptions(md, e);
        rollups(md, "Roll-up by actor", "Actor", e.byActor(), true);
        rollups(md, "Roll-up by network function", "Function", e.byFunction(), false);
        network(md, e);
        issues(md, e);
        md.append("## How the figures are computed\n\n");
        Evaluation.methods().forEach(m -> md.append("- ").append(MarkdownText.message(m)).append('\n'));
        md.append("- status: on track within ").append(Format.number(e.settings().bands().onTrack()))
                .append(" points of the expected progress, at risk within ")
                .append(Format.number(e.settings().bands().atRisk())).append(", off track beyond (docs/progress.md)\n");
        return md.toString();
    }

    private static void summary(StringBuilder md, Evaluation e) {
        md.append("## Summary\n\n");
        List<String> header = new ArrayList<>(List.of(""));
        for (Status s : Status.values()) {
            header.add(s.label());
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(countRow("Pathways", e.pathways().stream().map(PathwayProgress::status).toList()));
        rows.add(countRow("Results", e.nodes().values().stream().map(NodeProgress::status).toList()));
        rows.add(countRow("Indicators", e.indicators().values().stream().map(IndicatorProgress::status).toList()));
        table(md, header, rows);
        md.append(Format.count(e.observationCount(), "observation")).append(" read; ")
                .append(Format.count(e.issues().total(), "data issue")).append(".\n\n");
    }

    private static List<String> countRow(String label, List<Status> statuses) {
        List<String> row = new ArrayList<>(List.of(label));
        for (Status s : Status.values()) {
            row.add(Long.toString(statuses.stream().filter(x -> x == s).count()));
        }
        return row;
    }

    private static void pathways(StringBuilder md, Evaluation e) {
        md.append("## Pathways\n\n");
        if (e.pathways().isEmpty()) {
            md.append("The theory has no pathway.\n\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PathwayProgress p : e.pathways()) {
            rows.add(List.of(MarkdownText.escape(p.title()), status(p.status()), Format.percent(p.progress()),
                    p.bottleneck() == null ? "none" : node(e.theory(), p.bottleneck())));
        }
        table(md, List.of("Pathway", "Status", "Progress", "Bottleneck"), rows);
        for (PathwayProgress p : e.pathways()) {
            md.append("### ").append(MarkdownText.escape(p.title())).append("\n\n");
            md.append("Status **").append(p.status().label()).append("**, progress ").append(Format.percent(p.progress()))
                    .append(". ");
            if (p.bottleneck() != null) {
                md.append("Bottleneck: ").append(node(e.theory(), p.bottleneck()));
                if (!p.heldUp().isEmpty()) {
                    md.append(", holding up ").append(p.heldUp().stream().map(MarkdownText::code)
                            .collect(Collectors.joining(", ")));
                }
                md.append(".\n\n");
            } else {
                md.append("No node is off track.\n\n");
            }
            List<List<String>> steps = new ArrayList<>();
            int n = 1;
            for (PathwayProgress.Step s : p.steps()) {
                Node node = e.theory().nodes().get(s.nodeId());
                steps.add(List.of(Integer.toString(n++), MarkdownText.code(s.nodeId()),
                        MarkdownText.escape(node.title()), kind(node), status(s.status()), Format.percent(s.progress())));
            }
            table(md, List.of("#", "Node", "Result", "Kind", "Status", "Progress"), steps);
            for (InconsistentLink l : p.inconsistentLinks()) {
                md.append("- Inconsistent link ").append(MarkdownText.code(l.key())).append(": ")
                        .append(MarkdownText.message(l.message())).append('\n');
            }
            p.notes().forEach(note -> md.append("- ").append(MarkdownText.message(note)).append('\n'));
            if (!p.inconsistentLinks().isEmpty() || !p.notes().isEmpty()) {
                md.append('\n');
            }
        }
    }

    private static void indicators(StringBuilder md, Evaluation e) {
        md.append("## Indicators\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorProgress p : e.indicators().values()) {
            Indicator i = e.theory().indicators().get(p.indicatorId());
            String actual = Derivations.actual(e, p).orElse(Format.actual(p, i))
                    + (p.actualPeriod() == null ? "" : " (" + Format.actualPeriod(p, i) + ")")
                    + Format.comment(e.iptt().comment(p.indicatorId(), p.actualPeriod(), null));
            rows.add(List.of(MarkdownText.code(i.id()) + " " + MarkdownText.escape(i.title()), MarkdownText.code(i.subject()),
                    MarkdownText.escape(Format.declared(p.baseline(), i.baseline(), i)) + when(Format.placed(i.baseline(), p.baselineDate())),
                    MarkdownText.escape(Format.declared(p.target(), i.target(), i)) + when(Format.placed(i.target(), p.targetDate())),
                    MarkdownText.escape(actual), Format.percent(p.progress()), Format.percent(p.expected()),
                    status(p.status()), MarkdownText.message(String.join("; ", p.notes()))));
        }
        table(md, List.of("Indicator", "Result", "Baseline", "Target", "Actual", "Progress", "Expected", "Status", "Notes"),
                rows);
        List<IndicatorProgress> grouped = e.indicators().values().stream().filter(p -> !p.groups().isEmpty()).toList();
        if (!grouped.isEmpty()) {
            md.append("### By group\n\n");
            List<List<String>> groupRows = new ArrayList<>();
            for (IndicatorProgress p : grouped) {
                Indicator i = e.theory().indicators().get(p.indicatorId());
                for (IndicatorProgress.GroupProgress g : p.groups()) {
                    groupRows.add(List.of(MarkdownText.code(i.id()), MarkdownText.escape(g.group()),
                            MarkdownText.escape(Derivations.group(e, p, g.group()).orElse(Format.value(g.actual(), i))
                                    + Format.comment(e.iptt().comment(p.indicatorId(), p.actualPeriod(), g.group()))),
                            Format.percent(g.progress()),
                            status(g.status())));
                }
            }
            table(md, List.of("Indicator", "Group", "Actual", "Progress", "Status"), groupRows);
        }
        derivations(md, e);
    }

    private static void derivations(StringBuilder md, Evaluation e) {
        if (e.derivations().isEmpty()) {
            return;
        }
        md.append("### ").append(Derivations.HEADING).append("\n\n").append(Derivations.INTRO).append("\n\n");
        for (Derivation d : e.derivations().values()) {
            md.append("#### ").append(MarkdownText.code(d.indicatorId())).append("\n\n")
                    .append("- Definition: ").append(MarkdownText.code(d.definition())).append('\n')
                    .append("- Records: ").append(MarkdownText.escape(d.source())).append('\n')
                    .append("- ").append(MarkdownText.escape(d.recordsLine())).append("\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (Derivation.DerivedValue v : d.values()) {
                rows.add(List.of(MarkdownText.escape(v.period().label()),
                        v.group().isEmpty() ? "total" : MarkdownText.escape(v.group()), MarkdownText.escape(v.how())));
            }
            if (!rows.isEmpty()) {
                table(md, List.of("Period", "Group", "Value (how it was made)"), rows);
            }
        }
    }

    private static void inconsistentLinks(StringBuilder md, Evaluation e) {
        md.append("## Inconsistent links\n\n");
        if (e.inconsistentLinks().isEmpty()) {
            md.append("None: no link runs from an off-track cause to an on-track effect.\n\n");
            return;
        }
        for (InconsistentLink l : e.inconsistentLinks()) {
            md.append("- ").append(MarkdownText.code(l.key())).append(": ").append(MarkdownText.message(l.message()))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void assumptions(StringBuilder md, Evaluation e) {
        md.append("## Assumptions\n\n");
        if (e.assumptions().isEmpty()) {
            md.append("The theory states no assumption.\n\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (AssumptionProgress a : e.assumptions()) {
            Assumption assumption = e.theory().assumptions().get(a.assumptionId());
            List<String> under = new ArrayList<>(a.links());
            under.addAll(a.nodes());
            rows.add(List.of(MarkdownText.code(a.assumptionId()) + " " + MarkdownText.escape(assumption.text()),
                    a.risk() == null ? Format.NONE : a.risk().word(), a.evidence().word(),
                    a.indicators().isEmpty() ? Format.NONE : status(a.monitoring()), "**" + a.outlook().label() + "**",
                    MarkdownText.message(a.reason()),
                    under.stream().map(MarkdownText::code).collect(Collectors.joining(", "))));
        }
        table(md, List.of("Assumption", "Risk", "Evidence", "Monitoring", "Outlook", "Why", "Rests under"), rows);
        for (AssumptionProgress a : e.assumptions()) {
            Assumption assumption = e.theory().assumptions().get(a.assumptionId());
            if (assumption.evidence().isEmpty()) {
                continue;
            }
            md.append("Evidence for ").append(MarkdownText.code(a.assumptionId())).append(":\n\n");
            for (Evidence ev : assumption.evidence()) {
                md.append("- ").append(MarkdownText.escape(ev.source()));
                if (ev.date() != null) {
                    md.append(" (").append(ev.date().text()).append(')');
                }
                if (!ev.note().isEmpty()) {
                    md.append(": ").append(MarkdownText.escape(ev.note()));
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    private static void rollups(StringBuilder md, String heading, String label, List<Rollup> rollups, boolean actors) {
        md.append("## ").append(heading).append("\n\n");
        if (rollups.isEmpty()) {
            md.append("Nothing to roll up.\n\n");
            return;
        }
        md.append(MarkdownText.escape(Format.sentence(org.tocworkbench.evaluator.progress.RollupRule.METHOD))).append(".\n\n");
        List<String> header = new ArrayList<>(List.of(label, "Results", "Status (median)", "Progress", "achieved",
                "on track", "at risk", "off track", "other", "Worst"));
        if (actors) {
            header.add("Indicators without data");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Rollup r : rollups) {
            int other = r.counts().get(Status.NO_DATA) + r.counts().get(Status.NOT_STARTED)
                    + r.counts().get(Status.NOT_RATED);
            List<String> row = new ArrayList<>(List.of(MarkdownText.escape(r.label()), Integer.toString(r.nodes().size()),
                    status(r.status()), Format.percent(r.progress()), r.counts().get(Status.ACHIEVED).toString(),
                    r.counts().get(Status.ON_TRACK).toString(), r.counts().get(Status.AT_RISK).toString(),
                    r.counts().get(Status.OFF_TRACK).toString(), Integer.toString(other), status(r.worst())));
            if (actors) {
                row.add(r.indicatorsWithoutData() + " of " + r.indicators().size());
            }
            rows.add(row);
        }
        table(md, header, rows);
    }

    /** The network section (docs/network.md): findings as bullets, tables with the status in bold. */
    static void network(StringBuilder md, Evaluation e) {
        List<NetworkSection.Block> blocks = NetworkSection.of(e);
        if (blocks.isEmpty()) {
            return;
        }
        md.append("## ").append(NetworkSection.TITLE).append("\n\n");
        for (NetworkSection.Block block : blocks) {
            if (block instanceof NetworkSection.Heading h) {
                md.append("### ").append(MarkdownText.escape(h.text())).append("\n\n");
            } else if (block instanceof NetworkSection.Findings f) {
                f.sentences().forEach(s -> md.append("- ").append(MarkdownText.message(s)).append('\n'));
                md.append('\n');
            } else if (block instanceof NetworkSection.Table t) {
                table(md, t.header().stream().map(MarkdownText::escape).toList(),
                        t.rows().stream().map(row -> row.stream().map(MarkdownReportWriter::cell).toList()).toList());
            }
        }
    }

    /** A cell of the network section: its status in bold, like the other tables. */
    private static String cell(NetworkSection.Cell c) {
        if (c.status().isEmpty()) {
            return MarkdownText.escape(c.text());
        }
        String label = c.status().get().label();
        return status(c.status().get()) + MarkdownText.escape(c.text().substring(Math.min(c.text().length(), label.length())));
    }

    private static void issues(StringBuilder md, Evaluation e) {
        md.append("## Data issues\n\n");
        if (e.issues().total() == 0) {
            md.append("None.\n\n");
            return;
        }
        md.append(Format.count(e.issues().total(), "issue")).append(String.format(java.util.Locale.ROOT,
                ": %,d left out, %,d used with a warning.%n%n", e.issues().skipped(), e.issues().warnings()));
        List<List<String>> rows = new ArrayList<>();
        for (DataIssue issue : e.issues().kept()) {
            rows.add(List.of(MarkdownText.escape(IssueLocation.file(issue.where())),
                    MarkdownText.escape(IssueLocation.cell(issue.where())), JsonReportWriter.kind(issue.kind()),
                    issue.kind().valueUsed() ? "yes" : "no", MarkdownText.message(issue.message())));
        }
        table(md, List.of("File", "Cell", "Kind", "Value used", "Message"), rows);
        if (e.issues().notKept() > 0) {
            md.append(String.format(java.util.Locale.ROOT, "%,d more issues are not listed.%n%n", e.issues().notKept()));
        }
    }

    private static String node(Theory theory, String id) {
        Node node = theory.nodes().get(id);
        return MarkdownText.code(id) + (node == null ? "" : " " + MarkdownText.escape(node.title()));
    }

    private static String kind(Node node) {
        return node.horizon() == null ? node.kind().word() : node.kind().word() + " (" + node.horizon().word() + ")";
    }

    private static String status(Status status) {
        return status.isRated() ? "**" + status.label() + "**" : status.label();
    }

    private static String when(String date) {
        return date.isEmpty() ? "" : " (" + date + ")";
    }

    private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append(" --- |".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append('\n');
    }
}
