package org.tocworkbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Titles with quotes, backslashes, markup, braces, newlines, scripts, right-to-left text and
 * emoji come out as written: DOT that parses, SVG that is well-formed with no injected markup,
 * PDF whose text reads back.
 */
class EscapingTest {
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private final DiagramRenderer renderer = new DiagramRenderer();
    private final RenderFixtures.Subject awkward = RenderFixtures.subject("awkward-titles.toc");

    @Test
    void quotedStringsEscapeQuotesBackslashesAndAmpersandsAndDropControlCharacters() {
        assertEquals("\"a \\\"b\\\" c\\\\ \\n&amp; &lt;d&gt; e\"", DotText.quote("a \"b\" c\\ \n& <d>\u0007 e"));
        assertEquals("\"\\\\N\"", DotText.quote("\\N"));
    }

    @Test
    void htmlLabelTextEscapesMarkupAndKeepsEverythingElse() {
        assertEquals("&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot; {b} \u05e9 \ud83c\udf0d",
                DotText.html("<script>x</script> & \"q\" {b} \u05e9 \ud83c\udf0d"));
        assertEquals("lone  dropped", DotText.html("lone \ud800 dropped"));
    }

    @Test
    void wrappingBreaksAtSpacesCutsLongWordsAndCountsWideCharactersTwice() {
        assertEquals(List.of("one two", "three"), DotText.wrap("one two three", 8, 5));
        assertEquals(List.of("abcdef", "ghij"), DotText.wrap("abcdefghij", 6, 5));
        assertEquals(List.of("line one", "line two"), DotText.wrap("line one\nline two", 30, 5));
        assertEquals(List.of("中文标", "题"), DotText.wrap("中文标题", 6, 5));
        assertEquals(List.of("aa bb", "cc\u2026"), DotText.wrap("aa bb cc dd ee", 5, 2));
    }

    @Test
    void theDotOfAwkwardTitlesCarriesNoRawMarkupFromUserText() throws ViewException {
        String dot = renderer.dot(awkward.theory(), DiagramOptions.DEFAULT);
        assertFalse(dot.contains("<script"), "script tags are escaped");
        assertFalse(dot.contains("<img"), "img tags are escaped");
        assertFalse(dot.contains("\t"), "tabs become spaces");
        assertTrue(dot.contains("Back\\\\slash at the end \\\\"), "backslashes doubled in quoted strings");
    }

    @Test
    void dotAcceptsAwkwardTitlesAndTheSvgShowsThemAsWritten() throws Exception {
        var engine = RenderFixtures.requiredNativeEngine();
        byte[] svg = renderer.render(awkward.theory(), DiagramOptions.DEFAULT, DiagramFormat.SVG, engine);
        Document document = RenderFixtures.parseSvg(svg);
        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength(), "no script element");
        assertEquals(0, document.getElementsByTagNameNS("*", "img").getLength(), "no img element");
        List<String> texts = texts(document);
        String all = String.join("\n", texts);
        assertTrue(all.contains("Quotes \"like this\", back\\slash, <tags> & {braces} \u2014 \u062a\u0642\u0631\u064a\u0631 2025"),
                all);
        assertTrue(all.contains("</text><script>ale"), "script text shown as text");
        assertTrue(all.contains("&lt;entities&gt;") && all.contains("&amp; &#65;"), "entities written in the source are text");
        assertTrue(all.contains("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"), "Hebrew kept in logical order");
        assertTrue(all.contains("\ud83c\udf31"), "emoji kept");
        assertTrue(tooltips(document).stream().anyMatch(t -> t.contains("Org <script>alert('x')</script> & Co.")),
                "tooltips carry the text as written");
    }

    @Test
    void thePdfOfAwkwardTitlesReadsBackAsWritten() throws Exception {
        var engine = RenderFixtures.requiredNativeEngine();
        byte[] pdf = renderer.render(awkward.theory(), DiagramOptions.DEFAULT, DiagramFormat.PDF, engine);
        String text = RenderFixtures.pdfText(pdf);
        assertTrue(text.contains("back\\slash, <tags> & {braces}"), text);
        assertTrue(text.contains("Braces {a|b} and"), text);
        assertTrue(text.contains("Back\\slash at the"), text);
    }

    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> tooltips(Document document) {
        List<String> titles = new ArrayList<>();
        NodeList anchors = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            titles.add(((Element) anchors.item(i)).getAttributeNS(XLINK, "title"));
        }
        return titles;
    }
}
