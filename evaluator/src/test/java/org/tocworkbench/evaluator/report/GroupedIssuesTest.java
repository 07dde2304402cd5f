package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.testing.Golden;

/**
 * {@code toc evaluate} in the terminal groups data issues by kind and cause with counts, so that
 * a kind met once is not hidden behind a hundred rows of another (golden).
 */
class GroupedIssuesTest {
    @TempDir
    Path dir;

    private Evaluation evaluate() throws Exception {
        Files.writeString(dir.resolve("theory.toc"), """
                theory "Preparedness" { period 2024-01 to 2026-12 }
                impact I "Prepared"
                outcome O1 "Districts plan" {
                    indicator OC1_1 "Districts with a costed preparedness plan" {
                        code "IND-6"
                        unit count
                        baseline 0 at 2024
                        target 12 by 2026
                    }
                    indicator OC1_2 "Health workers trained in outbreak response" {
                        unit count
                        baseline 0 at 2024
                        target 400 by 2026
                    }
                }
                O1 -> I
                data "itt.csv" { layout long }
                """);
        StringBuilder csv = new StringBuilder("Indicator,Period,Value\n");
        for (int i = 0; i < 12; i++) {
            csv.append("IND-9,2024-Q").append(i % 4 + 1).append(',').append(i).append('\n');
        }
        for (int i = 0; i < 11; i++) {
            csv.append("Number of health workers trained,2025-").append(String.format("%02d", i + 1)).append(",5\n");
        }
        for (int i = 0; i < 10; i++) {
            csv.append("Old indicator ").append(i).append(",2024,1\n");
        }
        csv.append("IND-6,Q5 2024,3\nIND-6,Q5 2024,4\nIND-6,2025,twelve\n");
        csv.append("Districts with a costed preparedness plan,2026,6\n");
        Files.writeString(dir.resolve("itt.csv"), csv);
        Compilation compilation = new TocCompiler().compile(dir.resolve("theory.toc"), CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        return MonitoringEvaluation.evaluate(compilation.theory(), MonitoringEvaluation.boundRequests(compilation.theory()),
                LocalDate.of(2026, 6, 30), StatusBands.DEFAULT, r -> { });
    }

    @Test
    void countsByCauseIncludeTheIssuesBeyondThoseKeptInFull() throws Exception {
        Files.writeString(dir.resolve("theory.toc"), """
                impact I "Prepared"
                outcome O1 "Districts plan" { indicator OC1_1 "Plans" { unit count } }
                O1 -> I
                data "big.csv" { layout long }
                """);
        StringBuilder csv = new StringBuilder("Indicator,Period,Value\n");
        for (int i = 0; i < 250; i++) {
            csv.append("OLD-1,2024,").append(i).append('\n');
        }
        for (int i = 0; i < 5; i++) {
            csv.append("OLD-2,2024,").append(i).append('\n');
        }
        Files.writeString(dir.resolve("big.csv"), csv);
        Compilation compilation = new TocCompiler().compile(dir.resolve("theory.toc"), CompileOptions.DEFAULT);
        String summary = new TerminalSummary().render(MonitoringEvaluation.evaluate(compilation.theory(),
                MonitoringEvaluation.boundRequests(compilation.theory()), null, StatusBands.DEFAULT, r -> { }));
        assertTrue(summary.contains("Data issues: 255 (255 left out"), summary);
        assertTrue(summary.contains("unknown-indicator   255 rows, 2 labels\n"), summary);
        assertTrue(summary.contains("    \"OLD-1\"  250 rows, first at big.csv A2: "), summary);
        assertTrue(summary.contains("    \"OLD-2\"  5 rows\n"), "only counted, so no first cell: " + summary);
    }

    @Test
    void issuesAreGroupedByKindAndCauseWithCounts() throws Exception {
        String summary = new TerminalSummary().render(evaluate());
        String issues = summary.substring(summary.indexOf("Data issues"));
        Golden.check("grouped-issues.summary.txt", issues);
        assertTrue(issues.contains("unreadable-period"), "a kind met twice is not hidden behind 33 unknown rows: " + issues);
        assertTrue(issues.contains("\"IND-9\"  12 rows"), issues);
    }
}
