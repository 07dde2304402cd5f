package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;

/** Records from PostgreSQL: values the database computed, failures as one message, credentials. */
class DatabaseRecordsTest {
    @TempDir
    Path dir;

    private Evaluation evaluate(String url, String query) throws Exception {
        Path file = dir.resolve("t.toc");
        Files.writeString(file, "theory \"T\" {\n    period 2025-01 to 2026-12\n}\nimpact I \"Better\"\n"
                + "outcome O \"Changed\" {\n    indicator X \"Trained\" {\n        unit count\n    }\n}\nO -> I\n"
                + "records db \"" + url + "\" {\n    query \"\"\"" + query + "\"\"\"\n}\n");
        Compilation c = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
        return MonitoringEvaluation.evaluate(c.theory(), List.of(), null, StatusBands.DEFAULT, r -> { });
    }

    @Test
    void aQueryThatReturnsIndicatorPeriodGroupValueIsCountedInTheDatabase() throws Exception {
        try (Connection c = TestDatabase.connect()) {
            TrainingFollowupSourcesTest.load(c, "followup", TrainingFollowupSample.MAIN_HEADERS,
                    TrainingFollowupSample.generate().main());
        }
        Evaluation e = evaluate(TestDatabase.URL, "select 'X' as indicator, to_char(\"_submission_time\"::timestamp,"
                + " 'YYYY-\"Q\"Q') as period, \"respondent/sex\" as \"group\", count(*) as value from followup"
                + " group by 2, 3 union all select 'X', to_char(\"_submission_time\"::timestamp, 'YYYY-\"Q\"Q'), '',"
                + " count(*) from followup group by 2 order by 2, 3");
        var d = e.derivation("X").orElseThrow();
        assertTrue(d.inDatabase());
        long total = d.values().stream().filter(v -> v.group().isEmpty()).mapToLong(v -> (long) v.value()).sum();
        assertEquals(TrainingFollowupSample.SUBMISSIONS, total);
        assertTrue(d.values().stream().anyMatch(v -> v.group().equals("female") && v.period().label().equals("2025-Q2")));
        assertEquals(0, e.issues().total());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneMessage() {
        ImportException e = assertThrows(ImportException.class,
                () -> evaluate("jdbc:postgresql://localhost:1/nothing", "select 1"));
        assertTrue(e.isIoFailure(), "exit 3");
        assertTrue(e.getMessage().startsWith("records db: cannot connect to jdbc:postgresql://localhost:1/nothing"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aQueryThatFailsIsOneMessage() throws Exception {
        TestDatabase.connect().close();
        ImportException e = assertThrows(ImportException.class,
                () -> evaluate(TestDatabase.URL, "select * from no_such_table"));
        assertTrue(e.isIoFailure());
        assertTrue(e.getMessage().contains("the query failed") && e.getMessage().contains("no_such_table"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    }

    @Test
    void credentialsComeFromTheEnvironmentThenThePasswordFile(@TempDir Path home) throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "# comment\nother:5432:*:u:x\nlocalhost:5432:monitoring:m_e:s3cr\\:et\n");
        String url = "jdbc:postgresql://localhost/monitoring";
        Properties fromFile = DatabaseCredentials.forUrl(url, Map.of(), pgpass);
        assertEquals("m_e", fromFile.getProperty("user"));
        assertEquals("s3cr:et", fromFile.getProperty("password"));
        Properties fromEnv = DatabaseCredentials.forUrl(url, Map.of("TOC_DB_USER", "a", "TOC_DB_PASSWORD", "b",
                "PGPASSWORD", "c"), pgpass);
        assertEquals("a", fromEnv.getProperty("user"));
        assertEquals("b", fromEnv.getProperty("password"));
        Properties pg = DatabaseCredentials.forUrl(url, Map.of("PGUSER", "p", "PGPASSWORD", "q"), pgpass);
        assertEquals("q", pg.getProperty("password"));
        assertTrue(DatabaseCredentials.forUrl("jdbc:postgresql://elsewhere/db", Map.of(), pgpass).isEmpty());
    }
}
