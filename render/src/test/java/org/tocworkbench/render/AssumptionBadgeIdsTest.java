package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.report.HtmlReportWriter;

/**
 * Issue 15.7: an assumption's badge says the assumption's own id, the same in every view
 * (whole, pathway, actor, function, focus, progress overlay), in the legend and in the report's
 * assumptions table. Numbering by first use gave AS5 the badge 1 in one view and AS6 in another.
 */
class AssumptionBadgeIdsTest {
    /** A badge cell in DOT: the badge's line colour, then its text. */
    private static final Pattern DOT_BADGE = Pattern.compile("COLOR=\"" + Palette.BADGE_LINE
            + "\" BGCOLOR=\"#[0-9a-f]{6}\"><FONT POINT-SIZE=\"9\" COLOR=\"#[0-9a-f]{6}\">([^<]+)</FONT>");
    private static final Pattern DOT_EDGE = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\" \\[id=\"([^\"]+)\"");
    /** "assumption AS1" or "assumptions AS1, AS3" in a node's label. */
    private static final Pattern NODE_BADGES = Pattern.compile(">assumptions? ([^<]+)</FONT>");

    private final DiagramRenderer renderer = new DiagramRenderer();

    @Test
    void everyBadgeInEveryViewIsTheAssumptionsOwnId() throws Exception {
        int badgesSeen = 0;
        for (RenderFixtures.Subject subject : RenderFixtures.subjects()) {
            Theory theory = subject.theory();
            List<DiagramOptions> views = new ArrayList<>();
            RenderFixtures.cases(subject).forEach(c -> views.add(c.options()));
            views.add(DiagramOptions.DEFAULT.withProgress(allOnTrack(theory), "2026-06-30"));
            Map<String, Set<String>> badgesByLink = new HashMap<>();
            for (DiagramOptions options : views) {
                String dot = renderer.dot(theory, options);
                String what = subject.name() + " " + options.view();
                Set<String> drawn = new LinkedHashSet<>();
                for (String line : dot.lines().toList()) {
                    Matcher edge = DOT_EDGE.matcher(line);
                    Set<String> badges = badges(line);
                    drawn.addAll(badges);
                    if (!edge.find() || badges.isEmpty()) {
                        continue;
                    }
                    badgesSeen += badges.size();
                    Link link = theory.links().stream()
                            .filter(l -> l.from().equals(edge.group(1)) && l.to().equals(edge.group(2)))
                            .findFirst().orElseThrow();
                    Set<String> own = new LinkedHashSet<>(link.assumptions());
                    own.retainAll(theory.assumptions().keySet());
                    assertTrue(badges.containsAll(own), what + ": link " + link.key() + " shows " + badges
                            + ", its assumptions are " + own);
                    Set<String> before = badgesByLink.putIfAbsent(edge.group(3), badges);
                    assertTrue(before == null || before.equals(badges), what + ": link " + link.key()
                            + " shows " + badges + " here and " + before + " in another view");
                }
                Matcher inNodes = NODE_BADGES.matcher(dot);
                while (inNodes.find()) {
                    drawn.addAll(List.of(inNodes.group(1).split(", ")));
                }
                assertTrue(theory.assumptions().keySet().containsAll(drawn),
                        what + ": badges " + drawn + " are not all assumption ids " + theory.assumptions().keySet());
                List<String> legend = legendBadges(dot);
                List<String> inTheoryOrder = theory.assumptions().keySet().stream().filter(drawn::contains).toList();
                assertEquals(inTheoryOrder, legend, what + ": the legend lists the badges drawn, in the theory's order");
            }
        }
        assertTrue(badgesSeen > 50, "the corpus has badges to check: " + badgesSeen);
    }

    @Test
    void theReportsDiagramAndItsAssumptionsTableUseTheSameIds() throws Exception {
        Path file = RenderFixtures.SAMPLES.resolve("pandemic-preparedness/pandemic.toc");
        Theory theory = RenderFixtures.subject("sample-pandemic", file).theory();
        Evaluation evaluation = MonitoringEvaluation.evaluate(theory, MonitoringEvaluation.boundRequests(theory),
                null, StatusBands.DEFAULT, read -> { });
        RenderFixtures.requiredNativeEngine();
        String html = new HtmlReportWriter(new ProgressOverlayDiagram()).render(evaluation);

        String table = html.substring(html.indexOf("<section id=\"assumptions\">"));
        table = table.substring(0, table.indexOf("</section>"));
        Set<String> tableIds = new TreeSet<>();
        Matcher code = Pattern.compile("<tr><td[^>]*><code>([^<]+)</code>").matcher(table);
        while (code.find()) {
            tableIds.add(code.group(1));
        }
        assertEquals(new TreeSet<>(theory.assumptions().keySet()), tableIds, "the report's table lists every assumption by id");

        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        Set<String> diagramIds = new TreeSet<>();
        Matcher badge = Pattern.compile("stroke=\"" + Palette.BADGE_LINE + "\"[^>]*/>\\s*<text[^>]*>([^<]+)</text>")
                .matcher(svg);
        while (badge.find()) {
            diagramIds.add(badge.group(1));
        }
        assertFalse(diagramIds.isEmpty(), "the report's diagram has badges");
        assertTrue(tableIds.containsAll(diagramIds), "diagram badges " + diagramIds + " are ids of the table " + tableIds);
        for (String id : diagramIds) {
            assertTrue(svg.contains(">" + id + "</text>"), id);
        }
    }

    /** Badge texts on one DOT line, in order. */
    private static Set<String> badges(String line) {
        Set<String> badges = new LinkedHashSet<>();
        Matcher m = DOT_BADGE.matcher(line);
        while (m.find()) {
            badges.add(m.group(1));
        }
        return badges;
    }

    /** The badges of the legend's assumption list, in order. */
    private static List<String> legendBadges(String dot) {
        String legend = dot.lines().filter(l -> l.strip().startsWith("label=<") && l.contains("<B>Assumptions</B>"))
                .findFirst().orElse("");
        int from = legend.indexOf("<B>Assumptions</B>");
        return from < 0 ? List.of() : List.copyOf(badges(legend.substring(from)));
    }

    private static Map<String, NodeStatus> allOnTrack(Theory theory) {
        Map<String, NodeStatus> overlay = new LinkedHashMap<>();
        theory.nodes().keySet().forEach(id -> overlay.put(id, NodeStatus.of(ProgressStatus.ON_TRACK, 50)));
        return overlay;
    }
}
