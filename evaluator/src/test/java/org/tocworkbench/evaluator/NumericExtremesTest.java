package org.tocworkbench.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.report.ReportWriter;
import org.tocworkbench.evaluator.report.ReportWriters;
import org.tocworkbench.evaluator.report.ProgressDiagram;

/**
 * Issue 13, item 3: numbers beyond a double are refused with a data issue, sums that overflow are
 * an issue, and no report ever shows infinity, NaN or a clamped long.
 */
class NumericExtremesTest {
    private static final String THEORY = """
            theory "Extremes" { period 2024 to 2026 }
            impact I "Better lives"
            outcome O "Services used" {
              indicator latest "Visits" { unit count  baseline 0 at 2024  target 10 by 2026 }
              indicator total "Visits, summed" { unit count  baseline 0 at 2024  target 10 by 2026  aggregation sum }
              indicator running "Visits, running" { unit count  baseline 0 at 2024  target 10 by 2026  cumulative }
              indicator share "Coverage" { unit percent  baseline 10% at 2024  target 90% by 2026 }
              indicator mean "Score" { unit ratio  baseline 0 at 2024  target 1 by 2026  aggregation mean }
              indicator spend "Spending" { unit currency "USD"  baseline 0 at 2024  target 5 by 2026
                                           disaggregate by "north", "south" }
            }
            O -> I
            """;
    private static final List<String> EXTREMES = List.of("1e999", "-1e999", "1e308", "-1e308", "1.7976931348623157E308",
            "4.9e-324", "1e-999", "9223372036854775807", "-9223372036854775808", "0", "5",
            "99999999999999999999999999");
    private static final List<String> FORBIDDEN = List.of("Infinity", "∞", "NaN", "9223372036854775807%",
            "-9223372036854775808%");

    @TempDir
    Path dir;

    @Test
    void numbersBeyondADoubleAreRefusedAndSumsThatOverflowAreReported() throws Exception {
        Path csv = Files.writeString(dir.resolve("extremes.csv"), """
                Indicator,Period,Disaggregation,Value
                latest,2024-Q1,,1e999
                latest,2024-Q2,,-1e999
                total,2024-Q1,,1e308
                total,2024-Q2,,1e308
                spend,2024-Q1,north,1.5e308
                spend,2024-Q1,south,1.5e308
                """);
        Evaluation evaluation = evaluate(csv);

        List<DataIssue> issues = evaluation.issues().kept();
        assertEquals(2, issues.stream().filter(i -> i.kind() == DataIssue.Kind.NON_FINITE_NUMBER).count(),
                issues.toString());
        assertTrue(issues.stream().anyMatch(i -> i.kind() == DataIssue.Kind.NON_FINITE_NUMBER
                && i.where().a1().equals("D2")), issues.toString());
        assertEquals(2, issues.stream().filter(i -> i.kind() == DataIssue.Kind.AGGREGATE_OVERFLOW).count(),
                issues.toString());
        for (IndicatorProgress progress : evaluation.indicators().values()) {
            assertFalse(Double.isInfinite(progress.actual()) || Double.isInfinite(progress.progress()),
                    progress.toString());
        }
        assertNoNonFiniteValueIn(evaluation);
    }

    @Test
    void randomNumericExtremesNeverReachAReport() throws Exception {
        Random random = new Random(1313);
        List<String> ids = List.of("latest", "total", "running", "share", "mean", "spend");
        for (int trial = 0; trial < 25; trial++) {
            StringBuilder csv = new StringBuilder("Indicator,Period,Disaggregation,Value\n");
            for (int row = 0; row < 12; row++) {
                String id = ids.get(random.nextInt(ids.size()));
                String group = id.equals("spend") ? (random.nextBoolean() ? "north" : "south") : "";
                csv.append(id).append(",2024-Q").append(1 + random.nextInt(4)).append(',').append(group).append(',')
                        .append(EXTREMES.get(random.nextInt(EXTREMES.size()))).append('\n');
            }
            Path file = Files.writeString(dir.resolve("random" + trial + ".csv"), csv.toString());
            assertNoNonFiniteValueIn(evaluate(file));
        }
    }

    private Evaluation evaluate(Path csv) throws IOException, ImportException {
        Path toc = Files.writeString(dir.resolve("extremes.toc"), THEORY);
        Compilation compilation = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        Theory theory = compilation.theory();
        return MonitoringEvaluation.evaluate(theory, List.of(ImportRequest.of(csv)), LocalDate.of(2025, 12, 31),
                StatusBands.DEFAULT, result -> { });
    }

    private static void assertNoNonFiniteValueIn(Evaluation evaluation) {
        for (ReportWriter writer : ReportWriters.all(ProgressDiagram.NONE)) {
            if (writer.extensions().contains("xlsx")) {
                continue;
            }
            String report = new String(writer.toBytes(evaluation), StandardCharsets.UTF_8);
            for (String forbidden : FORBIDDEN) {
                assertFalse(report.contains(forbidden), () -> writer.extensions() + " shows " + forbidden + ":\n"
                        + report.substring(Math.max(0, report.indexOf(forbidden) - 300),
                        Math.min(report.length(), report.indexOf(forbidden) + 100)));
            }
        }
    }
}
