package org.tocworkbench.evaluator.iptt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.quarter;
import static org.tocworkbench.evaluator.testing.TestModel.theory;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.Period;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.ProgressSettings;
import org.tocworkbench.evaluator.progress.Status;

/** Issue 15.1: the IPTT, period by period (docs/progress.md#the-iptt). */
class IpttBuilderTest {
    private static final Theory THEORY = theory("""
            theory "T" { period 2024 to 2026 }
            impact I "Fewer children are stunted" {
              indicator stunting "Stunting rate" {
                unit percent
                baseline 30% at 2023
                target 20% by 2026
                frequency annual
              }
            }
            output O "Caregivers counselled" {
              indicator counselled "Caregivers counselled" {
                baseline 0 at 2023
                target 1200 by 2026
                cumulative
                disaggregate by sex
                frequency quarterly
              }
            }
            """);

    private static Evaluation evaluate(LocalDate asOf) {
        return Evaluator.evaluate(THEORY, data()
                .add("stunting", year(2024), 28)
                .add("stunting", year(2025), 26)
                .commented("counselled", quarter(2024, 1), "female", 60, "n=45")
                .add("counselled", quarter(2024, 1), "male", 40)
                .commented("counselled", quarter(2024, 2), "", 100, "below target because the rains delayed the sessions")
                .add("counselled", quarter(2024, 3), "", 150)
                .finish(), ProgressSettings.at(asOf));
    }

    @Test
    void levelsRunFromTheImpactDownAndEachIndicatorHasItsFrequencysPeriods() {
        Iptt iptt = evaluate(LocalDate.of(2024, 9, 30)).iptt();
        assertEquals(List.of("stunting", "counselled"), iptt.indicators().stream().map(IpttIndicator::indicatorId).toList());
        assertEquals("Impact", iptt.indicators().get(0).level());
        assertEquals("Outputs", iptt.indicators().get(1).level());
        IpttIndicator counselled = iptt.indicator("counselled").orElseThrow();
        assertEquals(Frequency.QUARTERLY, counselled.frequency());
        assertEquals(12, counselled.periods().size(), "2024-Q1 to 2026-Q4");
        assertEquals("2024-Q1", counselled.periods().get(0).slot().label());
        assertEquals(List.of("female", "male"), counselled.groups());
    }

    @Test
    void aCumulativeIndicatorRunsItsTotalAgainstThePathsTargetAtEachPeriodEnd() {
        IpttIndicator counselled = evaluate(LocalDate.of(2024, 9, 30)).iptt().indicator("counselled").orElseThrow();
        IpttPeriod q1 = counselled.periods().get(0);
        assertEquals(100, q1.actual(), 1e-9, "no total row: the groups are summed");
        assertEquals(100, q1.toDate(), 1e-9);
        assertEquals(Math.round(1200 * 91 / 1096.0 * 100) / 100.0, q1.target(), 1e-9,
                "on the straight path, to the hundredth shown, not to a whole person: the status is rated on it");
        assertEquals(100 / q1.target() * 100, q1.percentOfTarget(), 1e-9, "% of the target shown, not of 100");
        assertEquals("female: n=45", q1.comment());
        assertEquals("n=45", q1.groups().get(0).comment());
        IpttPeriod q3 = counselled.periods().get(2);
        assertEquals(150, q3.actual(), 1e-9);
        assertEquals(350, q3.toDate(), 1e-9);
        assertEquals(350 / q3.target() * 100, q3.percentOfTarget(), 1e-9);
        assertTrue(q3.status().isRated());
        IpttPeriod q4 = counselled.periods().get(3);
        assertEquals(Status.NOT_STARTED, q4.status(), "after the as-of date");
        assertTrue(Double.isNaN(q4.toDate()));
        assertEquals(1200, counselled.lopTarget(), 1e-9);
        assertEquals(350, counselled.lopAchieved(), 1e-9);
        assertEquals("below target because the rains delayed the sessions", counselled.narrative().orElseThrow().text(),
                "the latest comment up to the as-of date");
    }

    @Test
    void aDecreaseCountsTheTargetOverTheValueAndACurrentYearIsPartial() {
        IpttIndicator stunting = evaluate(LocalDate.of(2025, 6, 30)).iptt().indicator("stunting").orElseThrow();
        assertEquals(List.of("2024", "2025", "2026"), stunting.periods().stream().map(p -> p.slot().label()).toList());
        IpttPeriod y2025 = stunting.periods().get(1);
        assertTrue(y2025.partial());
        assertEquals(26, y2025.toDate(), 1e-9, "a survey of a year that has started is counted");
        assertEquals(y2025.target() / 26 * 100, y2025.percentOfTarget(), 1e-9);
        assertFalse(stunting.periods().get(0).partial());
        assertEquals(20.0 / 26 * 100, stunting.lopPercent(), 1e-9);
    }

    @Test
    void aPeriodOfTheFrequencyGivesWayToAnOverlappingReportedPeriod() {
        Period fiscal = new Period(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30), "FY2025");
        Evaluation e = Evaluator.evaluate(THEORY, data().add("stunting", fiscal, 27).finish(),
                ProgressSettings.at(LocalDate.of(2025, 12, 31)));
        List<String> labels = e.iptt().indicator("stunting").orElseThrow().periods().stream()
                .map(p -> p.slot().label()).toList();
        assertEquals(List.of("FY2025", "2026"), labels);
    }

    @Test
    void everyRatedPeriodsPercentIsItsValueToDateOverTheTargetShown() {
        // baseline 1, target 4 over three years: the path passes 1.5 and 2.5, which rounded (2 and 3,
        // or 1 and 2 half-down) made "100%" beside "at risk"
        Theory theory = theory("""
                theory "T" { period 2024 to 2027 }
                outcome M "Budget lines" {
                  indicator lines "Countries with a funded line" {
                    baseline 1 at 2024
                    target 4 by 2027
                    frequency biannual
                  }
                }
                """);
        Evaluation e = Evaluator.evaluate(theory, data()
                .add("lines", new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), "2025 H1"), 2)
                .add("lines", new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "2026 H1"), 2)
                .finish(), ProgressSettings.at(LocalDate.of(2026, 6, 30)));
        for (IpttPeriod p : e.iptt().indicator("lines").orElseThrow().periods()) {
            if (p.status().isRated()) {
                assertEquals(p.toDate() / p.target() * 100, p.percentOfTarget(), 1e-9, p.slot().label());
                assertTrue(p.target() != Math.rint(p.target()), p.slot().label() + ": the exact target " + p.target());
            }
        }
    }

    @Test
    void theDatasOwnLabelsStayAndGeneratedPeriodsReadOneWay() {
        Period fiscalQ3 = new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), "FY2024 Q3");
        Evaluation e = Evaluator.evaluate(THEORY, data().add("counselled", fiscalQ3, "", 80).finish(),
                ProgressSettings.at(LocalDate.of(2024, 9, 30)));
        List<String> labels = e.iptt().indicator("counselled").orElseThrow().periods().stream()
                .map(p -> p.slot().label()).toList();
        assertEquals("2024 Q1", labels.get(0));
        assertEquals("FY2024 Q3", labels.get(1), "the label the data give, not the calendar quarter's");
        assertEquals("2024 Q3", labels.get(2));
        org.tocworkbench.evaluator.template.TemplatePeriods.Slot julToSep = new org.tocworkbench.evaluator.template
                .TemplatePeriods.Slot("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        assertEquals("FY2026 Q4", IpttBuilder.label(Frequency.QUARTERLY, julToSep, 10), "fiscal year from October");
        assertEquals("FY2027 Q1", IpttBuilder.label(Frequency.QUARTERLY, new org.tocworkbench.evaluator.template
                .TemplatePeriods.Slot("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), 10));
        assertEquals("2026 H2", IpttBuilder.label(Frequency.BIANNUAL, new org.tocworkbench.evaluator.template
                .TemplatePeriods.Slot("2026S2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), 1));
    }

    @Test
    void everyCalendarLabelShowsPlainlyAndADateRangeOnce() {
        for (String label : List.of("2024Q4", "2024-Q4", "2024 Q4", "Q4 2024", "2024-10-01 – 2024-12-31",
                "2024-10-01 to 2024-12-31")) {
            assertEquals("", new IpttPeriod.Slot(label, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)).days(),
                    label);
        }
        for (String label : List.of("2025-H1", "2025H1", "2025 H1", "2025S1", "H1 2025")) {
            assertEquals("", new IpttPeriod.Slot(label, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).days(),
                    label);
        }
        assertEquals("", new IpttPeriod.Slot("March 2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)).days());
        assertEquals("2025-01-01 to 2025-03-31",
                new IpttPeriod.Slot("FY2025 Q2", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)).days(),
                "a fiscal quarter does not say its days");
        assertEquals("2025-07-01 to 2025-09-30",
                new IpttPeriod.Slot("Year 1 Q3", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)).days());
    }

    @Test
    void aDateRangeOfTheDataReadsAsTheTablesOtherPeriodsDo() {
        Period range = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), "2024-01-01 – 2024-03-31");
        Period compact = new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), "2024-04-01 to 2024-06-30");
        Evaluation e = Evaluator.evaluate(THEORY, data().add("counselled", range, "", 80)
                .add("counselled", compact, "", 90).add("stunting", new Period(LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31), "2024-01-01 – 2024-12-31"), 28).finish(),
                ProgressSettings.at(LocalDate.of(2024, 9, 30)));
        List<IpttPeriod> counselled = e.iptt().indicator("counselled").orElseThrow().periods();
        assertEquals(List.of("2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"),
                counselled.stream().limit(4).map(p -> p.slot().label()).toList());
        assertTrue(counselled.stream().allMatch(p -> p.slot().days().isEmpty()));
        assertEquals(80, counselled.get(0).actual(), "the row keeps the data's value");
        IpttPeriod stunting2024 = e.iptt().indicator("stunting").orElseThrow().periods().get(0);
        assertEquals("2024", stunting2024.slot().label());
        assertEquals("", stunting2024.slot().days());
    }

    @Test
    void anIndicatorPlannedWithoutAFrequencyKeepsARowPerPlannedDateBeforeAnyData() {
        Theory imported = theory("""
                impact I "Spending on preparedness rises" {
                  indicator spend "Expenditure per capita" {
                    unit currency "USD"
                    baseline 0.35 at 2024-12-31
                    milestone 0.5 by 2026-12-31
                    target 0.8 by 2028-12-31
                  }
                  indicator plans "Plans citing evidence" {
                    baseline 0 at 2024
                    target 5 by 2028
                    cumulative
                  }
                }
                """);
        Evaluation e = Evaluator.evaluate(imported, data().finish(), ProgressSettings.at(LocalDate.of(2027, 6, 30)));
        List<IpttPeriod> spend = e.iptt().indicator("spend").orElseThrow().periods();
        assertEquals(List.of("2026-12-31", "2028-12-31"), spend.stream().map(p -> p.slot().label()).toList());
        assertEquals(0.5, spend.get(0).target(), 1e-9);
        assertEquals(Status.NO_DATA, spend.get(0).status(), "the milestone's day has passed with nothing reported");
        assertEquals(0.8, spend.get(1).target(), 1e-9);
        assertEquals(Status.NOT_STARTED, spend.get(1).status());
        List<IpttPeriod> plans = e.iptt().indicator("plans").orElseThrow().periods();
        assertEquals(List.of("2028"), plans.stream().map(p -> p.slot().label()).toList());
        assertEquals(5, plans.get(0).target(), 1e-9);
        assertEquals(Status.NOT_STARTED, plans.get(0).status(), "the target's year starts after the as-of date");

        Evaluation withData = Evaluator.evaluate(imported, data().add("spend",
                new Period(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 15), "2026-05-15"), 0.6).finish(),
                ProgressSettings.at(LocalDate.of(2027, 6, 30)));
        List<IpttPeriod> rows = withData.iptt().indicator("spend").orElseThrow().periods();
        assertEquals(List.of("2026-05-15", "2026-12-31", "2028-12-31"), rows.stream().map(p -> p.slot().label()).toList());
        assertEquals(0.6, rows.get(1).toDate(), 1e-9);
        assertEquals(Status.ON_TRACK, rows.get(1).status(),
                "a planned date is rated on what was achieved by then, not 'no data' for want of a period of its own");
    }

    @Test
    void aScalesTargetPerPeriodIsTheLevelOfTheMilestoneInForce() {
        Theory theory = theory("""
                theory "T" { period 2025 to 2027 }
                outcome M "Plan" {
                  indicator plan "Stage of the plan" {
                    unit scale "not started", "drafted", "costed", "validated", "financed"
                    baseline "drafted" at 2024
                    milestone "costed" by 2025
                    target "validated" by 2027
                    frequency biannual
                  }
                }
                """);
        Evaluation e = Evaluator.evaluate(theory, data().finish(), ProgressSettings.at(LocalDate.of(2025, 6, 30)));
        List<IpttPeriod> periods = e.iptt().indicator("plan").orElseThrow().periods();
        List<Double> targets = periods.stream().map(IpttPeriod::target).toList();
        double costed = targets.get(0);
        assertEquals(List.of(costed, costed, costed + 1, costed + 1, costed + 1, costed + 1), targets,
                "costed through 2025, then validated: whole levels, never a position between two");
    }
}
