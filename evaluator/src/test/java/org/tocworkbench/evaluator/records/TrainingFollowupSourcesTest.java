package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.series.Derivation;

/**
 * The sample survey gives the same numbers whether its records are read from the .xlsx export,
 * the {@code ;} CSV export, or a PostgreSQL table holding the same rows.
 */
class TrainingFollowupSourcesTest {
    private static final Path SAMPLE = Path.of("samples/training-followup");
    /** The indicators computed from the main sheet (the repeat group is in the workbook only). */
    private static final List<String> MAIN_SHEET_INDICATORS = List.of("OC1_1", "OC1_2", "OC1_3", "OP1_1", "OP1_2");

    static Evaluation evaluate(Path toc) throws Exception {
        Compilation compilation = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), () -> compilation.diagnostics().toString());
        return MonitoringEvaluation.evaluate(compilation.theory(), List.of(), null, StatusBands.DEFAULT, r -> { });
    }

    /** Indicator → "period|group" → how the value was made, and the exclusions. */
    private static Map<String, String> numbers(Evaluation e) {
        Map<String, String> out = new TreeMap<>();
        for (String id : MAIN_SHEET_INDICATORS) {
            Derivation d = e.derivation(id).orElseThrow(() -> new AssertionError(id + " was not computed"));
            out.put(id + " records", d.recordsLine());
            for (Derivation.DerivedValue v : d.values()) {
                out.put(id + " " + v.period().label() + "|" + v.group(), v.how());
            }
        }
        return out;
    }

    /** The sample theory with its followup records read from another place. */
    private static Path variant(Path dir, String location, String query) throws Exception {
        String toc = Files.readString(SAMPLE.resolve("training.toc"));
        String block = "records followup \"training-followup.xlsx\" {\n    sheet \"Training follow-up\"\n";
        assertTrue(toc.contains(block));
        toc = toc.replace(block, "records followup \"" + location + "\" {\n" + (query == null ? "" : "    query \"" + query + "\"\n"));
        Path file = dir.resolve("training.toc");
        Files.writeString(file, toc);
        Files.copy(SAMPLE.resolve("training-followup.xlsx"), dir.resolve("training-followup.xlsx"));
        return file;
    }

    @Test
    void aMisspeltSheetIsReportedByCheckAsAMissingColumnIs(@TempDir Path dir) throws Exception {
        String toc = Files.readString(SAMPLE.resolve("training.toc")).replace("sheet \"sessions\"", "sheet \"sesions\"");
        Path file = dir.resolve("training.toc");
        Files.writeString(file, toc);
        Files.copy(SAMPLE.resolve("training-followup.xlsx"), dir.resolve("training-followup.xlsx"));
        Compilation compilation = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertTrue(compilation.hasErrors(), "a sheet the workbook does not have is an error at check time");
        var d = compilation.diagnostics().stream().filter(x -> x.code().id().equals("TOC306")).toList();
        assertEquals(1, d.size(), d.toString());
        assertEquals("no sheet `sesions` in records `sessions`", d.get(0).message());
        assertEquals(List.of("did you mean `sessions`?"), d.get(0).help());
        assertTrue(d.get(0).notes().get(0).contains("Training follow-up, sessions"), d.get(0).notes().toString());
    }

    @Test
    void csvExportGivesTheNumbersOfTheWorkbook(@TempDir Path dir) throws Exception {
        Files.copy(SAMPLE.resolve("training-followup.csv"), dir.resolve("training-followup.csv"));
        Map<String, String> xlsx = numbers(evaluate(SAMPLE.resolve("training.toc")));
        Map<String, String> csv = numbers(evaluate(variant(dir, "training-followup.csv", null)));
        assertEquals(xlsx.keySet().size(), csv.keySet().size());
        assertEquals(strip(xlsx), strip(csv));
    }

    @Test
    void postgresTableGivesTheNumbersOfTheWorkbook(@TempDir Path dir) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            load(c, "followup", TrainingFollowupSample.MAIN_HEADERS, TrainingFollowupSample.generate().main());
        }
        Map<String, String> xlsx = numbers(evaluate(SAMPLE.resolve("training.toc")));
        Map<String, String> db = numbers(evaluate(variant(dir, TestDatabase.URL, "select * from followup")));
        assertEquals(strip(xlsx), strip(db));
    }

    /** The records lines without the source's name, which differs by design. */
    private static Map<String, String> strip(Map<String, String> numbers) {
        Map<String, String> out = new TreeMap<>(numbers);
        out.replaceAll((k, v) -> v.replaceAll("^.*?: (\\d)", "$1"));
        return out;
    }

    /** Loads rows into a fresh table of text columns named as the export's headers. */
    static void load(Connection c, String table, List<String> headers, List<List<String>> rows) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("drop table if exists " + table);
            StringBuilder create = new StringBuilder("create table " + table + " (");
            for (int i = 0; i < headers.size(); i++) {
                create.append(i == 0 ? "" : ", ").append('"').append(headers.get(i)).append("\" text");
            }
            st.execute(create.append(')').toString());
        }
        String marks = String.join(", ", java.util.Collections.nCopies(headers.size(), "?"));
        try (PreparedStatement insert = c.prepareStatement("insert into " + table + " values (" + marks + ")")) {
            for (List<String> row : rows) {
                for (int i = 0; i < headers.size(); i++) {
                    insert.setString(i + 1, row.get(i).isEmpty() ? null : row.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
