package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.model.Theory;

/** Mean scores on a scale, shares of a population and the parts of a composite indicator, read from data. */
class QuantitiesImportTest {
    private static final Theory THEORY = Fixtures.compile("""
            theory "Water and schools" {
              period 2024-01 to 2027-12
            }
            impact I "Children are healthier and learn"
            outcome OC1 "Households use safe water" {
              indicator OC1_1 "Households using improved water sources" {
                unit count "households"
                population 1200 "households in the two districts"
                baseline 20% at start
                target 80% by end
              }
              indicator OC1_2 "Hygiene practice score" {
                unit scale "poor", "fair", "good", "very good"
                baseline 1.8 at start
                target 3 by end
              }
            }
            output OP2 "Schools equipped" {
              indicator OP2_1 "Classrooms built and desks supplied" {
                part rooms "Classrooms built" { unit count baseline 0 at start target 12 by end }
                part desks "Desks supplied" { code "2.1b" unit count baseline 0 at start target 480 by end }
              }
            }
            OP2 -> OC1 -> I
            """);

    @TempDir
    Path dir;

    private Fixtures.Collected read(String csv) throws ImportException {
        return Fixtures.read(ImportRequest.of(Fixtures.text(dir, "data.csv", csv)), THEORY);
    }

    @Test
    void aMeanScoreOnAScaleIsReadAsItIs() throws Exception {
        Fixtures.Collected c = read("Indicator,Period,Value\nOC1_2,2025,2.9\nOC1_2,2026,good\n");
        assertTrue(c.issues.isEmpty(), c.describeIssues());
        assertEquals(2.9, c.of("OC1_2").get(0).value(), 1e-9);
        assertEquals(3, c.of("OC1_2").get(1).value(), 1e-9);
    }

    @Test
    void aScoreOffTheScaleIsStillRefusedWithItsCell() throws Exception {
        Fixtures.Collected c = read("Indicator,Period,Value\nOC1_2,2025,4.5\nOC1_2,2026,0.5\n");
        assertEquals(0, c.of("OC1_2").size());
        assertEquals(2, c.issues(DataIssue.Kind.NON_NUMERIC_VALUE).size(), c.describeIssues());
        assertEquals("C2", c.issues.get(0).where().a1());
        assertTrue(c.issues.get(0).message().contains("1 to 4"), c.issues.get(0).message());
    }

    @Test
    void aShareOnACountWithAPopulationIsReadAsItsCount() throws Exception {
        Fixtures.Collected c = read("Indicator,Period,Value\nOC1_1,2025,50%\nOC1_1,2026,720\n");
        assertTrue(c.issues.isEmpty(), c.describeIssues());
        assertEquals(600, c.of("OC1_1").get(0).value(), 1e-9);
        assertEquals(720, c.of("OC1_1").get(1).value(), 1e-9);
    }

    @Test
    void partsAreNamedByTheirIdOrTheirTitle() throws Exception {
        Fixtures.Collected c = read("Indicator,Period,Value\nOP2_1.rooms,2025,5\nDesks supplied,2025,200\n");
        assertEquals(5, c.only("OP2_1.rooms").value(), 1e-9);
        assertEquals(200, c.only("OP2_1.desks").value(), 1e-9);
        assertEquals(1, c.issues(DataIssue.Kind.MATCHED_BY_TITLE).size(), c.describeIssues());
    }

    @Test
    void aPartIsNamedByItsOwnCode() throws Exception {
        Fixtures.Collected c = read("Indicator,Period,Value\n2.1b,2025,40\n");
        assertTrue(c.issues.isEmpty(), c.describeIssues());
        assertEquals(40, c.only("OP2_1.desks").value(), 1e-9);
    }

    @Test
    void aValueForTheCompositeItselfIsReportedAndNotUsed() throws Exception {
        Fixtures.Collected c = read("Indicator,Period,Value\nOP2_1,2025,17\n");
        assertEquals(0, c.observations.size());
        assertEquals(1, c.issues(DataIssue.Kind.COMPOSITE_VALUE).size(), c.describeIssues());
        assertEquals("C2", c.issues.get(0).where().a1());
        assertTrue(c.issues.get(0).message().contains("OP2_1.rooms, OP2_1.desks"), c.issues.get(0).message());
    }
}
