package org.tocworkbench.evaluator.layouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.ingest.MonitoringImporter;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.ObservationSink;

/**
 * The layout corpus: monitoring data written the way M&E teams keep it (one folder per layout of
 * {@code shared/design/SPREADSHEET-LAYOUTS.md}), each bound to a theory transcribed as published.
 * Every folder under {@code layouts/} holds {@code theory.toc} (the published theory and its
 * {@code data} blocks), the data files, {@code expected.tsv} (per indicator and group: the latest
 * value, its period and its cell) and optionally {@code issues.tsv} (cells whose data issues must be
 * reported). The test prints {@code layouts: N of M values read right} and fails below M.
 *
 * <p>The corpus is never edited to make this test pass: if a layout is not read right, the importer
 * is wrong.
 */
class LayoutCorpusTest {
    static final Path CORPUS = Path.of("evaluator/src/test/resources/layouts");

    /** One line of expected.tsv. */
    record Expected(String folder, String indicator, String group, double value, LocalDate start, LocalDate end,
                    String cell) {
        String key() {
            return indicator + (group.isEmpty() ? "" : " [" + group + "]");
        }
    }

    /** One line of issues.tsv: a cell whose data issue of this kind must be reported. */
    record ExpectedIssue(String folder, String cell, String kind) {
    }

    /** What one folder's theory and data gave. */
    record Read(Map<String, Observation> latest, List<DataIssue> issues, List<String> failures) {
    }

    @Test
    void everyLayoutIsReadRight() throws IOException {
        List<Path> folders = folders();
        assertFalse(folders.isEmpty(), "no layout folders under " + CORPUS);
        int right = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            Read read = read(folder);
            misses.addAll(read.failures());
            for (Expected expected : expected(folder)) {
                total++;
                Observation got = read.latest().get(expected.key());
                String miss = compare(expected, got);
                if (miss == null) {
                    right++;
                } else {
                    misses.add(name + " " + expected.key() + ": " + miss);
                }
            }
            for (ExpectedIssue issue : expectedIssues(folder)) {
                total++;
                boolean reported = read.issues().stream().anyMatch(i -> i.where().a1().equals(issue.cell())
                        && i.kind().name().equals(issue.kind()));
                if (reported) {
                    right++;
                } else {
                    misses.add(name + " issue " + issue.kind() + " at " + issue.cell() + ": not reported; reported there: "
                            + read.issues().stream().filter(i -> i.where().a1().equals(issue.cell()))
                            .map(i -> i.kind().name()).toList());
                }
            }
        }
        System.out.println("layouts: " + right + " of " + total + " values read right");
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertEquals(total, right, "layouts: " + right + " of " + total + " values read right\n"
                + String.join("\n", misses));
    }

    private static String compare(Expected expected, Observation got) {
        if (got == null) {
            return "no value read (expected " + expected.value() + " for " + expected.start() + ".." + expected.end()
                    + " at " + expected.cell() + ")";
        }
        List<String> wrong = new ArrayList<>();
        if (Math.abs(got.value() - expected.value()) > 1e-9 * Math.max(1, Math.abs(expected.value()))) {
            wrong.add("value " + got.value() + " (expected " + expected.value() + ")");
        }
        if (!got.period().start().equals(expected.start()) || !got.period().end().equals(expected.end())) {
            wrong.add("period " + got.period().start() + ".." + got.period().end() + " (expected " + expected.start()
                    + ".." + expected.end() + ")");
        }
        if (!got.source().a1().equals(expected.cell())) {
            wrong.add("cell " + got.source().a1() + " (expected " + expected.cell() + ")");
        }
        return wrong.isEmpty() ? null : String.join(", ", wrong);
    }

    private static Read read(Path folder) {
        Path toc = folder.resolve("theory.toc");
        Compilation compilation = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        List<String> failures = new ArrayList<>();
        Map<String, Observation> latest = new LinkedHashMap<>();
        List<DataIssue> issues = new ArrayList<>();
        if (compilation.hasErrors()) {
            failures.add(folder.getFileName() + ": the theory does not compile: " + compilation.diagnostics());
            return new Read(latest, issues, failures);
        }
        Comparator<Observation> byPeriod = Comparator.comparing((Observation o) -> o.period().end())
                .thenComparing(o -> o.period().start());
        ObservationSink sink = new ObservationSink() {
            @Override
            public void observation(Observation observation) {
                String group = observation.disaggregation() == null ? "" : observation.disaggregation();
                String key = observation.indicatorId() + (group.isEmpty() ? "" : " [" + group + "]");
                latest.merge(key, observation, (old, now) -> byPeriod.compare(now, old) > 0 ? now : old);
            }

            @Override
            public void issue(DataIssue issue) {
                issues.add(issue);
            }
        };
        MonitoringImporter importer = new MonitoringImporter();
        for (DataBinding binding : compilation.theory().data()) {
            try {
                importer.read(ImportRequest.from(binding), compilation.theory(), sink);
            } catch (ImportException e) {
                failures.add(folder.getFileName() + ": " + binding.file() + " cannot be read: " + e.getMessage());
            }
        }
        return new Read(latest, issues, failures);
    }

    private static List<Path> folders() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.filter(Files::isDirectory).filter(f -> Files.exists(f.resolve("theory.toc"))).sorted().toList();
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    static List<Expected> expected(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        List<Expected> expected = new ArrayList<>();
        for (String[] cells : rows(folder.resolve("expected.tsv"))) {
            if (cells.length != 6) {
                throw new IllegalStateException(name + "/expected.tsv: a line with " + cells.length
                        + " fields, expected indicator, group, value, start, end, cell: " + String.join("|", cells));
            }
            expected.add(new Expected(name, cells[0].strip(), cells[1].strip(), Double.parseDouble(cells[2].strip()),
                    LocalDate.parse(cells[3].strip()), LocalDate.parse(cells[4].strip()), cells[5].strip()));
        }
        return expected;
    }

    static List<ExpectedIssue> expectedIssues(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        List<ExpectedIssue> issues = new ArrayList<>();
        for (String[] cells : rows(folder.resolve("issues.tsv"))) {
            if (cells.length != 2) {
                throw new IllegalStateException(name + "/issues.tsv: expected cell and kind: " + String.join("|", cells));
            }
            issues.add(new ExpectedIssue(name, cells[0].strip(), cells[1].strip()));
        }
        return issues;
    }
}
