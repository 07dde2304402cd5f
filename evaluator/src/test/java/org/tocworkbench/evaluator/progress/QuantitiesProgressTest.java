package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.report.Format;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.testing.TestModel;

/** Progress with evaluation points, growth rates, populations, mean scores and composite indicators. */
class QuantitiesProgressTest {
    private static Theory theory(String indicators) {
        return TestModel.theory("""
                theory "T" {
                    period 2024 to 2028
                    point baseline at 2024
                    point midterm at year 3
                }
                impact I "Healthier"
                activity A1 "Build"
                outcome O1 "Used" {
                """ + indicators + """
                }
                A1 -> O1 -> I
                """);
    }

    private static Evaluation evaluate(Theory theory, ObservedData data, LocalDate asOf) {
        return Evaluator.evaluate(theory, data, ProgressSettings.at(asOf));
    }

    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);

    private static final String COMPOSITE = """
            indicator X "Classrooms built and desks supplied" {
                part rooms "Classrooms built" { unit count baseline 0 at baseline target 12 by end }
                part desks "Desks supplied" { unit count baseline 0 at baseline target 480 by end }
            }
            """;

    @Test
    void compoundingGrowthSetsTheExpectedValueBetweenBaselineAndTarget() {
        Theory t = theory("indicator X \"x\" { unit count baseline 100 at baseline target 300 by end growth 30% per year }");
        IndicatorProgress p = evaluate(t, data().add("X", year(2026), 160).finish(), END_2026).indicators().get("X");
        // two years of 30%: 100 × 1.3² = 169, which is 34.5% of the way from 100 to 300
        double years = (END_2026.toEpochDay() - LocalDate.of(2024, 12, 31).toEpochDay()) / 365.2425;
        double expectedValue = 100 * Math.pow(1.3, years);
        assertEquals(169, expectedValue, 0.1);
        assertEquals((expectedValue - 100) / 2, p.expected(), 1e-9);
        assertEquals(30, p.progress(), 1e-9);
        assertEquals(Status.ON_TRACK, p.status());
        assertTrue(p.expectedPath().stream().anyMatch(point -> point.label().equals("growth")), p.expectedPath().toString());
    }

    @Test
    void theTargetStillDecidesAchievedWhenGrowthWouldGoFurther() {
        Theory t = theory("indicator X \"x\" { unit count baseline 100 at baseline target 150 by end growth 30% per year }");
        IndicatorProgress p = evaluate(t, data().add("X", year(2026), 150).finish(), END_2026).indicators().get("X");
        assertEquals(100, p.expected(), 1e-9, "the curve passes 150 before the end and stops at the target");
        assertEquals(Status.ACHIEVED, p.status());
    }

    @Test
    void linearGrowthWithoutATargetLeadsToTheEndOfThePeriod() {
        Theory t = theory("indicator X \"x\" { unit count baseline 100 at baseline growth 20 per quarter }");
        IndicatorProgress p = evaluate(t, data().add("X", year(2026), 260).finish(), END_2026).indicators().get("X");
        // four years from the end of 2024 to the end of 2028: 16 quarters × 20 = 420
        assertEquals(420, p.target(), 0.5);
        assertEquals(LocalDate.of(2028, 12, 31), p.targetDate());
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("no target: growth 20 per quarter")), p.notes().toString());
        // expected at the end of 2026: 8 quarters × 20 = 160 of 320 → 50%; actual 160 of 320 → 50%
        assertEquals(50, p.expected(), 0.2);
        assertEquals(50, p.progress(), 0.2);
        assertEquals(Status.ON_TRACK, p.status());
    }

    @Test
    void aMilestoneRestartsTheGrowthCurve() {
        Theory t = theory("indicator X \"x\" { unit count baseline 100 at baseline milestone 200 by midterm"
                + " target 400 by end growth 10% per year }");
        IndicatorProgress p = evaluate(t, data().add("X", year(2026), 200).finish(), LocalDate.of(2027, 12, 31))
                .indicators().get("X");
        double expectedValue = 200 * Math.pow(1.1, (LocalDate.of(2027, 12, 31).toEpochDay()
                - LocalDate.of(2026, 12, 31).toEpochDay()) / 365.2425);
        assertEquals((expectedValue - 100) / 3, p.expected(), 1e-9);
    }

    @Test
    void aShareOfThePopulationIsACountInProgressAndBothInReports() {
        Theory t = theory("indicator X \"x\" { unit count \"households\" population 1200 \"households\""
                + " baseline 20% at baseline target 80% by end }");
        Evaluation e = evaluate(t, data().add("X", year(2026), 600).finish(), END_2026);
        IndicatorProgress p = e.indicators().get("X");
        assertEquals(240, p.baseline(), 1e-9);
        assertEquals(960, p.target(), 1e-9);
        assertEquals(50, p.progress(), 1e-9);
        assertEquals("960 (80% of 1,200 households)", Format.value(p.target(), t.indicators().get("X")));
        assertEquals("600 (50% of 1,200 households)", Format.actual(p, t.indicators().get("X")));
    }

    @Test
    void aMeanScoreIsProgressAlongTheScale() {
        Theory t = theory("indicator X \"x\" { unit scale \"poor\", \"fair\", \"good\", \"very good\""
                + " baseline 1.8 at baseline target 3.3 by end }");
        IndicatorProgress p = evaluate(t, data().add("X", year(2026), 2.9).finish(), END_2026).indicators().get("X");
        assertEquals(1.8, p.baseline(), 1e-9);
        assertEquals(1.1 / 1.5 * 100, p.progress(), 1e-9);
        assertEquals("2.9 (mean, scale 1-4)", Format.actual(p, t.indicators().get("X")));
        assertEquals("good", Format.value(3, t.indicators().get("X")));
    }

    @Test
    void aCompositeIsAsFarAlongAsItsSlowestPartWithTheWorstStatus() {
        Theory t = theory(COMPOSITE);
        Evaluation e = evaluate(t, data().add("X.rooms", year(2026), 6).add("X.desks", year(2026), 120).finish(),
                END_2026);
        IndicatorProgress rooms = e.indicators().get("X.rooms");
        IndicatorProgress desks = e.indicators().get("X.desks");
        IndicatorProgress composite = e.indicators().get("X");
        assertEquals(50, rooms.progress(), 1e-9);
        assertEquals(25, desks.progress(), 1e-9);
        assertEquals(25, composite.progress(), 1e-9);
        assertEquals(desks.expected(), composite.expected(), 1e-9);
        assertEquals(Status.worstOf(java.util.List.of(rooms.status(), desks.status())), composite.status());
        assertEquals(java.util.List.of("X"), e.nodes().get("O1").indicators());
        assertEquals(composite.progress(), e.nodes().get("O1").progress(), 1e-9);
    }

    @Test
    void aTargetDatedByAProjectYearInATheoryWithNoPeriodIsNotRatedAndSaysWhy() {
        Theory t = TestModel.theory("impact I \"P\"\noutput P1 \"Plans\" {\n indicator X \"x\" { unit count population 25"
                + " target 20 by year 2 }\n}\nP1 -> I\n");
        IndicatorProgress p = evaluate(t, data().add("X", year(2026), 12).finish(), END_2026).indicators().get("X");
        assertEquals(Status.NOT_RATED, p.status());
        assertTrue(p.notes().contains("the target is due year 2, which the theory's period would date, and there is none:"
                + " progress cannot be rated"), p.notes().toString());
        assertEquals(12, p.actual(), 1e-9);
    }

    @Test
    void aCompositeWithAPartWithoutDataSaysSo() {
        Theory t = theory(COMPOSITE);
        IndicatorProgress composite = evaluate(t, data().add("X.rooms", year(2026), 6).finish(), END_2026)
                .indicators().get("X");
        assertEquals(50, composite.progress(), 1e-9);
        assertTrue(composite.notes().contains("parts not rated: X.desks (no data)"), composite.notes().toString());
    }
}
