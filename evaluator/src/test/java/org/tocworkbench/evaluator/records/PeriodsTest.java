package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tocworkbench.evaluator.records.RecordsFixture.csv;
import static org.tocworkbench.evaluator.records.RecordsFixture.evaluate;
import static org.tocworkbench.evaluator.records.RecordsFixture.values;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Periods from the date column, one value at a date, and groups. */
class PeriodsTest {
    @TempDir
    Path dir;

    private static final String RECORDS = csv("\"sex\";\"event_date\";\"_submission_time\"",
            "\"female\";\"05/02/2025\";\"2025-01-31T23:10:00\"",
            "\"male\";\"2025-06-30\";\"2025-07-01T08:00:00\"",
            "\"\";\"2025-07-15\";\"2025-07-16T08:00:00\"",
            "\"female\";\"2026-01-02\";\"2026-01-03T08:00:00\"");

    private Map<String, String> run(String recordsBody, String extra) throws Exception {
        return values(evaluate(dir, RECORDS, recordsBody, "        compute count from r\n" + extra));
    }

    @Test
    void monthsQuartersHalvesAndYearsFromSubmissionTime() throws Exception {
        assertEquals(Map.of("2025-01", "1 records", "2025-07", "2 records", "2026-01", "1 records"),
                run("", "        each month").entrySet().stream().filter(x -> !x.getValue().equals("0 records"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(Map.of("2025-Q1", "1 records", "2025-Q3", "2 records", "2026-Q1", "1 records"),
                run("", "        each quarter"));
        assertEquals(Map.of("2025-H1", "1 records", "2025-H2", "2 records", "2026-H1", "1 records"),
                run("", "        each half"));
        assertEquals(Map.of("2025", "3 records", "2026", "1 records"), run("", "        each year"));
    }

    @Test
    void fiscalQuartersAndYearsStartInTheMonthGiven() throws Exception {
        // fiscal year from July, named by the year it ends in: July 2025 is FY2026-Q1
        assertEquals(Map.of("FY2025-Q3", "1 records", "FY2026-Q1", "2 records", "FY2026-Q3", "1 records"),
                run("    fiscal year starts July", "        each fiscal quarter"));
        assertEquals(Map.of("FY2025", "1 records", "FY2026", "3 records"),
                run("    fiscal year starts July", "        each fiscal year"));
    }

    @Test
    void theDateColumnCanBeNamedAndReadsDayFirstDates() throws Exception {
        assertEquals(Map.of("2025-Q1", "1 records", "2025-Q2", "1 records", "2025-Q3", "1 records", "2026-Q1", "1 records"),
                run("    date column event_date", "        each quarter"));
    }

    @Test
    void allRecordsAsOneValueAtADateOrAtTheLatestRecord() throws Exception {
        assertEquals(Map.of("2026-06", "4 records"),
                values(evaluate(dir, RECORDS, "", "        compute count from r at 2026-06")));
        assertEquals(Map.of("2026-01-03", "4 records"), run("", ""));
    }

    @Test
    void quartersWithRecordsButNoneThatMatchCountZero() throws Exception {
        assertEquals(Map.of("2025-Q1", "1 records", "2025-Q3", "0 records", "2026-Q1", "1 records"),
                values(evaluate(dir, RECORDS, "", "        compute count from r\n        where sex = \"female\"\n"
                        + "        each quarter")));
    }

    @Test
    void disaggregationGivesATotalAndEachGroupWithBlanksAsNotStated() throws Exception {
        assertEquals(Map.of("2025", "3 records", "2025|female", "1 records", "2025|male", "1 records",
                        "2025|not stated", "1 records", "2026", "1 records", "2026|female", "1 records"),
                run("", "        each year\n        disaggregate by sex"));
    }
}
