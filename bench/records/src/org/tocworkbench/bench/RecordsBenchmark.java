package org.tocworkbench.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.SheetSource;
import org.tocworkbench.evaluator.ingest.Workbooks;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;

/**
 * Records benchmark (issue 14), one mode a JVM:
 * <ul>
 *   <li>{@code scan FILE}: the bare streaming scan — every row of the file through the same
 *       readers, no computation (the floor);</li>
 *   <li>{@code records TOC}: compile the theory and compute its 12 indicators from the records;</li>
 *   <li>{@code db-query URL SQL}: the query alone over JDBC (the database's time);</li>
 *   <li>{@code db-tool TOC}: the tool evaluating a theory whose records query returns values the database computed;</li>
 *   <li>{@code paired FILE TOC}: scan and records alternately in one JVM, with each pair's ratio.</li>
 * </ul>
 * Prints one line per timed pass: {@code MODE FILE pass=N ms=...}.
 */
public final class RecordsBenchmark {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int passes = Integer.parseInt(args[args.length - 1]);
        if (mode.equals("paired")) {
            paired(Path.of(args[1]), Path.of(args[2]), passes);
            return;
        }
        for (int pass = 0; pass <= passes; pass++) {
            long c0 = Paired.cpu();
            long t0 = System.nanoTime();
            String what = switch (mode) {
                case "scan" -> scan(Path.of(args[1]));
                case "records", "db-tool" -> records(Path.of(args[1]));
                case "db-query" -> query(args[1], args[2]);
                default -> throw new IllegalArgumentException(mode);
            };
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println(mode + " " + Path.of(args[1]).getFileName() + " pass=" + pass + (pass == 0 ? " (warm-up)" : "")
                    + " ms=" + ms + " cpu_ms=" + (Paired.cpu() - c0) / 1_000_000 + " " + what + " heap_used_mb="
                    + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20));
        }
    }

    /** The scan of the records file and the computation, alternately in one JVM ({@link Paired}). */
    static void paired(Path file, Path toc, int passes) throws Exception {
        Paired.run(file.getFileName().toString(), "scan", () -> scan(file), "records", () -> records(toc), passes);
    }

    static String scan(Path file) throws Exception {
        long[] rows = {0};
        try (SheetSource source = Workbooks.open(file, file.getFileName().toString())) {
            source.read(source.sheetNames().get(0), row -> {
                rows[0] += row.width() > 0 ? 1 : 0;
                return true;
            });
        }
        return "rows=" + rows[0];
    }

    static String records(Path toc) throws Exception {
        Compilation c = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        if (c.hasErrors()) {
            throw new IllegalStateException(c.diagnostics().toString());
        }
        Evaluation e = MonitoringEvaluation.evaluate(c.theory(), List.of(), null, StatusBands.DEFAULT, r -> { });
        var d = e.derivations().values().iterator().next();
        return "indicators=" + e.derivations().size() + " values=" + e.observationCount() + " read=" + d.recordsRead()
                + " issues=" + e.issues().total();
    }

    static String query(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, System.getenv("TOC_DB_USER"),
                System.getenv("TOC_DB_PASSWORD")); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return "rows=" + rows;
        }
    }
}
