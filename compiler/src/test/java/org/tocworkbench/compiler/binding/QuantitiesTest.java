package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Growth;
import org.tocworkbench.compiler.model.GrowthPeriod;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;

/** Evaluation points, relative dates, growth, populations and composite indicators, as parsed and bound. */
class QuantitiesTest {
    private static final String THEORY = """
            theory "T" {
                period 2024-07 to 2028-06
                point baseline "Baseline survey" at 2024-09
                point midterm at year 2
                point endline at end
            }
            impact I "Prepared"
            activity A1 "Train"
            """;

    private static Theory theory(String text) {
        Checked checked = Checked.text(text);
        assertTrue(checked.diagnostics().stream().noneMatch(d -> d.severity().name().equals("ERROR")), checked::human);
        return checked.compilation().theory();
    }

    private static Indicator indicator(String properties) {
        return theory(THEORY + "outcome O1 \"Used\" {\n indicator X \"x\" {\n" + properties + "\n }\n}\nA1 -> O1 -> I\n")
                .indicators().get("X");
    }

    // ------------------------------------------------------------------ evaluation points and relative dates

    @Test
    void pointsResolveToTheirDatesAndKeepTheNameAsWritten() {
        Indicator x = indicator("unit percent baseline 20% at baseline milestone 50% by midterm target 80% by endline");
        assertEquals("2024-09", x.baseline().date().text());
        assertEquals("baseline", x.baseline().date().written());
        assertEquals(LocalDate.of(2026, 6, 30), x.milestones().get(0).date().end());
        assertEquals("midterm", x.milestones().get(0).date().written());
        assertEquals(LocalDate.of(2028, 6, 30), x.target().date().end());
        assertEquals("endline", x.target().date().written());
    }

    @Test
    void projectYearsAreCountedFromThePeriodStart() {
        Indicator x = indicator("unit percent baseline 20% at start milestone 30% by year 1 target 80% by year 4");
        assertEquals(LocalDate.of(2024, 7, 1), x.baseline().date().end());
        PeriodDate year1 = x.milestones().get(0).date();
        assertEquals(LocalDate.of(2024, 7, 1), year1.start());
        assertEquals(LocalDate.of(2025, 6, 30), year1.end());
        assertEquals("year 1", year1.written());
        assertEquals(LocalDate.of(2028, 6, 30), x.target().date().end());
    }

    @Test
    void aProjectYearOfACalendarPeriodIsThatYear() {
        Theory t = theory("theory \"T\" { period 2024 to 2027 }\nimpact I \"P\"\nactivity A1 \"T\" {\n"
                + " indicator X \"x\" { unit count baseline 0 at start target 3 by year 3 }\n}\nA1 -> I\n");
        assertEquals("2026", t.indicators().get("X").target().date().text());
    }

    @Test
    void theTheoryKeepsItsPointsInOrder() {
        Theory t = theory(THEORY + "A1 -> I\n");
        assertEquals(List.of("baseline", "midterm", "endline"),
                t.metadata().points().stream().map(p -> p.name()).toList());
        assertEquals("Baseline survey", t.metadata().points().get(0).label());
        assertEquals("year 2", t.metadata().points().get(1).date().written());
    }

    @Test
    void asOfAndEvidenceMayNameAPoint() {
        Theory t = theory(THEORY.replace("point endline at end", "point endline at end\n as of midterm")
                + "assumption AS1 \"Holds\" { evidence \"Survey\" date baseline }\nA1 -> I { assumes AS1 }\n");
        assertEquals(LocalDate.of(2026, 6, 30), t.metadata().asOf().end());
        assertEquals("baseline", t.assumptions().get("AS1").evidence().get(0).date().written());
    }

    @Test
    void aProjectYearWithoutAPeriodIsKeptUndatedWithAWarning() {
        Checked checked = Checked.text("impact I \"P\"\noutput P1 \"Plans\" {\n indicator X \"x\" { unit count population 25"
                + " target 20 by year 2 }\n}\nP1 -> I\n");
        checked.reports(Code.DATE_NEEDS_PERIOD, "3:58", "`year 2` cannot be dated: the theory has no period");
        assertFalse(checked.compilation().hasErrors(), checked::human);
        PeriodDate due = checked.compilation().theory().indicators().get("X").target().date();
        assertFalse(due.dated());
        assertEquals("year 2", due.written());
    }

    @Test
    void aPointCannotBeDatedByAnotherPoint() {
        Checked.text("theory \"T\" { period 2024 to 2027 point a at 2025 point b at a }\nimpact I \"P\"\n")
                .reports(Code.UNKNOWN_POINT, "1:61", "cannot name another point");
    }

    @Test
    void anUnknownPointSuggestsTheClosest() {
        Diagnostic d = Checked.text(THEORY + "outcome O1 \"U\" { indicator X \"x\" { unit percent baseline 1% at start"
                        + " target 5% by endlin } }\nA1 -> O1 -> I\n")
                .reports(Code.UNKNOWN_POINT, "9:83", "unknown evaluation point `endlin`");
        assertEquals("endline", d.replacement());
    }

    @Test
    void yearZeroIsNotAProjectYear() {
        Checked.text(THEORY + "outcome O1 \"U\" { indicator X \"x\" { unit percent baseline 1% at start"
                        + " target 5% by year 0 } }\nA1 -> O1 -> I\n")
                .reports(Code.INVALID_DATE, "9:83", "`year 0` is not a project year");
    }

    // ------------------------------------------------------------------ growth

    @Test
    void growthWithAPercentCompoundsAndWithoutIsLinear() {
        Growth compounding = indicator("unit count baseline 100 at start growth 30% per year").growth().orElseThrow();
        assertTrue(compounding.percent());
        assertEquals(GrowthPeriod.YEAR, compounding.per());
        LocalDate from = LocalDate.of(2024, 1, 1);
        assertEquals(169, compounding.valueAt(100, from, LocalDate.of(2026, 1, 1)), 0.5);
        Growth linear = indicator("unit count baseline 100 at start growth 20 per quarter").growth().orElseThrow();
        assertFalse(linear.percent());
        assertEquals(180, linear.valueAt(100, from, LocalDate.of(2025, 1, 1)), 0.5);
    }

    @Test
    void growthWithoutATargetGivesTheDirection() {
        Indicator x = indicator("unit count baseline 100 at start growth -5% per half");
        assertEquals("decrease", x.direction().word());
        assertTrue(x.directionInferred());
    }

    @Test
    void anUnknownGrowthPeriodIsReportedWithTheClosestWord() {
        Diagnostic d = Checked.text(THEORY + "outcome O1 \"U\" { indicator X \"x\" { unit count baseline 1 at start"
                        + " growth 5 per quartr } }\nA1 -> O1 -> I\n")
                .reports(Code.INVALID_VALUE, "9:80", "unknown growth period `quartr`");
        assertEquals("quarter", d.replacement());
    }

    @Test
    void growthOnAYesNoIndicatorIsMisplaced() {
        Checked.text(THEORY + "outcome O1 \"U\" { indicator X \"x\" { unit boolean baseline false at start"
                        + " growth 5% per year } }\nA1 -> O1 -> I\n")
                .reports(Code.MISPLACED_PROPERTY, "9:73", "`growth` applies to indicators with numbers, not to boolean");
    }

    // ------------------------------------------------------------------ population

    @Test
    void aShareOfThePopulationIsItsCount() {
        Indicator x = indicator("unit count \"households\" population 1200 \"households in the districts\""
                + " baseline 20% at start target 80% by end");
        assertEquals(1200, x.population().orElseThrow().count());
        assertEquals(240, x.numeric(x.baseline().value()).getAsDouble());
        assertEquals(960, x.numeric(x.target().value()).getAsDouble());
        assertEquals("count", x.unit().kind().word(), "a population keeps the indicator a count");
        assertEquals("increase", x.direction().word());
    }

    @Test
    void aPopulationOnAPercentIndicatorIsMisplaced() {
        Checked.text(THEORY + "outcome O1 \"U\" { indicator X \"x\" { unit percent population 1200 } }\nA1 -> O1 -> I\n")
                .reports(Code.MISPLACED_PROPERTY, "9:49", "`population` applies to count indicators");
    }

    @Test
    void aPopulationIsAWholeNumberAboveZero() {
        Checked.text(THEORY + "outcome O1 \"U\" { indicator X \"x\" { unit count population 0 } }\nA1 -> O1 -> I\n")
                .reports(Code.INVALID_VALUE, "9:58", "`0` is not a population");
    }

    // ------------------------------------------------------------------ composite indicators

    @Test
    void partsAreIndicatorsOfTheirOwnAfterTheirComposite() {
        Theory t = theory(THEORY + """
                output P1 "Schools equipped" {
                    indicator P1_1 "Classrooms built and desks supplied" {
                        part rooms "Classrooms built" { unit count baseline 0 at start target 12 by end }
                        part desks "Desks supplied" { unit count baseline 0 at start target 480 by end }
                    }
                }
                A1 -> P1 -> I
                """);
        assertEquals(List.of("P1_1", "P1_1.rooms", "P1_1.desks"), List.copyOf(t.indicators().keySet()));
        Indicator composite = t.indicators().get("P1_1");
        assertTrue(composite.composite());
        assertEquals(List.of("P1_1.rooms", "P1_1.desks"), composite.parts());
        Indicator desks = t.indicators().get("P1_1.desks");
        assertEquals("P1_1", desks.partOf().orElseThrow());
        assertEquals("P1", desks.subject());
        assertEquals("Desks supplied", desks.title());
        assertEquals(List.of("P1_1"), t.nodes().get("P1").indicators(), "the node lists the composite, not its parts");
    }

    @Test
    void aPartInsideAPartIsMisplaced() {
        Checked.text(THEORY + "output P1 \"S\" { indicator P1_1 \"x\" { part a \"A\" { part b \"B\" { } } } }\nA1 -> P1 -> I\n")
                .reports(Code.MISPLACED_PROPERTY, "9:56", "a part cannot have parts of its own");
    }

    @Test
    void twoPartsWithOneNameAreADuplicate() {
        Checked.text(THEORY + "output P1 \"S\" { indicator P1_1 \"x\" { part a \"A\" { } part a \"B\" { } } }\nA1 -> P1 -> I\n")
                .reports(Code.DUPLICATE_NAME, "9:58", "`P1_1.a` is declared twice");
    }

    // ------------------------------------------------------------------ soft keywords

    @Test
    void theNewWordsStillNameThings() {
        Theory t = theory("""
                impact point "Point"
                outcome growth "Growth"
                output per "Per"
                activity population "Population" {
                    indicator part "Part" { unit count baseline 0 at 2024 target 3 by 2026 }
                }
                population -> per -> growth -> point
                """);
        assertEquals(List.of("point", "growth", "per", "population"), List.copyOf(t.nodes().keySet()));
        assertEquals(List.of("part"), List.copyOf(t.indicators().keySet()));
    }
}
