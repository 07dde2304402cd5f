package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.theory;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.ProgressSettings;

/** The Deviations section when nothing deviates says what is true: rated and fine, or not rated at all. */
class DeviationsTest {
    private static final Theory THEORY = theory("""
            theory "T" { period 2024 to 2026 }
            outcome O "Caregivers counselled" {
              indicator counselled "Caregivers counselled" {
                baseline 0 at 2023
                target 1200 by 2026
                frequency annual
              }
            }
            """);

    private static Evaluation at(LocalDate asOf) {
        return Evaluator.evaluate(THEORY, data().add("counselled", year(2024), 500).finish(), ProgressSettings.at(asOf));
    }

    @Test
    void beforeAnyValueNoIndicatorIsSaidToBeOnTrack() {
        Evaluation early = at(LocalDate.of(2020, 1, 1));
        assertTrue(Deviations.of(early).isEmpty());
        StringBuilder out = new StringBuilder();
        MarkdownIptt.deviations(out, early);
        assertTrue(out.toString().contains("None rated: no indicator has a status as of 2020-01-01"), out.toString());
        assertTrue(!out.toString().contains("on track"), out.toString());
        StringBuilder html = new StringBuilder();
        HtmlIptt.deviations(html, early);
        assertTrue(html.toString().contains("None rated"), html.toString());
    }

    @Test
    void whenEveryRatedIndicatorIsFineTheSectionSaysSo() {
        Evaluation e = at(LocalDate.of(2024, 12, 31));
        assertTrue(Deviations.of(e).isEmpty(), "500 of 1,200 a year in is on track");
        assertEquals("None: every rated indicator is on track or achieved.", Deviations.noneSentence(e));
    }
}
