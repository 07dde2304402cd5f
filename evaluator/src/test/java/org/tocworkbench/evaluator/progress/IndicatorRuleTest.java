package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.indicator;
import static org.tocworkbench.evaluator.testing.TestModel.quarter;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.series.IndicatorSeries;

class IndicatorRuleTest {
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    private static IndicatorProgress at(Indicator indicator, IndicatorSeries series, LocalDate asOf) {
        return IndicatorRule.evaluate(indicator, series, ProgressSettings.at(asOf), null);
    }

    private static Indicator increasing() {
        return indicator("i").baseline("0", "2024").target("100", "2026").build();
    }

    @Test
    void anIndicatorHalfwayInTimeAndNearlyHalfwayInValueIsOnTrack() {
        IndicatorProgress p = at(increasing(), data().add("i", year(2025), 45).series("i"), END_2025);
        assertEquals(45, p.actual());
        assertEquals(45, p.progress(), 1e-9);
        assertEquals(50, p.expected(), 1e-9);
        assertEquals(Status.ON_TRACK, p.status());
        assertEquals(LocalDate.of(2025, 12, 31), p.actualDate());
        assertEquals("2025", p.actualPeriod());
    }

    @Test
    void aDecreasingIndicatorCountsAFallAsProgress() {
        Indicator stunting = indicator("s").unit(UnitKind.PERCENT).baseline("30", "2024").target("20", "2026").build();
        IndicatorProgress p = at(stunting, data().add("s", year(2025), 26).series("s"), END_2025);
        assertEquals(40, p.progress(), 1e-9);
        assertEquals(Status.ON_TRACK, p.status());
        assertEquals(Direction.DECREASE, p.direction());
    }

    @Test
    void noValueAfterTheBaselineDateIsNoData() {
        IndicatorProgress p = at(increasing(), null, END_2025);
        assertEquals(Status.NO_DATA, p.status());
        assertEquals(50, p.expected(), 1e-9);
        assertTrue(Double.isNaN(p.progress()));
    }

    @Test
    void anAsOfDateOnOrBeforeTheBaselineIsNotStarted() {
        assertEquals(Status.NOT_STARTED, at(increasing(), null, LocalDate.of(2024, 12, 31)).status());
    }

    @Test
    void anAsOfDateBeforeTheTheoryPeriodIsNotStarted() {
        Indicator noBaseline = indicator("i").target("10", "2026").build();
        IndicatorProgress p = IndicatorRule.evaluate(noBaseline, null, ProgressSettings.at(LocalDate.of(2022, 5, 1)),
                PeriodDate.parse("2023").orElseThrow());
        assertEquals(Status.NOT_STARTED, p.status());
    }

    @Test
    void withoutATargetTheActualIsShownButNotRated() {
        Indicator noTarget = indicator("i").baseline("0", "2024").build();
        IndicatorProgress p = at(noTarget, data().add("i", year(2025), 7).series("i"), END_2025);
        assertEquals(7, p.actual());
        assertEquals(Status.NOT_RATED, p.status());
        assertTrue(p.notes().contains("no target: progress cannot be rated"), p.notes().toString());
    }

    @Test
    void qualitativeTextIsReportedNotScored() {
        Indicator text = indicator("q").unit(UnitKind.TEXT).build();
        IndicatorProgress p = at(text, data().text("q", year(2025), "members are more engaged").series("q"), END_2025);
        assertEquals("members are more engaged", p.actualText());
        assertEquals(Status.NOT_RATED, p.status());
    }

    @Test
    void qualitativeTextEqualToTheTargetIsAchieved() {
        Indicator text = indicator("q").unit(UnitKind.TEXT).target("adopted", "2026").build();
        IndicatorProgress p = at(text, data().text("q", year(2025), "Adopted ").series("q"), END_2025);
        assertEquals(Status.ACHIEVED, p.status());
    }

    @Test
    void aBooleanIsOnTrackUntilItsTargetDateThenOffTrackUntilTrue() {
        Indicator law = indicator("b").unit(UnitKind.BOOLEAN).baseline("false", "2024").target("true", "2026").build();
        IndicatorSeries no = data().add("b", year(2025), 0).series("b");
        assertEquals(Status.ON_TRACK, at(law, no, END_2025).status());
        assertEquals(0, at(law, no, END_2025).expected());
        assertEquals(Status.OFF_TRACK, at(law, no, LocalDate.of(2027, 3, 1)).status());
        IndicatorSeries yes = data().add("b", year(2025), 1).series("b");
        assertEquals(Status.ACHIEVED, at(law, yes, END_2025).status());
    }

    @Test
    void aScaleIsRatedByThePositionOfItsLabels() {
        Indicator scale = indicator("c").unit(UnitKind.SCALE, "low", "medium", "high", "very high")
                .baseline("low", "2024").target("very high", "2026").build();
        IndicatorProgress p = at(scale, data().add("c", year(2025), 2).series("c"), END_2025);
        assertEquals(1, p.baseline());
        assertEquals(4, p.target());
        assertEquals(100.0 / 3, p.progress(), 1e-9);
        assertEquals(Status.AT_RISK, p.status());
    }

    @Test
    void withoutABaselineTheFirstValueIsUsedAndSaidSo() {
        Indicator noBaseline = indicator("i").target("100", "2026").build();
        IndicatorProgress p = at(noBaseline, data().add("i", year(2024), 20).add("i", year(2025), 60).series("i"), END_2025);
        assertEquals(20, p.baseline());
        assertEquals(LocalDate.of(2024, 12, 31), p.baselineDate());
        assertEquals(50, p.progress(), 1e-9);
        assertTrue(p.notes().get(0).startsWith("no baseline declared: the first value (2024)"), p.notes().toString());
    }

    @Test
    void aCumulativeIndicatorWithoutABaselineStartsFromZero() {
        Indicator trained = indicator("t").target("100", "2026").cumulative().build();
        IndicatorProgress p = IndicatorRule.evaluate(trained,
                data().add("t", quarter(2025, 1), 10).add("t", quarter(2025, 2), 15).series("t"),
                ProgressSettings.at(END_2025), PeriodDate.parse("2025").orElseThrow());
        assertEquals(0, p.baseline());
        assertEquals(25, p.actual());
        assertEquals(25, p.progress(), 1e-9);
    }

    @Test
    void aMaintainedLevelIsRatedByItsTolerance() {
        Indicator held = indicator("m").unit(UnitKind.PERCENT).direction(Direction.MAINTAIN)
                .baseline("80", "2024").target("80", "2026").build();
        IndicatorProgress p = at(held, data().add("m", year(2025), 77).series("m"), END_2025);
        assertEquals(Status.ON_TRACK, p.status());
        assertEquals(96.25, p.progress(), 1e-9);
        assertEquals(100, p.expected());
        assertEquals(Status.OFF_TRACK, at(held, data().add("m", year(2025), 70).series("m"), END_2025).status());
    }

    @Test
    void percentGroupsAreRatedEachAgainstTheTarget() {
        Indicator rate = indicator("r").unit(UnitKind.PERCENT).baseline("50", "2024").target("70", "2026").build();
        IndicatorSeries s = data().add("r", year(2025), "", 60).add("r", year(2025), "north", 64)
                .add("r", year(2025), "south", 52).series("r");
        IndicatorProgress p = at(rate, s, END_2025);
        assertEquals(Status.ON_TRACK, p.status());
        assertEquals("north", p.groups().get(0).group());
        assertEquals(70, p.groups().get(0).progress(), 1e-9);
        assertEquals(Status.ON_TRACK, p.groups().get(0).status());
        assertEquals(Status.OFF_TRACK, p.groups().get(1).status());
    }

    @Test
    void countGroupsShowTheirActualOnly() {
        Indicator count = indicator("c").baseline("0", "2024").target("100", "2026").cumulative().build();
        IndicatorSeries s = data().add("c", year(2025), "north", 30).add("c", year(2025), "south", 20).series("c");
        IndicatorProgress p = at(count, s, END_2025);
        assertEquals(50, p.actual());
        assertEquals(30, p.groups().get(0).actual());
        assertTrue(Double.isNaN(p.groups().get(0).progress()));
        assertEquals(Status.NOT_RATED, p.groups().get(0).status());
        assertTrue(p.notes().contains("no total rows: groups are summed"), p.notes().toString());
    }

    @Test
    void valuesAfterTheAsOfDateAreLeftOutAndSaidSo() {
        IndicatorProgress p = at(increasing(), data().add("i", year(2025), 45).add("i", year(2026), 99).series("i"),
                END_2025);
        assertEquals(45, p.actual());
        assertEquals(1, p.valuesAfterAsOf());
        assertTrue(p.notes().contains("2026 (99), 2026-01-01 to 2026-12-31, starts after the as-of date: not counted"),
                p.notes().toString());
    }

    @Test
    void aTargetTheOtherWayFromTheDeclaredDirectionIsFollowedAndSaidSo() {
        Indicator odd = indicator("o").direction(Direction.INCREASE).baseline("10", "2024").target("5", "2026").build();
        IndicatorProgress p = at(odd, data().add("o", year(2025), 8).series("o"), END_2025);
        assertEquals(40, p.progress(), 1e-9);
        assertTrue(p.notes().get(0).startsWith("the target lies the other way"), p.notes().toString());
    }

    @Test
    void theExpectedPathRunsThroughBaselineMilestonesAndTarget() {
        Indicator i = indicator("i").baseline("0", "2024").milestone("30", "2025").target("100", "2026").build();
        IndicatorProgress p = at(i, data().add("i", year(2025), 30).series("i"), END_2025);
        assertEquals(java.util.List.of(0.0, 30.0, 100.0), p.expectedPath().stream().map(TrendPoint::value).toList());
        assertEquals(30, p.expected(), 1e-9);
        assertEquals(Status.ON_TRACK, p.status());
    }
}
