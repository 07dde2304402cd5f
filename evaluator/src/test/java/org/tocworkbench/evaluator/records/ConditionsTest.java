package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.records.RecordsFixture.csv;
import static org.tocworkbench.evaluator.records.RecordsFixture.evaluate;
import static org.tocworkbench.evaluator.records.RecordsFixture.value;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.evaluator.ingest.DataIssue;

/** Each kind of condition, counted over the same six submissions. */
class ConditionsTest {
    @TempDir
    Path dir;

    private static final String RECORDS = csv(
            "\"respondent/sex\";\"respondent/district\";\"age\";\"skills\";\"skills/fundraising\";\"skills/advocacy\";"
                    + "\"phone\";\"training/date\";\"_submission_time\"",
            "\"female\";\"north_east\";\"24\";\"fundraising advocacy\";\"1\";\"1\";\"0722\";\"2025-03-01\";\"2025-03-05\"",
            "\"male\";\"North East\";\"31\";\"advocacy\";\"0\";\"1\";\"\";\"2025-04-01\";\"2025-04-05\"",
            "\"Female\";\"coast\";\"45\";\"\";\"0\";\"0\";\"0733\";\"2025-05-01\";\"2025-05-05\"",
            "\"male\";\"coast\";\"19\";\"fundraising\";\"1\";\"0\";\"0744\";\"2025-06-01\";\"2025-06-05\"",
            "\"female\";\"central\";\"\";\"mel\";\"0\";\"0\";\"\";\"2025-07-01\";\"2025-07-05\"",
            "\"male\";\"central\";\"60\";\"advocacy mel\";\"0\";\"1\";\"0755\";\"2025-08-01\";\"2025-08-05\"");

    private String count(String where) throws Exception {
        return value(evaluate(dir, RECORDS, "", "        compute count from r\n        where " + where));
    }

    @Test
    void equalsIgnoresCaseAndTellsLabelsFromXmlValuesNot() throws Exception {
        assertEquals("3 records", count("sex = \"female\""));
        assertEquals("2 records", count("district = \"North East\""));
        assertEquals("2 records", count("district = \"north_east\""));
    }

    @Test
    void notEqualsIsTheOtherRecords() throws Exception {
        assertEquals("3 records", count("sex != \"female\""));
    }

    @Test
    void numericComparisonsSkipBlankCells() throws Exception {
        assertEquals("2 records", count("age < 30"));
        assertEquals("3 records", count("age <= 31"));
        assertEquals("2 records", count("age > 31"));
        assertEquals("3 records", count("age >= 31"));
        assertEquals("1 records", count("age = 45"));
    }

    @Test
    void dateComparisonsReadTheDate() throws Exception {
        assertEquals("3 records", count("\"training/date\" < 2025-06"));
        assertEquals("4 records", count("\"training/date\" <= 2025-06"));
        assertEquals("2 records", count("\"training/date\" > 2025-06-30"));
    }

    @Test
    void oneOfIsAnyOfTheValues() throws Exception {
        assertEquals("4 records", count("district one of \"coast\", \"central\""));
    }

    @Test
    void emptyAndNotEmpty() throws Exception {
        assertEquals("2 records", count("phone = empty"));
        assertEquals("4 records", count("phone != empty"));
    }

    @Test
    void containsReadsTheOptionColumnWhenThereIsOne() throws Exception {
        assertEquals("2 records", count("skills contains \"fundraising\""));
        assertEquals("3 records", count("skills contains \"advocacy\""));
    }

    @Test
    void containsReadsTheSpaceSeparatedSummaryOtherwise() throws Exception {
        // no skills/mel column: the summary column is read
        assertEquals("2 records", count("skills contains \"mel\""));
    }

    @Test
    void conditionsCombineWithAndOrNot() throws Exception {
        assertEquals("2 records", count("sex = \"female\" and age < 30 or district = \"central\" and age > 50"));
        assertEquals("1 records", count("sex = \"female\" and (age < 30 or district = \"central\") and phone != empty"));
        assertEquals("4 records", count("not sex = \"female\" or age = empty"));
    }

    @Test
    void aValueAComparisonCannotReadIsLeftOutAndNamed() throws Exception {
        String records = csv("\"age\";\"_submission_time\"", "\"24\";\"2025-01-10\"", "\"twenty\";\"2025-01-11\"");
        var e = evaluate(dir, records, "", "        compute count from r\n        where age > 20");
        assertEquals("1 records", value(e));
        assertEquals(1L, e.derivation("X").orElseThrow().excluded().get("condition unreadable"));
        DataIssue issue = e.issues().kept().get(0);
        assertEquals(DataIssue.Kind.UNREADABLE_RECORD_VALUE, issue.kind());
        assertEquals("A3", issue.where().a1());
        assertTrue(issue.message().contains("`twenty`"), issue.message());
    }

    @Test
    void aColumnTheRecordsDoNotHaveIsADataIssueListingTheColumns() throws Exception {
        // the compiler reports it too (TOC306); this is what evaluation says if the file changed since
        String records = csv("\"sex\";\"_submission_time\"", "\"female\";\"2025-01-10\"");
        java.nio.file.Files.writeString(dir.resolve("r.csv"), records);
        var theory = new org.tocworkbench.compiler.TocCompiler().compile(writeToc("where gender = \"female\""),
                org.tocworkbench.compiler.CompileOptions.DEFAULT);
        java.nio.file.Files.writeString(dir.resolve("r.csv"), csv("\"sex\";\"_submission_time\"", "\"female\";\"2025-01-10\""));
        assertTrue(theory.hasErrors(), "TOC306 at check time");
        var e = org.tocworkbench.evaluator.MonitoringEvaluation.evaluate(theory.theory(), java.util.List.of(), null,
                org.tocworkbench.evaluator.progress.StatusBands.DEFAULT, r -> { });
        DataIssue issue = e.issues().kept().get(0);
        assertEquals(DataIssue.Kind.MISSING_COLUMN, issue.kind());
        assertTrue(issue.message().contains("no column `gender`") && issue.message().contains("sex, _submission_time"),
                issue.message());
    }

    private Path writeToc(String where) throws java.io.IOException {
        Path file = dir.resolve("t.toc");
        java.nio.file.Files.writeString(file, "impact I \"Better\"\noutcome O \"Changed\" {\n    indicator X \"C\" {\n"
                + "        compute count from r\n        " + where + "\n    }\n}\nO -> I\nrecords r \"r.csv\" {\n}\n");
        return file;
    }
}
