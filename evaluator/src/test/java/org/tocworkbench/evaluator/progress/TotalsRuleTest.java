package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.quarter;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.series.IndicatorSeries;

class TotalsRuleTest {
    @Test
    void theTotalRowIsUsedWhenThereIsOneAndTheGroupsAreIgnored() {
        IndicatorSeries s = data().add("a", quarter(2024, 1), "", 100).add("a", quarter(2024, 1), "f", 70)
                .add("a", quarter(2024, 1), "m", 20).series("a");
        PeriodValues v = TotalsRule.combine(s, UnitKind.COUNT);
        assertEquals(1, v.size());
        assertEquals(100, v.values()[0]);
    }

    @Test
    void countsWithoutATotalAreSummedOverGroups() {
        IndicatorSeries s = data().add("a", quarter(2024, 1), "f", 70).add("a", quarter(2024, 1), "m", 20).series("a");
        assertEquals(90, TotalsRule.combine(s, UnitKind.COUNT).values()[0]);
        assertEquals(90, TotalsRule.combine(s, UnitKind.CURRENCY).values()[0]);
    }

    @Test
    void percentagesWithoutATotalAreAveragedOverGroups() {
        IndicatorSeries s = data().add("a", quarter(2024, 1), "f", 70).add("a", quarter(2024, 1), "m", 20).series("a");
        assertEquals(45, TotalsRule.combine(s, UnitKind.PERCENT).values()[0]);
        assertEquals(45, TotalsRule.combine(s, UnitKind.RATIO).values()[0]);
        assertEquals(45, TotalsRule.combine(s, UnitKind.SCALE).values()[0]);
    }

    @Test
    void aBooleanWithoutATotalIsTrueOnlyWhenEveryGroupIsTrue() {
        IndicatorSeries some = data().add("a", quarter(2024, 1), "n", 1).add("a", quarter(2024, 1), "s", 0).series("a");
        IndicatorSeries all = data().add("a", quarter(2024, 1), "n", 1).add("a", quarter(2024, 1), "s", 1).series("a");
        assertEquals(0, TotalsRule.combine(some, UnitKind.BOOLEAN).values()[0]);
        assertEquals(1, TotalsRule.combine(all, UnitKind.BOOLEAN).values()[0]);
    }

    @Test
    void eachPeriodUsesItsOwnTotalOrItsOwnGroups() {
        IndicatorSeries s = data().add("a", quarter(2024, 1), "", 10)
                .add("a", quarter(2024, 2), "f", 6).add("a", quarter(2024, 2), "m", 5).series("a");
        PeriodValues v = TotalsRule.combine(s, UnitKind.COUNT);
        assertEquals(2, v.size());
        assertEquals(10, v.values()[0]);
        assertEquals(11, v.values()[1]);
        assertEquals("2024-Q2", v.label(1));
    }
}
