package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.progress.Evaluation;

/** Markdown, JSON and terminal output of user text that tries to be markup. */
class TextReportsEscapingTest {
    private static final Evaluation HOSTILE = HostileText.evaluation();

    @Test
    void markdownEscapesTableEmphasisCodeAndHtml() {
        String md = new MarkdownReportWriter().render(HOSTILE);
        assertTrue(md.startsWith("# Progress report: &lt;script&gt;alert('x')&lt;/script&gt; &amp; \\| \\*Report\\* \\_x\\_ \\`y\\`\n"),
                md.lines().findFirst().orElse(""));
        // Markdown shows the text of a code span as it is, markup included: only outside them is HTML a danger.
        String outsideCode = md.replaceAll("`[^`\n]*`", "");
        assertFalse(outsideCode.contains("<script"));
        assertFalse(outsideCode.contains("<img"));
        assertTrue(md.contains("`<script>x</script>` is not an indicator \\| =1+1"), "quoted cell text shown as code");
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt; &lt;/td&gt;&lt;/tr&gt;"));
        assertFalse(md.contains("\t"), "a tab would break a table cell");
    }

    @Test
    void markdownTablesKeepTheirColumnCount() {
        String md = new MarkdownReportWriter().render(HOSTILE);
        String[] lines = md.split("\n");
        int columns = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int count = (int) line.replace("\\|", "").chars().filter(c -> c == '|').count();
            if (columns < 0) {
                columns = count;
            }
            assertEquals(columns, count, line);
        }
    }

    @Test
    void jsonCarriesUserTextVerbatim() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonReportWriter().toJson(HOSTILE));
        assertEquals("<script>alert('x')</script> & | *Report* _x_ `y`", root.get("theory").get("title").asText());
        assertEquals("\tTabbed =1+1",
                root.get("indicators").get(1).get("title").asText());
        assertEquals("'<b>Sheet</b>'!B4", root.get("dataIssues").get("issues").get(0).get("cell").asText());
    }

    @Test
    void theTerminalSummaryReplacesControlCharacters() {
        assertEquals("a?[31mred? b", TerminalSummary.clean("a\u001b[31mred\u0007\nb"));
        String summary = new TerminalSummary().render(HOSTILE);
        assertFalse(summary.chars().anyMatch(c -> c < 0x20 && c != '\n'), summary);
    }
}
