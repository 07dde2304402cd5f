package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tocworkbench.evaluator.records.RecordsFixture.csv;
import static org.tocworkbench.evaluator.records.RecordsFixture.evaluate;
import static org.tocworkbench.evaluator.records.RecordsFixture.value;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cleaning rules, alone and in the order written. */
class CleaningTest {
    @TempDir
    Path dir;

    private static final String RECORDS = csv("\"pid\";\"applied\";\"is_test\";\"_validation_status\";\"_submission_time\"",
            "\"P1\";\"no\";\"no\";\"Approved\";\"2025-02-01T09:00:00\"",
            "\"P1\";\"yes\";\"no\";\"Approved\";\"2025-02-01T17:30:00\"",
            "\"P2\";\"yes\";\"no\";\"validation_status_approved\";\"2025-02-02T10:00:00\"",
            "\"P3\";\"yes\";\"no\";\"Not Approved\";\"2025-02-03T10:00:00\"",
            "\"P4\";\"yes\";\"no\";\"On Hold\";\"2025-02-04T10:00:00\"",
            "\"P5\";\"yes\";\"no\";\"\";\"2025-02-05T10:00:00\"",
            "\"TEST\";\"yes\";\"yes\";\"Approved\";\"2025-02-06T10:00:00\"",
            "\"P2\";\"no\";\"no\";\"Not Approved\";\"2025-03-01T10:00:00\"",
            "\"P6\";\"yes\";\"no\";\"Approved\";\"2024-11-30T10:00:00\"");

    private Map<String, Long> excluded(String recordsBody) throws Exception {
        return evaluate(dir, RECORDS, recordsBody, "        compute count from r").derivation("X").orElseThrow().excluded();
    }

    @Test
    void unapprovedKeepsOnlyApprovedSubmissionsLabelOrXmlValue() throws Exception {
        assertEquals(Map.of("not approved", 4L, "outside the period", 1L), excluded("    exclude unapproved"));
    }

    @Test
    void aNamedConditionLeavesOutTestSubmissions() throws Exception {
        assertEquals(Map.of("test submission", 1L, "outside the period", 1L),
                excluded("    exclude \"test submission\" where is_test = \"yes\""));
    }

    @Test
    void duplicatesKeepTheLatestSubmissionOfAKey() throws Exception {
        var e = evaluate(dir, RECORDS, "    exclude duplicates by pid",
                "        unit percent\n        compute share from r\n        where applied = \"yes\"");
        // P1's later submission (yes) and P2's later one (no) are kept
        assertEquals(Map.of("duplicate", 2L, "outside the period", 1L), e.derivation("X").orElseThrow().excluded());
        assertEquals("83.3% (5 of 6)", value(e));
    }

    @Test
    void rulesApplyInTheOrderWrittenSoDuplicatesAreFoundAmongApprovedSubmissions() throws Exception {
        // approved first: P2's later submission is not approved, so its earlier one is the latest approved
        var e = evaluate(dir, RECORDS, "    exclude unapproved\n    exclude duplicates by pid",
                "        unit percent\n        compute share from r\n        where applied = \"yes\"");
        assertEquals(Map.of("not approved", 4L, "duplicate", 1L, "outside the period", 1L),
                e.derivation("X").orElseThrow().excluded());
        assertEquals("100% (3 of 3)", value(e));
    }

    @Test
    void recordsOutsideTheTheorysPeriodAreLeftOut() throws Exception {
        assertEquals(Map.of("outside the period", 1L), excluded(""));
    }

    @Test
    void aRepeatGroupSheetIsJoinedToItsMainSheetAndInheritsItsCleaning() throws Exception {
        var sample = TrainingFollowupSourcesTest.evaluate(Path.of("samples/training-followup/training.toc"));
        var hours = sample.derivation("OP2_1").orElseThrow();
        // every excluded reason of the main sheet reaches the sessions of excluded submissions
        assertEquals(java.util.Set.of("not approved", "test submission", "duplicate", "outside the period"),
                hours.excluded().keySet());
        assertEquals(662, hours.recordsRead());
    }
}
