package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.records.RecordsFixture.csv;
import static org.tocworkbench.evaluator.records.RecordsFixture.evaluate;
import static org.tocworkbench.evaluator.records.RecordsFixture.value;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each measure over the same five records: three people, one of whom submitted three times. */
class MeasuresTest {
    @TempDir
    Path dir;

    private static final String RECORDS = csv("\"pid\";\"score\";\"applied\";\"_submission_time\"",
            "\"P1\";\"40\";\"yes\";\"2025-02-01T10:00:00\"",
            "\"P2\";\"70\";\"no\";\"2025-02-02T10:00:00\"",
            "\"P1\";\"55\";\"yes\";\"2025-02-03T10:00:00\"",
            "\"P3\";\"90\";\"no\";\"2025-02-04T10:00:00\"",
            "\"P1\";\"60\";\"no\";\"2025-02-05T10:00:00\"");

    private String run(String compute) throws Exception {
        return value(evaluate(dir, RECORDS, "", "        unit number\n        " + compute));
    }

    @Test
    void countCountsRecords() throws Exception {
        assertEquals("5 records", run("compute count from r"));
    }

    @Test
    void distinctCountsPeopleNotSubmissions() throws Exception {
        assertEquals("3 distinct pid in 5 records", run("compute distinct pid from r"));
        assertEquals("3 distinct pid in 5 records", run("compute count distinct pid from r"));
    }

    @Test
    void sumAddsAColumn() throws Exception {
        assertEquals("315 (sum of 5 values)", run("compute sum score from r"));
    }

    @Test
    void meanAveragesAColumn() throws Exception {
        assertEquals("63 (mean of 5 values)", run("compute mean score from r"));
    }

    @Test
    void medianIsTheMiddleValue() throws Exception {
        assertEquals("60 (median of 5 values)", run("compute median score from r"));
        assertEquals("57.5 (median of 4 values)", run("compute median score from r\n        where pid != \"P3\""));
    }

    @Test
    void minAndMaxAreTheExtremes() throws Exception {
        assertEquals("40 (lowest of 5 values)", run("compute min score from r"));
        assertEquals("90 (highest of 5 values)", run("compute max score from r"));
    }

    @Test
    void shareIsNumeratorOverDenominatorAsAPercentage() throws Exception {
        assertEquals("40% (2 of 5)", value(evaluate(dir, RECORDS, "",
                "        unit percent\n        compute share from r\n        where applied = \"yes\"")));
        assertEquals("25% (1 of 4)", value(evaluate(dir, RECORDS, "",
                "        unit percent\n        compute share from r\n        where applied = \"yes\"\n        among score >= 50")));
    }

    @Test
    void shareDistinctCountsPeopleInBothParts() throws Exception {
        // P1 applied (in two of three submissions), P2 and P3 did not: 1 person of 3
        assertEquals("33.3% (1 of 3)", value(evaluate(dir, RECORDS, "",
                "        unit percent\n        compute share distinct pid from r\n        where applied = \"yes\"")));
    }

    @Test
    void aValueThatIsNotANumberIsLeftOutWithItsCell() throws Exception {
        String records = csv("\"score\";\"_submission_time\"", "\"10\";\"2025-01-10\"", "\"ten\";\"2025-01-11\"",
                "\"\";\"2025-01-12\"");
        var e = evaluate(dir, records, "", "        unit number\n        compute sum score from r");
        assertEquals("10 (sum of 1 values)", value(e));
        var d = e.derivation("X").orElseThrow();
        assertEquals(1L, d.excluded().get("value unreadable"));
        assertNull(d.excluded().get("condition unreadable"));
        assertEquals(1L, d.excluded().get("no score"));
        assertEquals("A3", e.issues().kept().get(0).where().a1());
        assertTrue(e.issues().kept().get(0).message().contains("is not a number the sum can use"),
                e.issues().kept().get(0).message());
        // every record read is accounted for: 3 read, 2 excluded, 1 kept and counted
        assertEquals("3 records read; 2 excluded (1 value unreadable, 1 no score); 1 kept, 1 counted", d.recordsLine());
    }
}
