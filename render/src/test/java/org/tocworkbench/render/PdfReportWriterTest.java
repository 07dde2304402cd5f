package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** How the HTML report is handed to openhtmltopdf (the pages themselves are tested in the cli's PdfReportTest). */
class PdfReportWriterTest {
    @Test
    void printRulesAreUnwrappedAndOtherMediaLeftOut() {
        String css = "a { color: red; }\n@media screen and (max-width: 640px) { a { color: blue; } b:has(> svg) { x: y; } }\n"
                + "@media print { a { color: black; } }\n@page { size: A4; @bottom-right { content: counter(page); } }";
        String printed = PdfReportWriter.forPrint(css);
        assertFalse(printed.contains("blue") || printed.contains(":has"), printed);
        assertTrue(printed.indexOf("color: red") < printed.indexOf("color: black"), printed);
        assertFalse(printed.contains("@media"), printed);
        assertTrue(printed.contains("@bottom-right { content: counter(page); }"), printed);
    }

    @Test
    void customPropertiesAreReplacedByTheirValues() {
        assertEquals(":root { --ink:#111; --line: #ddd; } a { color: #111; border: 1px solid #ddd; b: inherit; }",
                PdfReportWriter.resolveVariables(":root { --ink:#111; --line: #ddd; } a { color: var(--ink); "
                        + "border: 1px solid var(--line); b: var(--nothing); }"));
    }

    @Test
    void chartRulesBecomeAttributesOfTheChartsElements() {
        Document html = PdfReportWriter.parse("<html><head></head><body><svg class=\"trend\" viewBox=\"0 0 10 10\">"
                + "<line class=\"axis\"/><circle class=\"dot s-at-risk\"/><circle class=\"hit\"/></svg></body></html>");
        String rest = PdfReportWriter.inlineChartRules("p { x: y; }\n.trend { display: block; }\n.trend .axis { stroke: #ccc; "
                + "stroke-width: 1; }\n.trend .dot.s-at-risk, .trend .nothing { fill: #e69f00; }\n.trend .hit { fill: transparent; }\n"
                + "tr, .trend { break-inside: avoid; }", html);
        assertEquals("#ccc", html.selectFirst("line").attr("stroke"));
        assertEquals("#e69f00", html.selectFirst("circle.dot").attr("fill"));
        assertEquals("none", html.selectFirst("circle.hit").attr("fill"));
        assertTrue(html.selectFirst("svg").hasAttr("viewBox"), "attribute names keep their case");
        assertFalse(rest.contains(".trend .axis") || rest.contains(".trend { display"), rest);
        assertTrue(rest.contains("p { x: y; }") && rest.contains("tr, .trend { break-inside: avoid; }"), rest);
    }

    @Test
    void theDiagramIsFittedToTheFirstPageWithoutGrowing() {
        assertEquals(1.0, PdfReportWriter.fit(300, 200, false));
        double tall = PdfReportWriter.fit(1043, 1338, false);
        assertEquals(Math.min(PdfReportWriter.PORTRAIT_WIDTH / 1043, PdfReportWriter.PORTRAIT_HEIGHT / 1338), tall, 1e-9);
        double wide = PdfReportWriter.fit(1600, 600, true);
        assertTrue(wide > PdfReportWriter.fit(1600, 600, false), "a wide diagram is larger on a landscape page");
    }
}
