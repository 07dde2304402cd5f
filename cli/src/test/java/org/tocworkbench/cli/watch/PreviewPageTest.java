package org.tocworkbench.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;

class PreviewPageTest {
    private static final String EVIL = "<script>alert(\"x\")</script>";

    private static PreviewSnapshot snapshot(String svg, boolean stale) {
        SourceFile source = new SourceFile("a" + EVIL + ".toc", "outcome " + EVIL + "\n");
        Diagnostic d = Diagnostic.of(Code.UNDEFINED_NAME, source.span(8, 16), "unknown `" + EVIL + "`").label(EVIL)
                .help("did you mean `" + EVIL + "`?").build();
        DataIssue issue = new DataIssue(new CellRef("d" + EVIL + ".xlsx", "Data", 7, 2),
                DataIssue.Kind.UNKNOWN_INDICATOR, "no indicator " + EVIL);
        return new PreviewSnapshot(12, EVIL + ".toc", LocalTime.of(9, 5, 0), 143, List.of(d), List.of("problem " + EVIL),
                List.of(issue), svg, stale, "read " + EVIL);
    }

    @Test
    void userTextIsEscapedEverywhereOnThePage() {
        String page = PreviewPage.page(snapshot("<svg><g class=\"node\"></g></svg>", false));
        assertFalse(page.contains(EVIL), page);
        assertTrue(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), page);
        assertEquals(1, page.split("<script", -1).length - 1, "the page's own script tag only");
    }

    @Test
    void theStatusLineHasTheTimeCountsAndDurationAndSecondsAreAlwaysPrinted() {
        assertEquals("09:05:00 checked " + EVIL + ".toc: 1 error, 0 warnings, 1 data issue, problem " + EVIL + " (143 ms)",
                snapshot(null, false).summary());
    }

    @Test
    void aStaleDiagramIsMarkedAndTheDiagnosticCarriesCodeAndPlace() {
        String fragment = PreviewPage.fragment(snapshot("<?xml version=\"1.0\"?>\n<!-- c -->\n<svg id=\"d\"></svg>", true));
        assertTrue(fragment.startsWith("<main id=\"preview\" data-version=\"12\""), fragment);
        assertTrue(fragment.contains("class=\"diagram stale\""), fragment);
        assertTrue(fragment.contains("stale-note"), fragment);
        assertTrue(fragment.contains("<svg id=\"d\"></svg>") && !fragment.contains("<?xml"), "the SVG without its prolog");
        assertTrue(fragment.contains("data-code=\"TOC101\""), fragment);
        assertTrue(fragment.contains("<span class=\"where\">a&lt;script&gt;"), fragment);
        assertTrue(fragment.contains(".toc:1:9</span>"), fragment);
        assertTrue(fragment.contains("<code>Data!B7</code>"), fragment);
    }

    @Test
    void withoutAnyGoodCheckThePageSaysThereIsNoDiagramYet() {
        String fragment = PreviewPage.fragment(snapshot(null, false));
        assertTrue(fragment.contains("No diagram yet"), fragment);
        assertTrue(fragment.contains("class=\"status errors\""), fragment);
    }

    @Test
    void theErrorPanelShowsTheUnderlinedPartOfALongSourceLine() {
        String line = "outcome O1 \"" + "A very long title that goes on and on ".repeat(4) + "\" for OP22";
        SourceFile source = new SourceFile("long.toc", line + "\n");
        int at = line.indexOf("OP22");
        Diagnostic d = Diagnostic.of(Code.UNDEFINED_NAME, source.span(at, at + 4), "undefined identifier `OP22`")
                .label("not declared anywhere").build();
        String fragment = PreviewPage.fragment(new PreviewSnapshot(1, "long.toc", LocalTime.of(9, 0), 1, List.of(d),
                List.of(), List.of(), null, false, ""));
        String pre = fragment.substring(fragment.indexOf("<pre>") + 5, fragment.indexOf("</pre>"))
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String[] lines = pre.split("\n");
        int sourceLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*1 \\| .*")) {
                sourceLine = i;
            }
        }
        assertTrue(sourceLine >= 0, pre);
        String shown = lines[sourceLine];
        String marks = lines[sourceLine + 1];
        assertTrue(shown.length() <= 8 + SourceExcerpt.WIDTH + 2, "the source line fits the panel: " + shown);
        assertTrue(shown.contains("OP22"), "the identifier in error is shown: " + shown);
        assertEquals(shown.indexOf("OP22"), marks.indexOf('^'), "the underline stays under it:\n" + shown + "\n" + marks);
        assertTrue(shown.contains("…"), "what is left out is marked: " + shown);
    }

    @Test
    void aShortSourceLineIsKeptAsItIs() {
        String printed = " --> a.toc:1:9\n  |\n1 | outcome X\n  |         ^ here\n  = help: h";
        assertEquals(printed, SourceExcerpt.fit(printed));
    }
}
