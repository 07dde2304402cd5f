package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.series.Derivation;

/** A theory with one indicator computed from a small CSV file, evaluated as {@code toc evaluate} does. */
final class RecordsFixture {
    private RecordsFixture() {
    }

    /** The header and rows of a {@code ;} CSV file, as KoboToolbox writes it. */
    static String csv(String header, String... rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (String r : rows) {
            out.append(r).append('\n');
        }
        return out.toString();
    }

    /**
     * Evaluates {@code indicatorBody} (the lines inside {@code indicator X "..." { }}) over
     * {@code csv} declared as {@code records r "r.csv" { recordsBody }}.
     */
    static Evaluation evaluate(Path dir, String csv, String recordsBody, String indicatorBody) throws Exception {
        Files.writeString(dir.resolve("r.csv"), csv);
        String toc = "theory \"T\" {\n    period 2025-01 to 2026-12\n}\n"
                + "impact I \"Better\"\noutcome O \"Changed\" {\n    indicator X \"Computed\" {\n" + indicatorBody
                + "\n    }\n}\nO -> I\nrecords r \"r.csv\" {\n" + recordsBody + "\n}\n";
        Path file = dir.resolve("t.toc");
        Files.writeString(file, toc);
        Compilation compilation = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), () -> compilation.diagnostics().toString());
        return MonitoringEvaluation.evaluate(compilation.theory(), List.of(), null, StatusBands.DEFAULT, r -> { });
    }

    /** "period|group" → how each value of X was made. */
    static Map<String, String> values(Evaluation e) {
        Derivation d = e.derivation("X").orElseThrow(() -> new AssertionError("X was not computed: " + e.issues().kept()));
        Map<String, String> out = new TreeMap<>();
        for (Derivation.DerivedValue v : d.values()) {
            out.put(v.period().label() + (v.group().isEmpty() ? "" : "|" + v.group()), v.how());
        }
        return out;
    }

    /** The one value of X (all records as one value). */
    static String value(Evaluation e) {
        Map<String, String> values = values(e);
        if (values.size() != 1) {
            throw new AssertionError("expected one value, got " + values);
        }
        return values.values().iterator().next();
    }
}
