package org.tocworkbench.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Level;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.whatif.FailureState;

/**
 * The legend under the diagram, as an HTML-like label: a key to the colours and line styles in
 * use, the progress statuses when there is an overlay, and the assumptions shown (by their own
 * ids, in the theory's order) with their text, risk and evidence status. Only what the diagram
 * shows is explained.
 */
final class LegendWriter {
    private static final int SWATCHES_PER_ROW = 4;
    private static final int ASSUMPTION_WIDTH = 72;
    private static final int ASSUMPTION_WIDTH_TWO_COLUMNS = 56;
    private static final int TWO_COLUMNS_FROM = 4;
    private static final int LINE_WIDTH = 90;
    private static final String PRECONDITION = "Precondition";

    private final Theory theory;
    private final DiagramOptions options;
    private final List<Node> nodes;
    private final List<Link> links;
    private final Set<String> badged;
    private final Selection selection;
    private final boolean wholeView;
    private final List<TheoryDotWriter.DrawnTransition> transitions;

    LegendWriter(Theory theory, DiagramOptions options, List<Node> nodes, List<Link> links,
                 Set<String> badged, Selection selection, boolean wholeView,
                 List<TheoryDotWriter.DrawnTransition> transitions) {
        this.transitions = List.copyOf(transitions);
        this.theory = theory;
        this.options = options;
        this.nodes = nodes;
        this.links = links;
        this.badged = badged;
        this.selection = selection;
        this.wholeView = wholeView;
    }

    String html() {
        StringBuilder rows = new StringBuilder();
        int widest = 0;
        Map<String, Palette.Swatch> kinds = kindSwatches();
        List<String> lines = DotText.wrap(lineStyles(), LINE_WIDTH, 4);
        if (!kinds.isEmpty() || !lines.get(0).isEmpty()) {
            rows.append(heading("Key"));
        }
        if (!kinds.isEmpty()) {
            rows.append(swatchRows(kinds));
            widest = Math.max(widest, swatchRowsWidth(kinds));
        }
        if (!lines.get(0).isEmpty()) {
            rows.append(full("<FONT POINT-SIZE=\"9\" COLOR=\"" + Palette.MUTED + "\">" + DotText.htmlLines(lines)
                    + "</FONT>"));
            widest = Math.max(widest, lines.stream().mapToInt(l -> textWidth(l, 9)).max().orElse(0));
        }
        if (!options.failures().isEmpty()) {
            List<String> assumptions = options.failures().keySet().stream().filter(theory.assumptions()::containsKey)
                    .toList();
            rows.append(heading(assumptions.isEmpty() ? "What if" : "What if " + String.join(", ", assumptions)
                    + (assumptions.size() == 1 ? " fails" : " fail")));
            List<String> failureLines = DotText.wrap("Ghosted (white, dashed grey border): fails. Thick brown border"
                    + " and a \u201c" + Palette.WEAKENED_MARK + " weakened\u201d line: weakened. Dashed grey links: broken."
                    + (assumptions.isEmpty() ? "" : assumptions.size() == 1
                            ? " Black badge " + AssumptionBadge.failingLabel(assumptions.get(0)) + ": the assumption that fails."
                            : " Black badges with " + Palette.FAILING_MARK + ": the assumptions that fail.")
                    + " Everything else stands.", LINE_WIDTH, 5);
            rows.append(full("<FONT POINT-SIZE=\"9\">" + DotText.htmlLines(failureLines) + "</FONT>"));
            widest = Math.max(widest, failureLines.stream().mapToInt(l -> textWidth(l, 9)).max().orElse(0));
        }
        if (!options.changes().isEmpty()) {
            rows.append(heading("Changes"));
            List<String> changeLines = DotText.wrap("Green thick border: new; brown double border: changed or"
                    + " renamed (the line under the title says what); dashed grey: removed, as the old version had it."
                    + " Links: green new, brown changed, dashed grey removed.", LINE_WIDTH, 4);
            rows.append(full("<FONT POINT-SIZE=\"9\">" + DotText.htmlLines(changeLines) + "</FONT>"));
            widest = Math.max(widest, changeLines.stream().mapToInt(l -> textWidth(l, 9)).max().orElse(0));
        }
        Map<String, Palette.Swatch> statuses = statusSwatches();
        if (!statuses.isEmpty()) {
            String asOf = options.progressAsOf().isBlank() ? "" : " as of " + options.progressAsOf();
            rows.append(heading("Progress" + asOf));
            rows.append(swatchRows(statuses));
            widest = Math.max(widest, swatchRowsWidth(statuses));
        }
        if (!badged.isEmpty()) {
            rows.append(heading("Assumptions"));
            // many assumptions go in two columns, so that the legend is not a long thin strip
            int columns = badged.size() > TWO_COLUMNS_FROM ? 2 : 1;
            int wrap = columns == 1 ? ASSUMPTION_WIDTH : ASSUMPTION_WIDTH_TWO_COLUMNS;
            // Graphviz spreads spare width over every column of a nested table: the text columns
            // are made at least as wide as the rest of the legend so that there is none to spread
            int badge = badged.stream().mapToInt(id -> AssumptionBadge.width(id, failing(id))).max().orElse(0);
            int natural = columns * (badge + 8 + textWidth("x".repeat(wrap), 9));
            int textWidth = Math.max(0, Math.max(widest, natural) / columns - badge - 8);
            StringBuilder list = new StringBuilder();
            int i = 0;
            for (String id : badged) {
                list.append(i % columns == 0 ? "<TR>" : "");
                list.append(assumptionCells(theory.assumptions().get(id), textWidth, wrap));
                list.append(i % columns == columns - 1 ? "</TR>" : "");
                i++;
            }
            if (i % columns != 0) {
                list.append("<TD></TD><TD></TD></TR>");
            }
            rows.append(full("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + list
                    + "</TABLE>"));
        }
        if (!transitions.isEmpty()) {
            rows.append(heading("Assumptions of whole transitions"));
            List<String> transitionLines = new ArrayList<>();
            for (TheoryDotWriter.DrawnTransition d : transitions) {
                List<String> numbers = d.transition().assumptions().stream().filter(badged::contains).distinct().toList();
                transitionLines.addAll(DotText.wrap(d.transition().display() + " (" + d.drawnLinks()
                        + (d.drawnLinks() == 1 ? " link" : " links") + "): " + (numbers.size() == 1 ? "assumption " : "assumptions ")
                        + String.join(", ", numbers)
                        + ", drawn once", LINE_WIDTH, 3));
            }
            rows.append(full("<FONT POINT-SIZE=\"9\">" + DotText.htmlLines(transitionLines) + "</FONT>"));
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows + "</TABLE>";
    }

    /** A generous estimate of the width of a line of Helvetica, in points. */
    private static int textWidth(String text, int size) {
        return (int) Math.ceil(DotText.columns(text) * size * 0.62);
    }

    private static int swatchRowsWidth(Map<String, Palette.Swatch> swatches) {
        List<String> names = List.copyOf(swatches.keySet());
        int widest = 0;
        for (int start = 0; start < names.size(); start += SWATCHES_PER_ROW) {
            int row = 0;
            for (String name : names.subList(start, Math.min(names.size(), start + SWATCHES_PER_ROW))) {
                row += textWidth(name, 9) + 12;
            }
            widest = Math.max(widest, row);
        }
        return widest;
    }

    private Map<String, Palette.Swatch> kindSwatches() {
        boolean[] stages = new boolean[6];
        boolean noHorizon = false;
        boolean medium = false;
        boolean precondition = false;
        boolean context = false;
        for (Node node : nodes) {
            boolean focus = selection.nodes().contains(node.id());
            context |= !focus;
            if (!focus || options.progress().containsKey(node.id())) {
                continue;
            }
            if (node.kind() == NodeKind.PRECONDITION) {
                precondition = true;
            } else {
                stages[node.rank()] = true;
                noHorizon |= node.kind() == NodeKind.OUTCOME && node.horizon() == null;
                medium |= node.kind() == NodeKind.OUTCOME && node.horizon() != null && node.rank() == 3;
            }
        }
        Map<String, Palette.Swatch> swatches = new LinkedHashMap<>();
        if (!options.progress().isEmpty()) {
            // with an overlay, results without a status are white and listed with the statuses
            Arrays.fill(stages, false);
            precondition = false;
        }
        for (int rank = 0; rank < stages.length; rank++) {
            if (!stages[rank]) {
                continue;
            }
            String name = Palette.stageName(rank);
            if (rank == 3 && noHorizon) {
                name = medium ? name + " (or no horizon)" : "Outcome";
            }
            swatches.put(name, Palette.stage(rank));
        }
        if (precondition) {
            swatches.put(PRECONDITION, new Palette.Swatch("#ffffff", Palette.LINE, Palette.INK, "",
                    StatusStyle.Border.DASHED));
        }
        if (context && !wholeView) {
            swatches.put("Outside the view", Palette.context());
        }
        return swatches;
    }

    private Map<String, Palette.Swatch> statusSwatches() {
        Map<String, Palette.Swatch> swatches = new LinkedHashMap<>();
        for (ProgressStatus status : ProgressStatus.values()) {
            boolean used = nodes.stream().anyMatch(n -> selection.nodes().contains(n.id())
                    && options.progress().containsKey(n.id()) && options.progress().get(n.id()).status() == status);
            if (used) {
                StatusStyle style = StatusStyle.of(status);
                swatches.put(style.icon() + " " + capitalise(status.label()), style.swatch());
            }
        }
        boolean unmeasured = nodes.stream().anyMatch(n -> selection.nodes().contains(n.id())
                && !options.progress().containsKey(n.id()));
        if (!options.progress().isEmpty() && unmeasured) {
            swatches.put("No status", Palette.unmeasured());
        }
        return swatches;
    }

    private String lineStyles() {
        List<String> parts = new ArrayList<>();
        boolean strong = false;
        boolean weak = false;
        boolean feedback = false;
        boolean inferred = false;
        for (Link link : links) {
            strong |= link.strength() == Level.HIGH && !link.feedback();
            weak |= link.strength() == Level.LOW && !link.feedback();
            feedback |= link.feedback();
            inferred |= link.inferred() && !link.feedback();
        }
        if (strong) {
            parts.add("thick arrow: strong link");
        }
        if (weak) {
            parts.add("dashed arrow: weak link");
        }
        if (feedback) {
            parts.add("dotted arrow: feedback");
        }
        if (inferred) {
            parts.add("dashed arrow with open head: inferred link (implied by the source, not stated)");
        }
        if (!badged.isEmpty()) {
            parts.add("purple boxes: assumptions, by id (darker is riskier)");
        }
        return capitalise(String.join("; ", parts));
    }

    private String swatchRows(Map<String, Palette.Swatch> swatches) {
        StringBuilder table = new StringBuilder("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\">");
        int i = 0;
        for (Map.Entry<String, Palette.Swatch> entry : swatches.entrySet()) {
            if (i % SWATCHES_PER_ROW == 0) {
                table.append(i == 0 ? "<TR>" : "</TR><TR>");
            }
            Palette.Swatch s = entry.getValue();
            table.append("<TD BORDER=\"1\"").append(s.border().graphvizStyle().map(b -> " STYLE=\"" + b + "\"").orElse(""))
                    .append(" COLOR=\"").append(s.line()).append("\" BGCOLOR=\"").append(s.fill())
                    .append("\"><FONT POINT-SIZE=\"9\" COLOR=\"").append(s.text()).append("\">")
                    .append(DotText.html(entry.getKey())).append("</FONT></TD>");
            i++;
        }
        table.append(i == 0 ? "<TR><TD></TD></TR>" : "</TR>").append("</TABLE>");
        return full(table.toString());
    }

    private String assumptionCells(Assumption assumption, int minimumWidth, int wrap) {
        String text = assumption.text().isBlank() ? assumption.id() : assumption.text();
        List<String> facts = new ArrayList<>();
        facts.add(assumption.risk() == null ? "risk not rated" : assumption.risk().word() + " risk");
        if (assumption.status() != null) {
            facts.add(assumption.status().word());
        }
        boolean failing = failing(assumption.id());
        if (failing) {
            facts.add(0, "fails in this what-if");
        }
        return AssumptionBadge.cell(assumption.id(), assumption.risk(), failing)
                + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" WIDTH=\"" + minimumWidth + "\"><FONT POINT-SIZE=\"9\">"
                + DotText.htmlLines(DotText.wrap(text, wrap, 4))
                + "<BR/><FONT COLOR=\"" + Palette.MUTED + "\">" + DotText.html(String.join(", ", facts))
                + "</FONT></FONT></TD>";
    }

    /** Whether this assumption fails in the what-if overlay. */
    private boolean failing(String id) {
        return options.failures().get(id) == FailureState.FAILED && theory.assumptions().containsKey(id);
    }

    private static String heading(String text) {
        return full("<FONT POINT-SIZE=\"10\"><B>" + DotText.html(text) + "</B></FONT>");
    }

    private static String full(String content) {
        return "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + content + "</TD></TR>";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
