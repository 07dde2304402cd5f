package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Level;
import org.w3c.dom.Element;

/**
 * Issue 15.8: statuses must be told apart without colour, and assumption badges must not look
 * like statuses. Checked on the styles and on the SVG that Graphviz draws: each status node's
 * fill converted to a grey level (luma), its border style and its icon.
 */
class GreyscaleStatusesTest {
    /** The four rated statuses differ by at least this many grey levels (of 255). */
    private static final int RATED_MARGIN = 30;
    /** Any two statuses differ by at least this many grey levels, or by their border. */
    private static final int ANY_MARGIN = 20;
    private static final List<ProgressStatus> RATED = List.of(ProgressStatus.ACHIEVED, ProgressStatus.ON_TRACK,
            ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK);

    @Test
    void statusesDifferInGreyBorderAndIcon() {
        Set<String> icons = new HashSet<>();
        for (ProgressStatus a : ProgressStatus.values()) {
            StatusStyle sa = StatusStyle.of(a);
            assertTrue(icons.add(sa.icon()), "icon of " + a + " is used twice");
            assertTrue(sa.label().endsWith(a.label()), "the word is written: " + sa.label());
            for (ProgressStatus b : ProgressStatus.values()) {
                if (a.ordinal() >= b.ordinal()) {
                    continue;
                }
                StatusStyle sb = StatusStyle.of(b);
                int grey = Math.abs(sa.greyLevel() - sb.greyLevel());
                if (RATED.contains(a) && RATED.contains(b)) {
                    assertTrue(grey >= RATED_MARGIN, a + " and " + b + " differ by " + grey + " grey levels");
                }
                assertTrue(grey >= ANY_MARGIN || sa.border() != sb.border(),
                        a + " and " + b + " look alike in greyscale: " + grey + " grey levels, both " + sa.border());
            }
        }
    }

    @Test
    void assumptionBadgesAreOutOfTheStatusPalette() {
        Set<String> statusColours = new HashSet<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            Palette.Swatch swatch = Palette.status(s);
            statusColours.add(swatch.fill());
            statusColours.add(swatch.line());
        }
        statusColours.remove("#ffffff"); // unrated badges and "no data" are both white; the border tells them apart
        for (Level risk : new Level[] {null, Level.LOW, Level.MEDIUM, Level.HIGH}) {
            String fill = Palette.risk(risk);
            assertFalse(statusColours.contains(fill), "badge fill " + fill + " is a status colour");
            if (risk != null) {
                assertTrue(isPurple(fill), "badge fill " + fill + " is on the purple scale");
            }
        }
        assertFalse(statusColours.contains(Palette.BADGE_LINE), "badge border is a status colour");
        for (ProgressStatus s : ProgressStatus.values()) {
            assertFalse(isPurple(Palette.status(s).fill()), s + " is purple, the badges' hue");
        }
    }

    @Test
    void theDrawnStatusesDifferInGreyscale() throws Exception {
        RenderFixtures.Subject maternal = RenderFixtures.subject("maternal-health-network.toc");
        Map<String, NodeStatus> overlay = new LinkedHashMap<>();
        String[] nodes = {"S3", "I", "L3", "L1", "M2", "S6"};
        for (ProgressStatus status : ProgressStatus.values()) {
            overlay.put(nodes[status.ordinal()], NodeStatus.of(status, 40));
        }
        byte[] svg = new DiagramRenderer().render(maternal.theory(), DiagramOptions.DEFAULT.withProgress(overlay, "2026-06-30"),
                DiagramFormat.SVG, RenderFixtures.requiredNativeEngine());
        Map<ProgressStatus, Integer> grey = new EnumMap<>(ProgressStatus.class);
        Map<ProgressStatus, String> dashes = new EnumMap<>(ProgressStatus.class);
        for (Element node : RenderFixtures.svgNodes(RenderFixtures.parseSvg(svg))) {
            String id = node.getAttribute("id").replace("node-", "");
            for (ProgressStatus status : ProgressStatus.values()) {
                if (!id.equals(nodes[status.ordinal()])) {
                    continue;
                }
                String shape = RenderFixtures.serialise(node);
                Matcher fill = Pattern.compile("<(?:path|polygon)[^>]*fill=\"(#[0-9a-f]{6})\"").matcher(shape);
                assertTrue(fill.find(), shape);
                grey.put(status, StatusStyle.greyLevel(fill.group(1)));
                Matcher dash = Pattern.compile("<(?:path|polygon)[^>]*stroke-dasharray=\"([^\"]+)\"").matcher(shape);
                dashes.put(status, dash.find() ? dash.group(1) : "solid");
                assertTrue(shape.contains(StatusStyle.of(status).icon() + " " + status.label()),
                        status + ": icon and word in the node");
            }
        }
        assertEquals(ProgressStatus.values().length, grey.size(), "every status drawn: " + grey);
        for (ProgressStatus a : ProgressStatus.values()) {
            for (ProgressStatus b : ProgressStatus.values()) {
                if (a.ordinal() < b.ordinal()) {
                    int difference = Math.abs(grey.get(a) - grey.get(b));
                    assertTrue(difference >= ANY_MARGIN || !dashes.get(a).equals(dashes.get(b)),
                            a + " and " + b + " as drawn: " + difference + " grey levels apart, borders "
                                    + dashes.get(a) + " and " + dashes.get(b));
                }
            }
        }
        Set<String> statusFills = new HashSet<>();
        overlay.values().forEach(s -> statusFills.add(Palette.status(s.status()).fill()));
        statusFills.remove("#ffffff");
        // Graphviz draws a table cell's fill, then its border
        Matcher badge = Pattern.compile("<polygon fill=\"(#[0-9a-f]{6})\" stroke=\"transparent\"[^>]*/>\\s*"
                + "<polygon fill=\"none\" stroke=\"" + Palette.BADGE_LINE + "\"")
                .matcher(new String(svg, StandardCharsets.UTF_8));
        int badges = 0;
        while (badge.find()) {
            badges++;
            assertFalse(statusFills.contains(badge.group(1)), "a badge is filled with a status colour: " + badge.group(1));
        }
        assertTrue(badges > 0, "the drawing has badges");
    }

    /** Hue between 240° and 300°, with some saturation. */
    private static boolean isPurple(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        float[] hsb = java.awt.Color.RGBtoHSB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, null);
        float hue = hsb[0] * 360;
        return hsb[1] > 0.02 && hue >= 240 && hue <= 300;
    }
}
