package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void ourQuotedNamesStayInlineCodeAndTheRestIsEscaped() {
        assertEquals("`ST3` is off track while `MT3` \\*rises\\*",
                MarkdownText.message("`ST3` is off track while `MT3` *rises*"));
    }

    @Test
    void aPipeInsideQuotedTextCannotSplitATableCell() {
        assertEquals("value `12\\|13` is not a number", MarkdownText.message("value `12|13` is not a number"));
    }

    @Test
    void anUnpairedBacktickIsEscaped() {
        assertEquals("a \\` b", MarkdownText.message("a ` b"));
    }

    @Test
    void userTextIsStillEscapedEverywhere() {
        assertEquals("\\`rm\\` &lt;b&gt;", MarkdownText.escape("`rm` <b>"));
    }
}
