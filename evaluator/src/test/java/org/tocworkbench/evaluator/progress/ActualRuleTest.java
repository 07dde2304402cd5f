package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Aggregation;

class ActualRuleTest {
    private static final LocalDate BASELINE = LocalDate.of(2023, 12, 31);
    private static final List<LocalDate> ENDS = List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31));
    private static final PeriodValues VALUES = PeriodValues.ofEnds(ENDS, new double[] {50, 10, 30, 20, 40});
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 15);

    private static double actual(Aggregation aggregation, boolean cumulative, double baseline) {
        return ActualRule.at(VALUES, new ActualRule.Config(aggregation, cumulative, baseline, BASELINE.toEpochDay()),
                AS_OF).value();
    }

    @Test
    void latestIsTheLastPeriodEndingByTheAsOfDate() {
        ActualRule.Actual a = ActualRule.at(VALUES, new ActualRule.Config(Aggregation.LATEST, false, 50,
                BASELINE.toEpochDay()), AS_OF);
        assertEquals(20, a.value());
        assertEquals(LocalDate.of(2024, 9, 30), a.date());
        assertEquals(1, a.periodsUsed());
        assertEquals(1, a.afterAsOf());
    }

    @Test
    void sumMeanMaxAndMinCountOnlyPeriodsAfterTheBaseline() {
        assertEquals(60, actual(Aggregation.SUM, false, 50));
        assertEquals(20, actual(Aggregation.MEAN, false, 50));
        assertEquals(30, actual(Aggregation.MAX, false, 50));
        assertEquals(10, actual(Aggregation.MIN, false, 50));
    }

    @Test
    void cumulativeIsTheBaselinePlusTheRunningTotal() {
        assertEquals(110, actual(Aggregation.SUM, true, 50));
        assertEquals(60, actual(Aggregation.SUM, true, Double.NaN));
    }

    @Test
    void withoutADatedBaselineEveryPeriodCounts() {
        double sum = ActualRule.at(VALUES, new ActualRule.Config(Aggregation.SUM, false, Double.NaN, Long.MIN_VALUE),
                AS_OF).value();
        assertEquals(110, sum);
    }

    @Test
    void theHistoryIsTheActualAtTheEndOfEachPeriod() {
        ActualRule.Actual a = ActualRule.at(VALUES, new ActualRule.Config(Aggregation.SUM, true, 50,
                BASELINE.toEpochDay()), AS_OF);
        assertEquals(List.of(60.0, 90.0, 110.0), a.history().stream().map(TrendPoint::value).toList());
        assertEquals(LocalDate.of(2024, 3, 31), a.history().get(0).date());
    }

    @Test
    void nothingBeforeTheAsOfDateMeansNoActual() {
        ActualRule.Actual a = ActualRule.at(VALUES, new ActualRule.Config(Aggregation.LATEST, false, 0, Long.MIN_VALUE),
                LocalDate.of(2020, 1, 1));
        assertFalse(a.present());
        assertEquals(5, a.afterAsOf());
    }

    @Test
    void aLongHistoryIsThinnedKeepingItsEnds() {
        int n = 1000;
        List<LocalDate> ends = new java.util.ArrayList<>();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            ends.add(LocalDate.of(2020, 1, 1).plusDays(i));
            values[i] = i;
        }
        ActualRule.Actual a = ActualRule.at(PeriodValues.ofEnds(ends, values),
                new ActualRule.Config(Aggregation.LATEST, false, 0, Long.MIN_VALUE), LocalDate.of(2030, 1, 1));
        assertEquals(ActualRule.MAX_HISTORY, a.history().size());
        assertEquals(0, a.history().get(0).value());
        assertEquals(999, a.history().get(a.history().size() - 1).value());
        assertEquals(999, a.value());
    }
}
