package org.tocworkbench.compiler.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;

/**
 * The answer of {@code toc what-if --fails}: in the terminal, as Markdown (for a report or a pull
 * request) and as JSON, schema {@value #SCHEMA} (docs/what-if.md). The three say the same things
 * in the same order: what was given as failing, the results that fail, are weakened or are kept
 * alive, the broken links, the pathways, the indicators, the outcomes that still stand, and with
 * monitoring data the affected results that are on track today.
 */
public final class WhatIfWriter {
    public static final String SCHEMA = "toc-what-if/1";
    private static final int TITLE = 64;

    public String write(WhatIf whatIf, WhatIfFormat format, Optional<CurrentProgress> progress) {
        return switch (format) {
            case TERMINAL -> text(whatIf, progress, false);
            case MARKDOWN -> text(whatIf, progress, true);
            case DOT, SVG, PNG, PDF -> throw new IllegalArgumentException(format.word() + " is a diagram format");
            case JSON -> json(whatIf, progress);
        };
    }

    /** "AS3" or "AS3 and ST2" or "AS3, ST2 and OP1". */
    static String listed(List<String> ids) {
        if (ids.size() <= 1) {
            return String.join("", ids);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    private String text(WhatIf w, Optional<CurrentProgress> progress, boolean md) {
        Theory theory = w.theory();
        StringBuilder out = new StringBuilder();
        String failing = listed(w.failing().stream().map(id -> md ? "`" + id + "`" : id).toList());
        String verb = w.failing().size() == 1 ? "fails" : "fail";
        out.append(md ? "# What if " + failing + " " + verb + "?\n\n" : "What if " + failing + " " + verb + "?\n");
        if (!theory.metadata().title().isEmpty()) {
            out.append(md ? "*" + theory.metadata().title() + "*\n\n" : theory.metadata().title() + "\n");
        }
        if (!md) {
            out.append('\n');
        }
        for (String id : w.failing()) {
            out.append(md ? "- " : "  ").append(md ? "`" + id + "`" : id).append("  ").append(describe(theory, id, md))
                    .append('\n');
        }
        out.append('\n');
        int total = theory.nodes().size();
        List<Node> failed = w.results(FailureState.FAILED);
        List<Node> weakened = w.results(FailureState.WEAKENED);
        String impact = theory.impacts().isEmpty() ? "" : theory.impacts().stream()
                .map(n -> n.id() + (w.state(n.id()) == FailureState.WEAKENED ? " is " : " ") + w.state(n.id()).label()).reduce((a, b) -> a + ", " + b).orElse("");
        out.append(md ? "**" : "").append(failed.size()).append(" of ").append(total).append(" results fail, ")
                .append(weakened.size()).append(" are weakened")
                .append(impact.isEmpty() ? "" : "; the impact " + impact).append('.').append(md ? "**" : "")
                .append("\n\n");
        results(out, "Results that fail", failed, w, progress, md);
        results(out, "Results weakened", weakened, w, progress, md);
        results(out, "Kept alive by a sufficient cause", w.keptAlive(), w, progress, md);
        if (!w.brokenLinks().isEmpty()) {
            heading(out, "Broken links", w.brokenLinks().size(), md);
            for (WhatIf.BrokenLink b : w.brokenLinks()) {
                out.append(md ? "- `" + b.link().key() + "`: " : "  " + b.link().key() + ": ").append(b.why())
                        .append('\n');
            }
            out.append('\n');
        }
        List<WhatIf.PathwayEffect> pathways = w.pathways();
        if (!pathways.isEmpty()) {
            heading(out, "Pathways affected", pathways.size(), md);
            for (WhatIf.PathwayEffect p : pathways) {
                String state = p.state() == FailureState.FAILED ? "broken" : "weakened";
                out.append(md ? "- " : "  ").append(md ? "**" + state + "**" : pad(state, 9)).append(' ')
                        .append(cut(p.pathway().title(), md)).append(" (first at ")
                        .append(md ? "`" + p.firstAffected() + "`" : p.firstAffected()).append(")\n");
            }
            out.append('\n');
        }
        List<WhatIf.IndicatorEffect> indicators = w.indicators();
        if (!indicators.isEmpty()) {
            heading(out, "Indicator targets", indicators.size(), md);
            for (WhatIf.IndicatorEffect i : indicators) {
                String reach = i.state() == FailureState.FAILED ? "out of reach" : "at risk";
                out.append(md ? "- " + "**" + reach + "** `" + i.indicator().id() + "` "
                                : "  " + pad(reach, 12) + " " + pad(i.indicator().id(), 6) + " ")
                        .append(cut(i.indicator().title(), md)).append(" (")
                        .append(md ? "`" + i.result() + "`" : i.result()).append(")\n");
            }
            out.append('\n');
        }
        List<Node> standing = w.standingOutcomes();
        heading(out, "Outcomes that still stand", standing.size(), md);
        if (standing.isEmpty()) {
            out.append(md ? "None.\n" : "  none\n");
        } else {
            out.append(md ? "" : "  ").append(String.join(", ", standing.stream()
                    .map(n -> md ? "`" + n.id() + "`" : n.id()).toList())).append('\n');
        }
        progress.ifPresent(p -> onTrackWarning(out, w, p, md));
        return out.toString();
    }

    private static void onTrackWarning(StringBuilder out, WhatIf w, CurrentProgress p, boolean md) {
        List<Node> affected = new ArrayList<>(w.results(FailureState.FAILED));
        affected.addAll(w.results(FailureState.WEAKENED));
        List<Node> good = affected.stream().filter(n -> Optional.ofNullable(p.byResult().get(n.id()))
                .map(CurrentProgress.Status::good).orElse(false)).toList();
        out.append('\n');
        heading(out, "On track today, as of " + p.asOf(), good.size(), md);
        if (good.isEmpty()) {
            out.append(md ? "" : "  ").append("No affected result is on track in the monitoring data.\n");
            return;
        }
        out.append(md ? "" : "  ").append("Warning: these results look fine in the monitoring data, but would ")
                .append("fail or weaken if ").append(listed(w.failing())).append(w.failing().size() == 1 ? " fails" : " fail")
                .append(":\n");
        for (Node n : good) {
            out.append(md ? "- `" + n.id() + "` " : "  " + pad(n.id(), 6) + " ").append(p.byResult().get(n.id()).label())
                    .append(", ").append(w.state(n.id()).label()).append(" under this scenario\n");
        }
    }

    private static void heading(StringBuilder out, String title, int count, boolean md) {
        out.append(md ? "## " + title + " (" + count + ")\n\n" : title + " (" + count + "):\n");
    }

    private static void results(StringBuilder out, String title, List<Node> nodes, WhatIf w,
                                Optional<CurrentProgress> progress, boolean md) {
        if (nodes.isEmpty()) {
            return;
        }
        heading(out, title, nodes.size(), md);
        if (md) {
            out.append("| Result | Kind | Statement | Why |").append(progress.isPresent() ? " Today |" : "").append('\n');
            out.append("|---|---|---|---|").append(progress.isPresent() ? "---|" : "").append('\n');
        }
        for (Node n : nodes) {
            String why = w.reason(n.id()).orElse("");
            String today = progress.map(p -> Optional.ofNullable(p.byResult().get(n.id()))
                    .map(CurrentProgress.Status::label).orElse("no data")).orElse(null);
            if (md) {
                out.append("| `").append(n.id()).append("` | ").append(n.kind().word()).append(" | ")
                        .append(cell(n.shortTitle())).append(" | ").append(cell(why)).append(" |")
                        .append(today == null ? "" : " " + today + " |").append('\n');
            } else {
                out.append("  ").append(pad(n.id(), 6)).append(' ').append(pad(n.kind().word(), 12)).append(' ')
                        .append(cut(n.shortTitle(), false)).append('\n')
                        .append("         ").append(why).append(today == null ? "" : "; today: " + today).append('\n');
            }
        }
        out.append('\n');
    }

    private static String describe(Theory theory, String id, boolean md) {
        Node node = theory.nodes().get(id);
        if (node != null) {
            return "(" + node.kind().word() + ") " + WhatIfWriter.cell(node.title());
        }
        Assumption a = theory.assumptions().get(id);
        return a == null ? "" : "(assumption) " + WhatIfWriter.cell(a.text());
    }

    static String cut(String text, boolean md) {
        String one = text.replaceAll("\\s+", " ").strip();
        if (md) {
            return cell(one);
        }
        return one.length() <= TITLE ? one : one.substring(0, TITLE - 1).stripTrailing() + "…";
    }

    static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private String json(WhatIf w, Optional<CurrentProgress> progress) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Theory theory = w.theory();
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("theory", theory.metadata().title());
        ArrayNode failing = root.putArray("failing");
        for (String id : w.failing()) {
            ObjectNode f = failing.addObject();
            f.put("id", id);
            Node node = theory.nodes().get(id);
            f.put("kind", node != null ? node.kind().word() : "assumption");
            f.put("title", node != null ? node.title() : theory.assumptions().get(id).text());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("results", theory.nodes().size());
        summary.put("failed", w.results(FailureState.FAILED).size());
        summary.put("weakened", w.results(FailureState.WEAKENED).size());
        summary.put("impactFails", w.impactFails());
        ArrayNode results = root.putArray("results");
        for (Node n : theory.nodes().values()) {
            ObjectNode r = results.addObject();
            r.put("id", n.id());
            r.put("kind", n.kind().word());
            r.put("title", n.title());
            r.put("state", w.state(n.id()).id());
            r.put("reason", w.reason(n.id()).orElse(null));
            if (progress.isPresent()) {
                CurrentProgress.Status s = progress.get().byResult().get(n.id());
                r.put("today", s == null ? null : s.id());
            }
        }
        ArrayNode links = root.putArray("brokenLinks");
        for (WhatIf.BrokenLink b : w.brokenLinks()) {
            ObjectNode l = links.addObject();
            l.put("from", b.link().from());
            l.put("to", b.link().to());
            l.put("why", b.why());
        }
        ArrayNode pathways = root.putArray("pathways");
        for (WhatIf.PathwayEffect p : w.pathways()) {
            ObjectNode o = pathways.addObject();
            o.put("id", p.pathway().id());
            o.put("title", p.pathway().title());
            o.put("state", p.state() == FailureState.FAILED ? "broken" : "weakened");
            o.put("firstAffected", p.firstAffected());
        }
        ArrayNode indicators = root.putArray("indicators");
        for (WhatIf.IndicatorEffect i : w.indicators()) {
            ObjectNode o = indicators.addObject();
            o.put("id", i.indicator().id());
            o.put("title", i.indicator().title());
            o.put("result", i.result());
            o.put("target", i.state() == FailureState.FAILED ? "out-of-reach" : "at-risk");
        }
        ArrayNode standing = root.putArray("standingOutcomes");
        w.standingOutcomes().forEach(n -> standing.add(n.id()));
        if (progress.isPresent()) {
            ObjectNode m = root.putObject("monitoring");
            m.put("asOf", progress.get().asOf());
            ArrayNode onTrack = m.putArray("affectedOnTrack");
            for (Node n : theory.nodes().values()) {
                CurrentProgress.Status s = progress.get().byResult().get(n.id());
                if (w.state(n.id()) != FailureState.STANDS && s != null && s.good()) {
                    onTrack.add(n.id());
                }
            }
        } else {
            root.putNull("monitoring");
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
