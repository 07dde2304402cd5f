package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.IndicatorMatcher.MatchedBy;

/**
 * The order in which a row's label is matched: the data block's code table, codes limited to the
 * file, codes for every file, id, id ignoring case, title; and what an unmatched label is told.
 */
class IndicatorMatchingTest {
    private static final Theory THEORY = Fixtures.compile("""
            impact I "Prepared"
            outcome O1 "Districts plan" {
                indicator IND_A "Districts with a costed plan" {
                    unit count
                    code "1.1"
                    code "X" in "itt.csv"
                }
                indicator IND_B "Health workers trained" {
                    unit count
                    code "X", "2.0", "IND-6"
                }
                indicator IND_C "Simulation exercises run" { unit count }
            }
            O1 -> I
            data "itt.csv" {
                code "1.1" is IND_C
                code "T1" is IND_B
            }
            """);

    @TempDir
    Path dir;

    private static IndicatorMatcher matcher(String file) {
        ImportRequest request = ImportRequest.of(Path.of("/data", file));
        if (file.equals("itt.csv")) {
            request = request.withCodes(THEORY.data().get(0).codes());
        }
        return new IndicatorMatcher(THEORY, request);
    }

    @ParameterizedTest(name = "in {0}, \"{1}\" is {2} by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            itt.csv   | 1.1                            | IND_C | TABLE_CODE
            itt.csv   | ' t1 '                         | IND_B | TABLE_CODE
            itt.csv   | X                              | IND_A | FILE_CODE
            itt.csv   | x                              | IND_A | FILE_CODE
            itt.csv   | 2.0                            | IND_B | CODE
            itt.csv   | ind-6                          | IND_B | CODE
            itt.csv   | IND_A                          | IND_A | ID
            itt.csv   | ind_a                          | IND_A | ID_IGNORING_CASE
            itt.csv   | 'districts with a COSTED plan!' | IND_A | TITLE
            hmis.csv  | 1.1                            | IND_A | CODE
            hmis.csv  | X                              | IND_B | CODE
            hmis.csv  | IND_C                          | IND_C | ID
            """)
    void labelsAreMatchedInOrder(String file, String label, String indicator, MatchedBy by) {
        IndicatorMatcher.Match match = matcher(file).match(label);
        assertEquals(indicator, match == null ? null : match.indicator().id(), label);
        assertEquals(by, match.by(), label);
    }

    @Test
    void aFileGivenOnTheCommandLineIsReadWithTheCodeTableOfTheDataBlockThatNamesIt() {
        Path bound = Path.of(THEORY.data().get(0).resolvedPath());
        assertEquals(List.of("1.1", "T1"), org.tocworkbench.evaluator.MonitoringEvaluation.unboundRequest(THEORY, bound)
                .codes().stream().map(m -> m.code()).toList());
        assertEquals(List.of(), org.tocworkbench.evaluator.MonitoringEvaluation.unboundRequest(THEORY,
                bound.resolveSibling("other.csv")).codes());
    }

    @Test
    void aTableCodeHoldsOnlyInItsFile() {
        assertNull(matcher("hmis.csv").match("T1"));
    }

    @Test
    void aMisspeltCodeGetsTheCodeAndItsIndicatorAndTheLineThatWouldMatchIt() {
        IndicatorMatcher.Unknown unknown = matcher("itt.csv").unknown("IND-9");
        assertEquals("did you mean `IND-6` (code of `IND_B`)?", unknown.hint());
        assertEquals("\"IND-9\" is not an indicator of the theory; did you mean `IND-6` (code of `IND_B`)? If so, add"
                + " `code \"IND-9\" is IND_B` to the data block of \"itt.csv\"", unknown.message());
    }

    @Test
    void aParaphrasedTitleIsNotMatchedButSuggested() {
        IndicatorMatcher m = matcher("itt.csv");
        assertNull(m.match("Number of districts with costed plans"));
        IndicatorMatcher.Unknown unknown = m.unknown("Number of districts with costed plans");
        assertEquals("did you mean `IND_A` (\"Districts with a costed plan\")?", unknown.hint());
        assertTrue(unknown.message().endsWith("If so, add `code \"Number of districts with costed plans\" is IND_A`"
                + " to the data block of \"itt.csv\""), unknown.message());
    }

    @Test
    void severalCloseTitlesAreSuggestedBestFirst() {
        IndicatorMatcher.Unknown unknown = matcher("hmis.csv").unknown("Health workers trained, districts with a plan");
        assertEquals("did you mean `IND_B` (\"Health workers trained\") or `IND_A` (\"Districts with a costed plan\")?",
                unknown.hint());
    }

    @Test
    void aLabelCloseToNothingIsToldWhichLineWouldMatchIt() {
        IndicatorMatcher.Unknown unknown = matcher("hmis.csv").unknown("Beneficiaries \"reached\"");
        assertEquals("", unknown.hint());
        assertEquals("\"Beneficiaries \"reached\"\" is not an indicator of the theory; if the rows measure one,"
                + " add `code \"Beneficiaries \\\"reached\\\"\" is ID` to the data block of \"hmis.csv\"",
                unknown.message());
    }

    @Test
    void rowsMatchedByCodeAreReadWithoutATitleWarning() throws Exception {
        Path file = Fixtures.text(dir, "itt.csv", """
                Indicator,Period,Value
                1.1,2024,3
                X,2024,4
                2.0,2024,5
                Health workers trained,2025,6
                IND-9,2024,7
                """);
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file).withCodes(THEORY.data().get(0).codes()), THEORY);
        assertEquals(List.of(3.0), c.of("IND_C").stream().map(Observation::value).toList());
        assertEquals(List.of(4.0), c.of("IND_A").stream().map(Observation::value).toList());
        assertEquals(List.of(5.0, 6.0), c.of("IND_B").stream().map(Observation::value).toList());
        assertEquals(1, c.issues(DataIssue.Kind.MATCHED_BY_TITLE).size(), c.describeIssues());
        DataIssue unknown = c.issues(DataIssue.Kind.UNKNOWN_INDICATOR).get(0);
        assertEquals("IND-9", unknown.cause());
        assertEquals("did you mean `IND-6` (code of `IND_B`)?", unknown.hint());
        assertEquals("A6", unknown.where().a1());
    }
}
