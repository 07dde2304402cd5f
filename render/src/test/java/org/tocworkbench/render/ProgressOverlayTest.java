package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The overlay the evaluator will pass: statuses and percentages made by hand here. */
class ProgressOverlayTest {
    private final DiagramRenderer renderer = new DiagramRenderer();
    private final RenderFixtures.Subject maternal = RenderFixtures.subject("maternal-health-network.toc");

    private static Map<String, NodeStatus> overlay() {
        Map<String, NodeStatus> statuses = new LinkedHashMap<>();
        statuses.put("I", NodeStatus.of(ProgressStatus.ON_TRACK, 62.5));
        statuses.put("L1", NodeStatus.of(ProgressStatus.OFF_TRACK, 12));
        statuses.put("L3", NodeStatus.of(ProgressStatus.AT_RISK, 40));
        statuses.put("M2", NodeStatus.of(ProgressStatus.NO_DATA));
        statuses.put("S3", NodeStatus.of(ProgressStatus.ACHIEVED, 104.4));
        statuses.put("S6", NodeStatus.of(ProgressStatus.NOT_STARTED, 0));
        statuses.put("ghost", NodeStatus.of(ProgressStatus.ACHIEVED, 100));
        return statuses;
    }

    @Test
    void statusesColourTheNodesAndLabelTheirPercentages() throws Exception {
        String dot = renderer.dot(maternal.theory(), DiagramOptions.DEFAULT.withProgress(overlay(), "2025-06-30"));
        DiagramGoldenTest.check(RenderFixtures.GOLDEN.resolve("progress").resolve("maternal-overlay.dot"), dot);
        String l1 = line(dot, "\"L1\" [");
        assertTrue(l1.contains("fillcolor=\"#d55e00\""), l1);
        assertTrue(l1.contains("✖ off track · 12%"), l1);
        assertTrue(l1.contains("status-off-track"), l1);
        assertTrue(line(dot, "\"I\" [").contains("on track · 63%"), "percent rounded");
        assertTrue(line(dot, "\"S3\" [").contains("achieved · 104%"), "over-achievement shown as it is");
        assertTrue(line(dot, "\"M2\" [").contains("filled,rounded,dashed"), "no data: dashed border");
        assertTrue(line(dot, "\"M2\" [").contains(">? no data<"), "no data: said, with no percentage");
        assertTrue(line(dot, "\"S6\" [").contains("filled,rounded,dotted"), "not started: dotted border");
        assertTrue(line(dot, "\"A1\" [").contains("fillcolor=\"#ffffff\""), "nodes with no status are white");
        assertTrue(dot.contains(">No status<") && !dot.contains(">Activity<"), "the key shows statuses, not kinds");
        assertFalse(dot.contains("ghost"), "ids that are not nodes are ignored");
        assertTrue(dot.contains("Progress as of 2025-06-30"), "the legend says when");
        for (String status : new String[] {"✔ Achieved", "● On track", "▲ At risk", "✖ Off track", "? No data",
            "○ Not started"}) {
            assertTrue(dot.contains(">" + status + "<"), "legend swatch " + status);
        }
    }

    @Test
    void nodesOutsideTheViewStayGreyWhateverTheirStatus() throws ViewException {
        String dot = renderer.dot(maternal.theory(), DiagramOptions.DEFAULT.withProgress(overlay(), "")
                .withView(new View.OfPathway("skills")));
        String l1 = line(dot, "\"L1\" [");
        assertTrue(l1.contains("fillcolor=\"#f4f4f4\"") && !l1.contains("off track"), l1);
        assertTrue(line(dot, "\"L3\" [").contains("at risk · 40%"), "in the view: coloured");
        assertFalse(dot.contains("Off track<"), "the legend lists only statuses shown");
    }

    @Test
    void aStatusWithoutAPercentageAndAnUnusablePercentageShowTheStatusOnly() {
        assertEquals("no data", NodeStatus.of(ProgressStatus.NO_DATA).label());
        assertNull(new NodeStatus(ProgressStatus.AT_RISK, Double.NaN).percent());
        assertEquals("at risk · -5%", NodeStatus.of(ProgressStatus.AT_RISK, -5.2).label());
    }

    @Test
    void theSvgCarriesTheStatusFillAndClassForReports() throws Exception {
        var engine = RenderFixtures.requiredNativeEngine();
        byte[] svg = renderer.render(maternal.theory(), DiagramOptions.DEFAULT.withProgress(overlay(), "2025-06-30"),
                DiagramFormat.SVG, engine);
        Element l1 = RenderFixtures.svgNodes(RenderFixtures.parseSvg(svg)).stream()
                .filter(e -> e.getAttribute("id").equals("node-L1")).findFirst().orElseThrow();
        assertTrue(l1.getAttribute("class").contains("status-off-track"), l1.getAttribute("class"));
        assertTrue(RenderFixtures.serialise(l1).contains("fill=\"#d55e00\""), "filled with the status colour");
    }

    private static String line(String dot, String start) {
        return dot.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + start));
    }
}
