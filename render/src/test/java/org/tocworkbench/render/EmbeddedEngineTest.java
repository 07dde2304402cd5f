package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine (viz.js in V8), used whether or not {@code dot} is installed. Each drawing
 * costs about a second, so these tests are few: every theory once, one PNG and one PDF.
 */
class EmbeddedEngineTest {
    private static EmbeddedEngine engine;
    private final DiagramRenderer renderer = new DiagramRenderer();

    @BeforeAll
    static void start() {
        assumeTrue(EmbeddedEngine.availableOnThisPlatform(), "J2V8 is not built for this platform");
        engine = new EmbeddedEngine(96, Duration.ofMinutes(5));
    }

    @Test
    void acceptsTheDotOfEveryTheoryAndDrawsOneSvgElementPerNode() throws Exception {
        for (RenderFixtures.Subject s : RenderFixtures.subjects()) {
            byte[] svg = renderer.render(s.theory(), DiagramOptions.DEFAULT, DiagramFormat.SVG, engine);
            RenderFixtures.assertSvgHasOneElementPerNode(svg, s.theory().nodes().size(), s.name());
        }
    }

    @Test
    void drawsTheSameSvgForTheSameDotWhateverWasDrawnBefore() throws Exception {
        String first = renderer.dot(RenderFixtures.subject("maternal-health-network.toc").theory(), DiagramOptions.DEFAULT);
        String other = renderer.dot(RenderFixtures.subject("youth-employment-coalition.toc").theory(),
                DiagramOptions.DEFAULT.withDirection(RankDirection.BT).withGroupBy(GroupBy.ACTOR));
        String before = engine.svg(first);
        engine.svg(other);
        assertEquals(before, engine.svg(first));
    }

    @Test
    void drawsPngAndPdfWithSensibleSizes() throws Exception {
        RenderFixtures.Subject s = RenderFixtures.subject("maternal-health-network.toc");
        int[] png = RenderFixtures.pngSize(renderer.render(s.theory(), DiagramOptions.DEFAULT, DiagramFormat.PNG, engine));
        RenderFixtures.assertSensible(png[0], png[1], "PNG");
        float[] pdf = RenderFixtures.pdfSize(renderer.render(s.theory(), DiagramOptions.DEFAULT, DiagramFormat.PDF, engine));
        RenderFixtures.assertSensible(Math.round(pdf[0]), Math.round(pdf[1]), "PDF");
        // 96 dpi: the PNG is 4/3 of the page size in points
        assertEquals(pdf[0] * 96 / 72, png[0], 0.02 * png[0], "PNG and PDF of the same layout");
    }

    @Test
    void aDrawingThatTakesLongerThanTheTimeoutIsStoppedWithAMessage() {
        EmbeddedEngine impatient = new EmbeddedEngine(96, Duration.ofMillis(1));
        RenderException e = org.junit.jupiter.api.Assertions.assertThrows(RenderException.class,
                () -> impatient.svg("digraph { a -> b }"));
        assertTrue(e.getMessage().contains("took longer than") && e.getMessage().contains("install Graphviz"),
                e.getMessage());
    }

    @Test
    void keepsAwkwardTitlesIntactAndInjectsNoMarkup() throws Exception {
        RenderFixtures.Subject s = RenderFixtures.subject("awkward-titles.toc");
        byte[] svg = renderer.render(s.theory(), DiagramOptions.DEFAULT, DiagramFormat.SVG, engine);
        var document = RenderFixtures.parseSvg(svg);
        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength(), "no script element");
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("back\\slash, <tags> & {braces}"), "title as written");
        assertTrue(text.contains("&lt;entities&gt;"), "entities in the source stay text");
        assertFalse(new String(svg, StandardCharsets.UTF_8).contains("<img"), "no img element");
    }
}
