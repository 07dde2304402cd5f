package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.NutritionNetworkFixture;

/** The phone layout's cards name each cell by its column, whichever section wrote the table (issue 15.5). */
class HtmlTableTest {
    @Test
    void eachDataCellGetsItsColumnsNameAndStatusCellsAreMarked() {
        HtmlTable table = new HtmlTable().header(HtmlTable.Head.of("Name"), HtmlTable.Head.num("Figures").spanning(2),
                HtmlTable.Head.of("Status"));
        table.row().cell("a").num("1").cell("2").cell("<span class=\"badge\">x</span>");
        StringBuilder html = new StringBuilder();
        table.appendTo(html);
        assertEquals("<table>\n<thead><tr><th>Name</th><th class=\"num\" colspan=\"2\">Figures</th><th>Status</th></tr></thead>\n"
                + "<tbody>\n<tr><td data-label=\"Name\">a</td><td class=\"num\" data-label=\"Figures\">1</td>"
                + "<td data-label=\"Figures\">2</td><td class=\"c-status\" data-label=\"Status\"><span class=\"badge\">x</span></td>"
                + "</tr>\n</tbody>\n</table>\n", html.toString());
    }

    @Test
    void groupedHeadersNameAColumnByItsHeadingsFromTheTopDown() {
        HtmlTable table = new HtmlTable("iptt").scrolling()
                .header(HtmlTable.Head.of("Indicator"), HtmlTable.Head.of("FY2026 Q2").spanning(2))
                .header(HtmlTable.Head.of(""), HtmlTable.Head.num("Target"), HtmlTable.Head.num("Actual"));
        assertEquals(List.of("Indicator", "FY2026 Q2 · Target", "FY2026 Q2 · Actual"), table.labels());
        table.row("partial", "row-1").heading("Life of programme").num("4").num("5");
        StringBuilder html = new StringBuilder();
        table.appendTo(html);
        assertTrue(html.toString().startsWith("<div class=\"scroll\">\n<table class=\"iptt\">\n<thead><tr><th>Indicator</th>"
                + "<th colspan=\"2\">FY2026 Q2</th></tr><tr><th></th><th class=\"num\">Target</th>"), html.toString());
        assertTrue(html.toString().contains("<tr class=\"partial\" id=\"row-1\"><th>Life of programme</th>"
                + "<td class=\"num\" data-label=\"FY2026 Q2 · Target\">4</td>"), html.toString());
        assertTrue(html.toString().endsWith("</table>\n</div>\n"));
    }

    @Test
    void headingsAndLabelsAreEscapedAndAColumnWithoutANameHasNoLabel() {
        HtmlTable table = new HtmlTable().header("", "<b>\"quoted\" & more</b>");
        table.row().cell("x").cell("y");
        StringBuilder html = new StringBuilder();
        table.appendTo(html);
        assertTrue(html.toString().contains("<th>&lt;b&gt;&quot;quoted&quot; &amp; more&lt;/b&gt;</th>"), html.toString());
        assertTrue(html.toString().contains("<tr><td>x</td><td data-label=\"&lt;b&gt;&quot;quoted&quot; &amp; more&lt;/b&gt;\">y</td>"),
                html.toString());
    }

    @Test
    void everyCellOfTheReportsTablesIsLabelled() {
        String html = new HtmlReportWriter(ProgressDiagram.NONE).render(NutritionNetworkFixture.evaluation());
        Matcher cell = Pattern.compile("<td\\b[^>]*>").matcher(html);
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertTrue(cell.group().contains("data-label=\""), cell.group());
        }
        assertTrue(cells > 20);
        assertTrue(html.contains("class=\"c-status\" data-label=\"Status\""));
        assertFalse(html.contains("<script"), "still no script: the cards are CSS alone");
    }
}
