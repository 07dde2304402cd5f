package org.tocworkbench.evaluator.iptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.evaluator.WeeklyBulletinsFixture;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.ProgressSettings;
import org.tocworkbench.evaluator.progress.Status;

/**
 * Weekly indicators rolled up into months, quarters or years in the IPTT (docs/progress.md, "The
 * IPTT"), with values computed by hand from {@link WeeklyBulletinsFixture}.
 */
class IpttRollupTest {
    private static Evaluation evaluate(IpttPeriods periods) {
        return WeeklyBulletinsFixture.evaluation(periods);
    }

    private static IpttIndicator row(Evaluation e, String id) {
        return e.iptt().indicator(id).orElseThrow();
    }

    @Test
    void byDefaultAWeeklyCumulativeIndicatorShowsMonthsWithTheirSumsAndRunningTotals() {
        Evaluation e = evaluate(IpttPeriods.MONTHS);
        IpttIndicator bulletins = row(e, "bulletins");
        assertEquals(Frequency.MONTHLY, bulletins.frequency());
        assertEquals(Frequency.WEEKLY, bulletins.reportedFrequency());
        assertTrue(bulletins.rolledUp());
        assertEquals(24, bulletins.periods().size(), "2024-01 to 2025-12");
        IpttPeriod january = bulletins.periods().get(0);
        assertEquals("2024-01", january.slot().label());
        assertEquals(LocalDate.of(2024, 1, 31), january.slot().end());
        assertEquals(5, january.actual(), 1e-9, "weeks 1-4: 1 + 2 + 1 + 1");
        assertEquals(5, january.toDate(), 1e-9);
        assertEquals(List.of("2024W1", "2024W2", "2024W3", "2024W4"), january.rolledUp());
        assertEquals("2024W3: printer broke", january.comment());
        assertEquals(Math.round(52 * 31 / 366.0 * 100) / 100.0, january.target(), 1e-9, "the path at 31 January");
        assertEquals(5 / january.target() * 100, january.percentOfTarget(), 1e-9);
        IpttPeriod february = bulletins.periods().get(1);
        assertEquals(4, february.actual(), 1e-9, "week 5 (ends 4 February) and week 6: 3 + 1");
        assertEquals(9, february.toDate(), 1e-9, "the running total at 29 February");
        assertEquals("2024W5: catch-up issue", february.comment());
        assertEquals(Math.round(52 * 60 / 366.0 * 100) / 100.0, february.target(), 1e-9);
        assertFalse(february.partial());
        IpttPeriod march = bulletins.periods().get(2);
        assertTrue(march.partial(), "March had not ended on 15 March");
        assertEquals(2, march.actual(), 1e-9, "week 9, which ends on 3 March");
        assertEquals(11, march.toDate(), 1e-9);
        assertEquals(11, bulletins.lopAchieved(), 1e-9, "the last period's value to date is the actual");
        assertEquals(Status.NOT_STARTED, bulletins.periods().get(3).status(), "April had not started");
        assertTrue(Double.isNaN(bulletins.periods().get(3).actual()));
    }

    @Test
    void meanAndLatestIndicatorsRollUpByTheirAggregation() {
        Evaluation e = evaluate(IpttPeriods.MONTHS);
        IpttIndicator reach = row(e, "reach");
        assertEquals(150, reach.periods().get(0).actual(), 1e-9, "January: the mean of 100 and 200");
        assertEquals(400, reach.periods().get(1).actual(), 1e-9, "February: the mean of 300 and 500");
        assertEquals(275, reach.periods().get(1).toDate(), 1e-9, "to the end of February: the mean of all four");
        assertTrue(Double.isNaN(reach.periods().get(2).actual()), "March is running and has no value yet");
        assertEquals(275, reach.periods().get(2).toDate(), 1e-9);
        IpttIndicator share = row(e, "share");
        assertEquals(20, share.periods().get(0).actual(), 1e-9, "January: the last value, week 2's");
        assertEquals(30, share.periods().get(1).actual(), 1e-9);
        assertEquals(30, share.periods().get(1).toDate(), 1e-9);
    }

    @Test
    void quartersAndYearsRollUpFurtherAndAPeriodIsNeverSplit() {
        IpttIndicator bulletins = row(evaluate(IpttPeriods.QUARTERS), "bulletins");
        assertEquals(Frequency.QUARTERLY, bulletins.frequency());
        assertEquals(8, bulletins.periods().size());
        IpttPeriod q1 = bulletins.periods().get(0);
        assertEquals("2024 Q1", q1.slot().label());
        assertEquals(11, q1.actual(), 1e-9, "every week of the quarter");
        assertTrue(q1.partial());
        assertEquals("2024W3: printer broke; 2024W5: catch-up issue", q1.comment());
        IpttIndicator years = row(evaluate(IpttPeriods.YEARS), "bulletins");
        assertEquals(List.of("2024", "2025"), years.periods().stream().map(p -> p.slot().label()).toList());
        assertEquals(11, years.periods().get(0).actual(), 1e-9);
        IpttIndicator sites = row(evaluate(IpttPeriods.MONTHS), "sites");
        assertEquals(Frequency.QUARTERLY, sites.frequency(), "a quarterly indicator keeps its quarters under months");
        assertFalse(sites.rolledUp());
        assertEquals(3, sites.periods().get(0).actual(), 1e-9);
    }

    @Test
    void reportedShowsEveryWeekAndTheNarrativeKeepsTheWeekItWasWrittenFor() {
        Evaluation reported = evaluate(IpttPeriods.REPORTED);
        IpttIndicator bulletins = row(reported, "bulletins");
        assertEquals(Frequency.WEEKLY, bulletins.frequency());
        assertFalse(bulletins.rolledUp());
        assertEquals("2024W1", bulletins.periods().get(0).slot().label());
        assertTrue(bulletins.periods().size() > 100, "two years of weeks");
        assertTrue(bulletins.periods().stream().allMatch(p -> p.rolledUp().isEmpty()));
        IpttIndicator months = row(evaluate(IpttPeriods.MONTHS), "bulletins");
        assertEquals(bulletins.narrative(), months.narrative(), "the narrative is the week's, whatever the periods shown");
        assertEquals("2024W5", months.narrative().orElseThrow().period());
        assertEquals("printer broke", months.commentOn("2024W3"), "the indicators table finds the week's comment");
    }

    @Test
    void thePlansLastPeriodIsShownAndTheWeekRunningAtTheAsOfDateIsRatedAsPartial() {
        IpttIndicator bulletins = row(evaluate(IpttPeriods.REPORTED), "bulletins");
        IpttPeriod last = bulletins.periods().get(bulletins.periods().size() - 1);
        assertEquals("2026W1", last.slot().label(), "the week of 29 December 2025 holds the period's last day");
        assertEquals(LocalDate.of(2026, 1, 4), last.slot().end());
        assertEquals(52, last.target(), 1e-9);
        IpttPeriod week11 = bulletins.periods().get(10);
        assertEquals("2024W11", week11.slot().label());
        assertTrue(week11.partial(), "11 to 17 March, as of 15 March");
        assertEquals(11, week11.toDate(), 1e-9);
        assertTrue(Double.isNaN(week11.actual()), "nothing reported for the week yet");
        assertEquals(bulletins.status(), week11.status(), "rated on its value to date at the as-of date, as the indicator is");
        assertEquals(Status.NO_DATA, bulletins.periods().get(9).status(), "week 10 ended with nothing reported");
        assertEquals(Status.NOT_STARTED, bulletins.periods().get(11).status());
        IpttIndicator sites = row(evaluate(IpttPeriods.REPORTED), "sites");
        assertEquals("2025 Q4", sites.periods().get(sites.periods().size() - 1).slot().label());
    }

    @Test
    void theChoiceIsReadFromItsWordInAnyCase() {
        assertEquals(IpttPeriods.QUARTERS, IpttPeriods.of("Quarters").orElseThrow());
        assertTrue(IpttPeriods.of("weeks").isEmpty());
        assertEquals("reported, months, quarters, years", IpttPeriods.choices());
        assertEquals(IpttPeriods.MONTHS, ProgressSettings.at(LocalDate.of(2024, 1, 1)).ipttPeriods(), "the default");
    }

    @Test
    void fiscalYearsAndQuartersAreThoseTheDataCount() {
        assertEquals(new IpttPeriod.Slot("FY2025", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30)),
                IpttRollup.containing(Frequency.ANNUAL, LocalDate.of(2024, 11, 3), 10));
        assertEquals(new IpttPeriod.Slot("FY2025 Q1", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)),
                IpttRollup.containing(Frequency.QUARTERLY, LocalDate.of(2024, 11, 3), 10));
        assertEquals(new IpttPeriod.Slot("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                IpttRollup.containing(Frequency.ANNUAL, LocalDate.of(2024, 11, 3), 1));
    }
}
