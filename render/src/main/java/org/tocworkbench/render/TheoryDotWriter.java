package org.tocworkbench.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.diff.ChangeType;
import org.tocworkbench.compiler.model.Level;
import org.tocworkbench.compiler.whatif.FailureState;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.Transition;

/**
 * Turns a theory into DOT. Everything here is a drawing decision — which nodes are drawn and
 * how, ranks by stage of the results chain, clusters, badges, legend, title block — made from
 * the finished model and the options; nothing about the theory itself is computed.
 *
 * <p>The output depends only on the theory and the options, in declaration order: the same
 * input gives the same bytes.
 *
 * <p>Stable anchors for reports: nodes get the SVG id {@code node-ID}, links {@code link-FROM--TO},
 * clusters {@code group-KIND-ID}; classes say kind, stage, status and whether an element is
 * context ({@code toc-context}).
 */
public final class TheoryDotWriter {
    /** Titles wrap at 18 columns, wider for long titles so that they keep to about six lines. */
    static final int TITLE_WIDTH = 18;
    static final int TITLE_WIDTH_MAX = 30;
    static final int TITLE_LINES = 10;
    private static final String STAGE_NODE = ":stage";

    public String write(Theory theory, DiagramOptions options) throws ViewException {
        return new Run(theory, options).write();
    }

    /** The state of one drawing. */
    private static final class Run {
        private final Theory theory;
        private final DiagramOptions options;
        private final Selection selection;
        private final boolean wholeView;
        private final List<Node> nodes = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        /** The assumptions with a badge in this drawing, in the theory's order; a badge shows the assumption's id. */
        private final Set<String> badged = new LinkedHashSet<>();
        /** Drawn transitions by the key of the one link that carries their assumptions, drawn once. */
        private final Map<String, List<DrawnTransition>> transitionsByCarrier = new LinkedHashMap<>();
        private final List<DrawnTransition> drawnTransitions = new ArrayList<>();
        private final DotBuilder dot = new DotBuilder();

        Run(Theory theory, DiagramOptions options) throws ViewException {
            this.theory = theory;
            this.options = options;
            this.selection = options.view().select(theory, new TheoryGraph(theory));
            this.wholeView = options.view() instanceof View.Whole;
            for (Node node : theory.nodes().values()) {
                if (options.context() == ContextMode.GREY || selection.nodes().contains(node.id())) {
                    nodes.add(node);
                }
            }
            Set<String> drawn = new LinkedHashSet<>();
            nodes.forEach(n -> drawn.add(n.id()));
            Set<String> keys = new LinkedHashSet<>();
            for (Link link : theory.links()) {
                boolean ends = drawn.contains(link.from()) && drawn.contains(link.to()) && !link.from().equals(link.to());
                boolean shown = options.context() == ContextMode.GREY || selection.links().contains(link.key());
                if (ends && shown && keys.add(link.key())) {
                    links.add(link);
                }
            }
            placeTransitions();
            findBadges();
        }

        /**
         * A transition is drawn when one of its links is drawn in focus: its assumptions are shown
         * once, on the middle one of its drawn links (the carrier), not on every arrow.
         */
        private void placeTransitions() {
            for (Transition transition : theory.transitions()) {
                List<Link> drawn = links.stream().filter(l -> focus(l) && transition.links().contains(l.key())).toList();
                if (drawn.isEmpty() || transition.assumptions().isEmpty()) {
                    continue;
                }
                Link carrier = drawn.get(drawn.size() / 2);
                DrawnTransition d = new DrawnTransition(transition, carrier.key(), drawn.size());
                drawnTransitions.add(d);
                transitionsByCarrier.computeIfAbsent(carrier.key(), k -> new ArrayList<>()).add(d);
            }
        }

        /**
         * The assumptions shown: those of focus links, of the transitions drawn and of focus
         * nodes. Each badge is labelled with the assumption's own id, so that AS3 is AS3 in
         * every view, in the legend and in the report's table; the legend lists them in the
         * theory's order.
         */
        private void findBadges() {
            Set<String> shown = new HashSet<>();
            links.stream().filter(this::focus).forEach(l -> shown.addAll(l.assumptions()));
            drawnTransitions.forEach(d -> shown.addAll(d.transition().assumptions()));
            nodes.stream().filter(this::focus).forEach(n -> shown.addAll(n.assumptions()));
            theory.assumptions().keySet().stream().filter(shown::contains).forEach(badged::add);
        }

        private boolean focus(Node node) {
            return selection.nodes().contains(node.id());
        }

        private boolean focus(Link link) {
            return selection.links().contains(link.key());
        }

        String write() {
            dot.open("digraph \"theory_of_change\"");
            graphDefaults();
            String legend = new LegendWriter(theory, options, nodes, links, badged, selection, wholeView,
                    drawnTransitions).html();
            dot.openSubgraph("cluster_frame");
            dot.set(DotBuilder.attributes().text("id", "toc-legend").text("class", "toc-legend").number("peripheries", 0)
                    .html("label", legend)
                    // Graphviz mirrors cluster labels when the ranks run bottom to top
                    .text("labelloc", options.direction() == RankDirection.BT ? "t" : "b").text("labeljust", "l").number("margin", 12));
            // an inner box keeps links that loop round a rank away from the legend
            dot.openSubgraph("cluster_diagram");
            dot.set(DotBuilder.attributes().text("id", "toc-diagram").text("class", "toc-diagram").number("peripheries", 0)
                    .text("label", "")
                    .number("margin", 4));
            writeNodes();
            writeStages();
            writeLinks();
            dot.close();
            dot.close();
            dot.close();
            return dot.toString();
        }

        private void graphDefaults() {
            DotBuilder.Attributes graph = DotBuilder.attributes()
                    .text("id", "toc-theory")
                    .text("charset", "UTF-8")
                    .text("newrank", "true")
                    .text("rankdir", options.direction().name())
                    .text("fontname", Palette.FONT)
                    .number("fontsize", 10)
                    .number("nodesep", 0.2)
                    .number("ranksep", 0.3)
                    .number("pad", 0.2)
                    .text("bgcolor", "white")
                    .text("outputorder", "edgesfirst");
            String title = titleBlock();
            if (!title.isEmpty()) {
                graph.html("label", title).text("labelloc", "t").text("labeljust", "l");
            }
            dot.defaults("graph", graph);
            dot.defaults("node", DotBuilder.attributes()
                    .text("fontname", Palette.FONT)
                    .number("fontsize", 11)
                    .text("shape", "box")
                    .text("style", "filled")
                    .text("margin", "0.1,0.06")
                    .text("color", Palette.LINE)
                    .text("fontcolor", Palette.INK));
            dot.defaults("edge", DotBuilder.attributes()
                    .text("fontname", Palette.FONT)
                    .number("fontsize", 9)
                    .text("color", Palette.EDGE)
                    .number("penwidth", 1.2)
                    .number("arrowsize", 0.7));
        }

        private String titleBlock() {
            Metadata m = theory.metadata();
            List<String> facts = new ArrayList<>();
            if (!m.version().isEmpty()) {
                facts.add("version " + m.version());
            }
            if (m.asOf() != null) {
                facts.add("as of " + m.asOf());
            }
            if (m.periodStart() != null && m.periodEnd() != null) {
                facts.add("period " + m.periodStart() + " to " + m.periodEnd());
            }
            StringBuilder rows = new StringBuilder();
            if (!m.title().isBlank()) {
                rows.append(row("<FONT POINT-SIZE=\"16\"><B>" + DotText.htmlLines(DotText.wrap(m.title(), 70, 3))
                        + "</B></FONT>"));
            }
            if (!facts.isEmpty()) {
                String line = String.join(" \u00b7 ", facts);
                rows.append(row("<FONT POINT-SIZE=\"10\" COLOR=\"" + Palette.MUTED + "\">"
                        + DotText.htmlLines(DotText.wrap(capitalise(line), 100, 2)) + "</FONT>"));
            }
            if (!selection.caption().isEmpty()) {
                String hidden = options.context() == ContextMode.HIDE ? "; the rest is hidden" : "; the rest in grey";
                rows.append(row("<FONT POINT-SIZE=\"10\" COLOR=\"" + Palette.MUTED + "\">"
                        + DotText.htmlLines(DotText.wrap("View: " + selection.caption() + hidden, 100, 2))
                        + "</FONT>"));
            }
            if (rows.length() == 0) {
                return "";
            }
            return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows + "</TABLE>";
        }

        private static String row(String content) {
            return "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + content + "</TD></TR>";
        }

        // ---------------------------------------------------------------- nodes and clusters

        private void writeNodes() {
            Map<String, Group> groups = groups();
            Map<String, String> groupOf = new HashMap<>();
            groups.values().forEach(g -> g.members.forEach(m -> groupOf.put(m, g.key)));
            Set<String> written = new LinkedHashSet<>();
            int index = 0;
            for (Node node : nodes) {
                String key = groupOf.get(node.id());
                if (key == null) {
                    writeNode(node);
                    continue;
                }
                if (!written.add(key)) {
                    continue;
                }
                Group group = groups.get(key);
                dot.openSubgraph("cluster_" + index++);
                // set everything the frame around the diagram sets, or it is inherited
                DotBuilder.Attributes attributes = DotBuilder.attributes()
                        .text("id", group.id).text("class", "toc-group").number("peripheries", 1)
                        .html("label", "<B>" + DotText.htmlLines(DotText.wrap(group.label, 28, 3)) + "</B>")
                        .text("labelloc", options.direction() == RankDirection.BT ? "b" : "t")
                        .text("labeljust", "l").number("margin", 8).number("fontsize", 10)
                        .text("fontcolor", "#333333");
                if (options.groupBy() == GroupBy.HORIZON) {
                    attributes.text("style", "filled").text("fillcolor", Palette.BAND_FILL).text("color", Palette.BAND_FILL);
                } else {
                    attributes.text("style", "rounded,dashed").text("color", Palette.GROUP_LINE);
                }
                dot.set(attributes);
                for (Node member : nodes) {
                    if (key.equals(groupOf.get(member.id()))) {
                        writeNode(member);
                    }
                }
                dot.close();
            }
        }

        /** A cluster: its key, SVG id, label and member node ids. */
        private record Group(String key, String id, String label, List<String> members) {
        }

        private Map<String, Group> groups() {
            Map<String, Group> groups = new LinkedHashMap<>();
            switch (options.groupBy()) {
                case PATHWAY -> {
                    Map<String, Integer> count = new HashMap<>();
                    theory.pathways().forEach(p -> p.nodes().forEach(n -> count.merge(n, 1, Integer::sum)));
                    for (Pathway pathway : theory.pathways()) {
                        List<String> members = drawnIds(pathway.nodes().stream().filter(n -> count.get(n) == 1).toList());
                        if (!members.isEmpty()) {
                            groups.put("pathway " + pathway.id(), new Group("pathway " + pathway.id(),
                                    "group-pathway-" + pathway.id(), pathway.title(), members));
                        }
                    }
                }
                case ACTOR -> {
                    Map<String, List<String>> byActor = new LinkedHashMap<>();
                    theory.actors().keySet().forEach(a -> byActor.put(a, new ArrayList<>()));
                    for (Node node : nodes) {
                        String actor = node.owner() != null && theory.actors().containsKey(node.owner()) ? node.owner()
                                : node.contributors().size() == 1 ? node.contributors().get(0) : null;
                        if (actor != null && byActor.containsKey(actor)) {
                            byActor.get(actor).add(node.id());
                        }
                    }
                    byActor.forEach((id, members) -> {
                        if (!members.isEmpty()) {
                            Actor actor = theory.actors().get(id);
                            String label = actor.name() + (actor.role() == null ? "" : " (" + actor.role().word() + ")");
                            groups.put("actor " + id, new Group("actor " + id, "group-actor-" + id, label, members));
                        }
                    });
                }
                case HORIZON -> {
                    Map<Integer, List<String>> byStage = new TreeMap<>();
                    nodes.forEach(n -> byStage.computeIfAbsent(n.rank(), r -> new ArrayList<>()).add(n.id()));
                    byStage.forEach((rank, members) -> {
                        boolean preconditions = members.stream()
                                .anyMatch(m -> theory.nodes().get(m).kind() == NodeKind.PRECONDITION);
                        String label = Palette.stagePlural(rank) + (preconditions ? " and preconditions" : "");
                        groups.put("stage " + rank, new Group("stage " + rank, "group-stage-" + rank, label, members));
                    });
                }
                case STRUCTURE -> {
                    for (Actor actor : theory.actors().values()) {
                        if (actor.structure().isEmpty()) {
                            continue;
                        }
                        List<String> members = nodes.stream().filter(n -> n.actors().contains(actor.id())
                                && n.actors().stream().filter(a -> theory.actors().containsKey(a)
                                && theory.actors().get(a).structure().isPresent()).count() == 1).map(Node::id).toList();
                        if (!members.isEmpty()) {
                            String kind = actor.structure().get().kind().map(k -> k.label().toLowerCase(Locale.ROOT))
                                    .orElse("structure");
                            groups.put("structure " + actor.id(), new Group("structure " + actor.id(),
                                    "group-structure-" + actor.id(), actor.name() + " (" + kind + ")", members));
                        }
                    }
                }
                case FUNCTION -> {
                    List<NetworkFunction> order = new ArrayList<>(theory.network().functions());
                    for (NetworkFunction f : NetworkFunction.values()) {
                        if (f.isNetworkFunction() && !order.contains(f)) {
                            order.add(f);
                        }
                    }
                    for (NetworkFunction f : order) {
                        List<String> members = nodes.stream().filter(n -> n.functions().contains(f)
                                && order.stream().filter(n.functions()::contains).findFirst().orElse(null) == f)
                                .map(Node::id).toList();
                        if (!members.isEmpty()) {
                            String rank = theory.network().rank(f).map(r -> " (" + r + ")").orElse("");
                            groups.put("function " + f.word(), new Group("function " + f.word(),
                                    "group-function-" + f.word(), f.label() + rank, members));
                        }
                    }
                }
                case NONE -> {
                }
            }
            return groups;
        }

        private List<String> drawnIds(List<String> ids) {
            Set<String> wanted = new LinkedHashSet<>(ids);
            return nodes.stream().map(Node::id).filter(wanted::contains).toList();
        }

        private void writeNode(Node node) {
            boolean focus = focus(node);
            NodeStatus progress = focus ? options.progress().get(node.id()) : null;
            Palette.Swatch swatch = !focus ? Palette.context()
                    : progress != null ? Palette.status(progress.status())
                    : options.progress().isEmpty() ? Palette.stage(node.rank()) : Palette.unmeasured();
            FailureState failure = focus ? options.failures().get(node.id()) : null;
            if (failure == FailureState.WEAKENED) {
                swatch = Palette.weakened();
            } else if (failure == FailureState.FAILED) {
                swatch = Palette.context(); // a ghost: grey caption and text, whatever the stage
            }
            boolean emphasised = selection.emphasised().contains(node.id());
            StringBuilder classes = new StringBuilder("toc-node kind-" + node.kind().word());
            if (node.horizon() != null) {
                classes.append(" horizon-").append(node.horizon().word());
            }
            if (progress != null) {
                classes.append(" status-").append(progress.status().label().replace(' ', '-'));
            }
            if (!focus) {
                classes.append(" toc-context");
            }
            boolean backboneOnly = backboneOnly(node);
            if (backboneOnly) {
                classes.append(" toc-backbone-only");
            }
            DotBuilder.Attributes attributes = DotBuilder.attributes()
                    .text("id", "node-" + node.id())
                    .text("class", classes.toString())
                    .text("style", Palette.style(node) + swatch.border().graphvizStyle().map(b -> "," + b).orElse(""))
                    .text("fillcolor", swatch.fill())
                    .text("color", emphasised ? "#000000" : swatch.line())
                    .text("fontcolor", swatch.text());
            if (emphasised) {
                attributes.number("penwidth", 3);
            } else if (backboneOnly) {
                attributes.number("peripheries", 2);
            } else if (node.kind() == NodeKind.IMPACT) {
                attributes.number("penwidth", 2);
            }
            if (failure != null) {
                markFailure(attributes, failure, swatch, classes);
            }
            ChangeMark change = options.changes().get(node.id());
            if (change != null) {
                markChange(attributes, change, classes);
            }
            attributes.html("label", nodeLabel(node, focus, progress, swatch))
                    .text("tooltip", nodeTooltip(node, progress));
            dot.node(node.id(), attributes);
        }

        /**
         * The what-if overlay, told apart in greyscale too: a result that fails is a ghost (white,
         * dashed grey border, grey text), a weakened one white with a thick brown border and a
         * "◐ weakened" band along its foot ({@link #nodeLabel}): no pattern runs under its text, and its
         * kind is still in the caption.
         */
        private void markFailure(DotBuilder.Attributes attributes, FailureState failure, Palette.Swatch swatch,
                                 StringBuilder classes) {
            classes.append(" what-if-").append(failure.id());
            attributes.text("class", classes.toString());
            switch (failure) {
                case FAILED -> attributes.text("style", "filled,rounded,dashed").text("fillcolor", "#ffffff")
                        .text("color", Palette.CONTEXT_LINE).text("fontcolor", Palette.CONTEXT_TEXT);
                case WEAKENED -> attributes.number("penwidth", 3);
                case STANDS -> { }
            }
        }

        /**
         * The diff overlay, told apart in greyscale too: added thick, changed and renamed with a
         * double border, removed dashed and faded (a ghost of the old version).
         */
        private void markChange(DotBuilder.Attributes attributes, ChangeMark change, StringBuilder classes) {
            classes.append(" diff-").append(change.type().word());
            attributes.text("class", classes.toString());
            switch (change.type()) {
                case ADDED -> attributes.text("color", Palette.DIFF_ADDED).number("penwidth", 3);
                case CHANGED, RENAMED -> attributes.text("color", Palette.DIFF_CHANGED).number("penwidth", 2)
                        .number("peripheries", 2);
                case REMOVED -> attributes.text("style", "rounded,dashed,filled").text("fillcolor", "#ffffff")
                        .text("color", Palette.DIFF_REMOVED).text("fontcolor", Palette.DIFF_REMOVED);
            }
        }

        private String nodeLabel(Node node, boolean focus, NodeStatus progress, Palette.Swatch swatch) {
            StringBuilder rows = new StringBuilder();
            rows.append("<TR><TD><FONT POINT-SIZE=\"8\" COLOR=\"").append(swatch.caption()).append("\">")
                    .append(DotText.html(node.id() + " \u00b7 " + Palette.kindName(node))).append("</FONT></TD></TR>");
            String title = node.shortTitle().isBlank() ? node.id() : node.shortTitle();
            int width = Math.min(TITLE_WIDTH_MAX, Math.max(TITLE_WIDTH, (DotText.columns(title) + 5) / 6 + 3));
            String titleHtml = DotText.htmlLines(DotText.wrap(title, width, TITLE_LINES));
            rows.append("<TR><TD>").append(titleHtml).append("</TD></TR>");
            if (backboneOnly(node)) {
                rows.append("<TR><TD><FONT POINT-SIZE=\"8\" COLOR=\"").append(swatch.caption())
                        .append("\"><I>backbone only</I></FONT></TD></TR>");
            }
            if (progress != null) {
                rows.append("<TR><TD><FONT POINT-SIZE=\"10\"><B>")
                        .append(DotText.html(StatusStyle.of(progress.status()).icon() + " " + progress.label()))
                        .append("</B></FONT></TD></TR>");
            }
            ChangeMark change = options.changes().get(node.id());
            if (change != null && !change.note().isEmpty()) {
                rows.append("<TR><TD><FONT POINT-SIZE=\"9\"><I>")
                        .append(DotText.htmlLines(DotText.wrap(change.note(), TITLE_WIDTH, 2))).append("</I></FONT></TD></TR>");
            }
            List<String> badges = focus ? badges(node.assumptions()) : List.of();
            if (!badges.isEmpty()) {
                // plain ids: a nested table of boxes would be stretched to the node's width; a failing
                // assumption is crossed and bold, as its badge is
                String numbers = String.join(", ", badges.stream().map(a -> failing(a)
                        ? "<B>" + DotText.html(AssumptionBadge.failingLabel(a)) + "</B>" : DotText.html(a)).toList());
                rows.append("<TR><TD><FONT POINT-SIZE=\"9\" COLOR=\"").append(swatch.caption()).append("\">")
                        .append(badges.size() == 1 ? "assumption " : "assumptions ").append(numbers)
                        .append("</FONT></TD></TR>");
            }
            if (focus && options.failures().get(node.id()) == FailureState.WEAKENED) {
                rows.append("<TR><TD BGCOLOR=\"").append(Palette.WEAKENED_BAND).append("\"><FONT POINT-SIZE=\"9\" COLOR=\"")
                        .append(Palette.INK).append("\"><B>").append(DotText.html(Palette.WEAKENED_MARK + " weakened"))
                        .append("</B></FONT></TD></TR>");
            }
            if (options.indicators() && !node.indicators().isEmpty()) {
                List<String> lines = new ArrayList<>();
                for (String id : node.indicators()) {
                    Indicator indicator = theory.indicators().get(id);
                    if (indicator != null) {
                        List<String> wrapped = DotText.wrap(indicatorLine(indicator), 34, 3);
                        for (int i = 0; i < wrapped.size(); i++) {
                            lines.add((i == 0 ? "\u2022 " : "   ") + wrapped.get(i));
                        }
                    }
                }
                if (!lines.isEmpty()) {
                    rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\" COLOR=\"")
                            .append(swatch.caption()).append("\">").append(DotText.htmlLines(lines))
                            .append("</FONT></TD></TR>");
                }
            }
            return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows + "</TABLE>";
        }

        /** In the network view: a result every actor of which is a backbone actor (docs/network.md). */
        private boolean backboneOnly(Node node) {
            return options.groupBy().network() && theory.restsOnBackboneAlone(node);
        }

        private static String indicatorLine(Indicator indicator) {
            StringBuilder line = new StringBuilder(indicator.title().isBlank() ? indicator.id() : indicator.title());
            if (indicator.target() != null) {
                line.append(" (target ").append(indicator.target().value()).append(" by ")
                        .append(indicator.target().date()).append(')');
            }
            return line.toString();
        }

        /** Whether this is an assumption that fails in the what-if overlay. */
        private boolean failing(String id) {
            return theory.assumptions().containsKey(id) && options.failures().get(id) == FailureState.FAILED;
        }

        /** The ids of the badged assumptions among these, once each, in the order given. */
        private List<String> badges(List<String> assumptions) {
            return assumptions.stream().filter(badged::contains).distinct().toList();
        }

        /** Risk-coloured boxes labelled with the assumptions' ids: an edge label. */
        private String badgeTable(List<String> assumptions) {
            StringBuilder cells = new StringBuilder();
            for (String a : badges(assumptions)) {
                cells.append(AssumptionBadge.cell(a, theory.assumptions().get(a).risk(), failing(a)));
            }
            return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\"><TR>" + cells
                    + "</TR></TABLE>";
        }

        private String nodeTooltip(Node node, NodeStatus progress) {
            List<String> parts = new ArrayList<>();
            parts.add(Palette.kindName(node) + " " + node.id() + ": " + node.title());
            if (!node.description().isBlank()) {
                parts.add(node.description().strip());
            }
            if (progress != null) {
                parts.add("Progress: " + progress.label());
            }
            List<String> who = new ArrayList<>();
            if (node.owner() != null) {
                who.add("owner: " + actorName(node.owner()));
            }
            if (!node.contributors().isEmpty()) {
                who.add("by: " + String.join(", ", node.contributors().stream().map(this::actorName).toList()));
            }
            if (!who.isEmpty()) {
                parts.add(capitalise(String.join("; ", who)));
            }
            List<String> indicators = new ArrayList<>();
            for (String id : node.indicators()) {
                Indicator indicator = theory.indicators().get(id);
                if (indicator != null) {
                    StringBuilder line = new StringBuilder("\u2022 ").append(indicator.title().isBlank() ? id : indicator.title());
                    if (indicator.baseline() != null) {
                        line.append("; baseline ").append(indicator.baseline().value()).append(" (")
                                .append(indicator.baseline().date()).append(')');
                    }
                    if (indicator.target() != null) {
                        line.append("; target ").append(indicator.target().value()).append(" by ")
                                .append(indicator.target().date());
                    }
                    indicators.add(line.toString());
                }
            }
            if (!indicators.isEmpty()) {
                parts.add("Indicators:\n" + String.join("\n", indicators));
            }
            List<String> assumptions = assumptionLines(node.assumptions());
            if (!assumptions.isEmpty()) {
                parts.add("Assumes:\n" + String.join("\n", assumptions));
            }
            return String.join("\n", parts);
        }

        private String actorName(String id) {
            Actor actor = theory.actors().get(id);
            return actor == null ? id : actor.name();
        }

        private List<String> assumptionLines(List<String> ids) {
            List<String> lines = new ArrayList<>();
            for (String id : ids) {
                Assumption a = theory.assumptions().get(id);
                if (a != null) {
                    lines.add((badged.contains(id) ? id + ": " : "\u2022 ") + a.text()
                            + (a.risk() == null ? "" : " (" + a.risk().word() + " risk)"));
                }
            }
            return lines;
        }

        // ---------------------------------------------------------------- ranks and links

        /**
         * One invisible node per stage of the results chain, chained in order, and every node in
         * the same rank as its stage: the stages stay in order even where no link says so.
         */
        private void writeStages() {
            Map<Integer, List<String>> byStage = new TreeMap<>();
            nodes.forEach(n -> byStage.computeIfAbsent(n.rank(), r -> new ArrayList<>()).add(n.id()));
            String previous = null;
            for (Map.Entry<Integer, List<String>> stage : byStage.entrySet()) {
                String stageNode = STAGE_NODE + stage.getKey();
                dot.node(stageNode, DotBuilder.attributes().text("style", "invis").text("label", "")
                        .number("width", 0).number("height", 0).text("fixedsize", "true"));
                List<String> members = new ArrayList<>();
                members.add(stageNode);
                members.addAll(stage.getValue());
                dot.sameRank(members);
                if (previous != null) {
                    dot.edge(previous, stageNode, DotBuilder.attributes().text("style", "invis"));
                }
                previous = stageNode;
            }
        }

        private void writeLinks() {
            Map<String, Integer> ids = new HashMap<>();
            for (Link link : links) {
                boolean focus = focus(link) && focus(theory.nodes().get(link.from())) && focus(theory.nodes().get(link.to()));
                Node from = theory.nodes().get(link.from());
                Node to = theory.nodes().get(link.to());
                String id = "link-" + link.from() + "--" + link.to();
                int seen = ids.merge(id, 1, Integer::sum);
                StringBuilder classes = new StringBuilder("toc-link");
                DotBuilder.Attributes attributes = DotBuilder.attributes().text("id", seen == 1 ? id : id + "-" + seen);
                List<String> styles = new ArrayList<>();
                if (link.feedback()) {
                    styles.add("dotted");
                    classes.append(" feedback");
                } else if (link.strength() == Level.LOW || link.inferred()) {
                    styles.add("dashed");
                }
                if (link.inferred()) {
                    // an open arrowhead tells an inferred link from a weak one, also in greyscale
                    classes.append(" inferred");
                    attributes.text("arrowhead", "empty");
                }
                List<DrawnTransition> carried = focus ? transitionsByCarrier.getOrDefault(link.key(), List.of()) : List.of();
                if (!carried.isEmpty()) {
                    classes.append(" transition");
                }
                if (!focus) {
                    classes.append(" toc-context");
                }
                attributes.text("class", classes.toString());
                if (!styles.isEmpty()) {
                    attributes.text("style", String.join(",", styles));
                }
                ChangeMark change = options.changes().get(link.key());
                if (change != null) {
                    classes.append(" diff-").append(change.type().word());
                    attributes.text("class", classes.toString());
                    if (change.type() == ChangeType.REMOVED) {
                        styles.add("dashed");
                    }
                }
                if (!styles.isEmpty()) {
                    attributes.text("style", String.join(",", styles));
                }
                if (!focus) {
                    attributes.text("color", Palette.CONTEXT_LINE);
                } else if (link.strength() == Level.HIGH) {
                    attributes.number("penwidth", 2.4);
                }
                if (focus && options.failures().get(link.key()) == FailureState.FAILED) {
                    classes.append(" what-if-broken");
                    attributes.text("class", classes.toString()).text("color", Palette.CONTEXT_LINE)
                            .text("style", link.feedback() ? "dotted" : "dashed");
                }
                if (change != null) {
                    attributes.text("color", switch (change.type()) {
                        case ADDED -> Palette.DIFF_ADDED;
                        case REMOVED -> Palette.DIFF_REMOVED;
                        case CHANGED, RENAMED -> Palette.DIFF_CHANGED;
                    });
                    attributes.number("penwidth", change.type() == ChangeType.REMOVED ? 1 : 2.4);
                }
                if (link.feedback() || to.rank() < from.rank()) {
                    attributes.text("constraint", "false");
                }
                String label = focus ? linkLabel(link, carried) : "";
                if (!label.isEmpty()) {
                    attributes.html("label", label);
                }
                attributes.text("tooltip", linkTooltip(link, from, to));
                dot.edge(link.from(), link.to(), attributes);
            }
        }

        /**
         * The link's own assumption badges, and, on the link that carries a transition, the
         * transition's badges once, captioned with the number of links they hold for (the legend
         * names the transition: a caption as wide as its ends would spread the badges apart).
         */
        private String linkLabel(Link link, List<DrawnTransition> carried) {
            boolean own = !badges(link.assumptions()).isEmpty();
            if (carried.isEmpty()) {
                return own ? badgeTable(link.assumptions()) : "";
            }
            StringBuilder rows = new StringBuilder();
            if (own) {
                rows.append("<TR><TD>").append(badgeTable(link.assumptions())).append("</TD></TR>");
            }
            for (DrawnTransition d : carried) {
                if (badges(d.transition().assumptions()).isEmpty()) {
                    continue;
                }
                rows.append("<TR><TD><FONT POINT-SIZE=\"8\" COLOR=\"").append(Palette.MUTED).append("\">")
                        .append(DotText.html(d.drawnLinks() == 1 ? "transition:" : "all " + d.drawnLinks() + " links:"))
                        .append("</FONT></TD></TR><TR><TD>").append(badgeTable(d.transition().assumptions()))
                        .append("</TD></TR>");
            }
            return rows.length() == 0 ? "" : "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                    + rows + "</TABLE>";
        }

        private String linkTooltip(Link link, Node from, Node to) {
            List<String> parts = new ArrayList<>();
            parts.add(from.title() + " \u2192 " + to.title());
            List<String> facts = new ArrayList<>();
            if (link.kind() != null) {
                facts.add(link.kind().word());
            }
            if (link.strength() != null) {
                facts.add(link.strength().word() + " strength");
            }
            if (link.feedback()) {
                facts.add("feedback");
            }
            if (link.inferred()) {
                facts.add("inferred: not stated in the source" + (link.inferredBasis().isBlank() ? ""
                        : "; " + link.inferredBasis().strip()));
            }
            if (!facts.isEmpty()) {
                parts.add(capitalise(String.join(", ", facts)));
            }
            if (!link.rationale().isBlank()) {
                parts.add("Why: " + link.rationale().strip());
            }
            List<String> assumptions = assumptionLines(link.assumptions());
            if (!assumptions.isEmpty()) {
                parts.add("Assumes:\n" + String.join("\n", assumptions));
            }
            for (Transition transition : theory.transitions()) {
                List<String> lines = assumptionLines(transition.assumptions());
                if (transition.links().contains(link.key()) && !lines.isEmpty()) {
                    parts.add("Assumes, with every link " + transition.display() + ":\n" + String.join("\n", lines));
                }
            }
            return String.join("\n", parts);
        }

        private static String capitalise(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }

    /** A transition as drawn: the link that carries its badges, and how many of its links are drawn. */
    record DrawnTransition(Transition transition, String carrier, int drawnLinks) {
    }
}
