package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.indicator;
import static org.tocworkbench.evaluator.testing.TestModel.quarter;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * Issue 15.3: a yearly survey value labelled {@code 2026}, as of 2026-06-30, was left out because
 * the year ends after the as-of date, and the outcome showed "off track 7%". A measured value is
 * data: a period that has started by the as-of date counts (as a partial period, and the notes say
 * so); one that starts after it does not, and the notes say why.
 */
class StartedPeriodTest {
    private static final LocalDate MID_2026 = LocalDate.of(2026, 6, 30);

    private static Indicator survey() {
        return indicator("lit").unit(UnitKind.PERCENT).baseline("20", "2024").target("50", "2027").build();
    }

    @Test
    void aYearlySurveyOfTheCurrentYearCountsAsAPartialPeriod() {
        IndicatorProgress p = IndicatorRule.evaluate(survey(),
                data().add("lit", year(2025), 22).add("lit", year(2026), 35).series("lit"),
                ProgressSettings.at(MID_2026), null);
        assertEquals(35, p.actual(), 1e-9);
        assertEquals("2026", p.actualPeriod());
        assertEquals(50, p.progress(), 1e-9);
        assertEquals(Status.ON_TRACK, p.status());
        assertEquals(0, p.valuesAfterAsOf());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("2026") && n.contains("partial")), p.notes().toString());
    }

    @Test
    void aPeriodThatStartsAfterTheAsOfDateIsNotCountedAndSaysWhy() {
        IndicatorProgress p = IndicatorRule.evaluate(survey(),
                data().add("lit", year(2025), 22).add("lit", quarter(2026, 3), 40).series("lit"),
                ProgressSettings.at(MID_2026), null);
        assertEquals(22, p.actual(), 1e-9);
        assertEquals(1, p.valuesAfterAsOf());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("2026-Q3") && n.contains("starts after")),
                p.notes().toString());
    }

    @Test
    void aCumulativeValueAtOrBeforeTheBaselineDateIsNamedAsNotCounted() {
        Indicator trained = indicator("t").baseline("5", "2025").target("100", "2027").cumulative().build();
        IndicatorProgress p = IndicatorRule.evaluate(trained,
                data().add("t", quarter(2025, 4), 10).add("t", quarter(2026, 1), 20).series("t"),
                ProgressSettings.at(MID_2026), null);
        assertEquals(25, p.actual(), 1e-9);
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("2025-Q4") && n.contains("2025-12-31")),
                p.notes().toString());
    }
}
