package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.NutritionNetworkFixture;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.testing.Golden;

/** The JSON, Markdown and terminal reports of the test theory, against reviewed golden files. */
class ReportGoldenTest {
    private static final Evaluation E = NutritionNetworkFixture.evaluation();

    @Test
    void jsonReport() throws Exception {
        Golden.check("nutrition-network.report.json", new JsonReportWriter().toJson(E));
    }

    @Test
    void markdownReport() throws Exception {
        Golden.check("nutrition-network.report.md", new MarkdownReportWriter().render(E));
    }

    @Test
    void terminalSummary() throws Exception {
        Golden.check("nutrition-network.summary.txt", new TerminalSummary().render(E));
    }

    @Test
    void everyJsonKeyIsDocumented() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/report-json.md"));
        java.util.Set<String> keys = new java.util.TreeSet<>();
        collectKeys(new JsonReportWriter().tree(E), keys);
        collectKeys(new JsonReportWriter().tree(HostileText.evaluation()), keys);
        for (String key : keys) {
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains("`" + key + "`"), "undocumented key " + key);
        }
    }

    private static void collectKeys(com.fasterxml.jackson.databind.JsonNode node, java.util.Set<String> keys) {
        node.fields().forEachRemaining(f -> {
            keys.add(f.getKey());
            collectKeys(f.getValue(), keys);
        });
        if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys));
        }
    }

    @Test
    void theSameEvaluationGivesTheSameBytes() {
        Evaluation again = NutritionNetworkFixture.evaluation();
        assertEquals(new String(new JsonReportWriter().toBytes(E), StandardCharsets.UTF_8),
                new String(new JsonReportWriter().toBytes(again), StandardCharsets.UTF_8));
        assertEquals(new MarkdownReportWriter().render(E), new MarkdownReportWriter().render(again));
        assertEquals(new HtmlReportWriter(ProgressDiagram.NONE).render(E),
                new HtmlReportWriter(ProgressDiagram.NONE).render(again));
    }
}
