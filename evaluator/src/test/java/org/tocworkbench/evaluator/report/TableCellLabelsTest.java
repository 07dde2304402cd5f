package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.NutritionNetworkFixture;

/** The phone layout's cards name each cell by its column, whoever wrote the table (issue 15.5). */
class TableCellLabelsTest {
    @Test
    void eachDataCellGetsItsColumnsNameAndStatusCellsAreMarked() {
        String html = "<table><thead><tr><th>Name</th><th colspan=\"2\">Figures</th><th>Status</th></tr></thead>"
                + "<tbody><tr><td>a</td><td class=\"num\">1</td><td>2</td><td><span class=\"badge\">x</span></td></tr></tbody></table>";
        assertEquals("<table><thead><tr><th>Name</th><th colspan=\"2\">Figures</th><th>Status</th></tr></thead>"
                + "<tbody><tr><td data-label=\"Name\">a</td><td class=\"num\" data-label=\"Figures\">1</td>"
                + "<td data-label=\"Figures\">2</td><td class=\"c-status\" data-label=\"Status\"><span class=\"badge\">x</span></td>"
                + "</tr></tbody></table>", TableCellLabels.label(html));
    }

    @Test
    void aTableWithoutAHeaderIsLeftAsItIs() {
        String html = "<table><tr><td>a</td></tr></table><p>b</p>";
        assertEquals(html, TableCellLabels.label(html));
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
