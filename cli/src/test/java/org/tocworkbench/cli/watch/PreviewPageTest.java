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
}
