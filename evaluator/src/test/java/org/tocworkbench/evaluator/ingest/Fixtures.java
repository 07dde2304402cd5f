package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.model.Theory;

/** A small theory with one indicator of every unit, workbooks written with POI, and a collecting sink. */
final class Fixtures {
    static final String THEORY = """
            theory "Outreach programme" {
              period 2023-01 to 2026-12
            }
            impact thrive "Children thrive"
            outcome o1 "Families use health services" {
              indicator coverage "Immunisation coverage" {
                unit percent
                baseline 40% at 2023
                target 90% by 2026
              }
            }
            output out1 "Clinics run outreach" {
              indicator visits "Outreach visits" {
                unit count
                baseline 0 at 2023
                target 1200 by 2026
                disaggregate by "female", "male"
              }
              indicator budget "Budget spent" { unit currency "USD" }
              indicator ratio "Staff ratio" { unit ratio }
              indicator policy "Policy adopted" { unit boolean }
              indicator quality "Service quality" { unit scale "poor", "fair", "good", "very good" }
              indicator story "Most significant change" { unit text }
            }
            out1 -> o1 -> thrive
            """;

    private static Theory theory;

    private Fixtures() {
    }

    static synchronized Theory theory() {
        if (theory == null) {
            theory = compile(THEORY);
        }
        return theory;
    }

    static Theory compile(String source) {
        try {
            Path dir = Files.createTempDirectory("toc-ingest");
            Path file = dir.resolve("theory.toc");
            Files.writeString(file, source);
            Compilation compilation = new TocCompiler().compile(file, CompileOptions.DEFAULT);
            assertFalse(compilation.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR),
                    () -> compilation.diagnostics().toString());
            return compilation.theory();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects what an import produces. */
    static final class Collected implements ObservationSink {
        final List<Observation> observations = new ArrayList<>();
        final List<DataIssue> issues = new ArrayList<>();
        ImportResult result;

        @Override
        public void observation(Observation observation) {
            observations.add(observation);
        }

        @Override
        public void issue(DataIssue issue) {
            issues.add(issue);
        }

        List<DataIssue> issues(DataIssue.Kind kind) {
            return issues.stream().filter(i -> i.kind() == kind).toList();
        }

        List<Observation> of(String indicator) {
            return observations.stream().filter(o -> o.indicatorId().equals(indicator)).toList();
        }

        Observation only(String indicator) {
            List<Observation> list = of(indicator);
            if (list.size() != 1) {
                throw new AssertionError("expected one observation of " + indicator + ", got " + list + "\nissues: "
                        + issues);
            }
            return list.get(0);
        }

        String describeIssues() {
            return issues.stream().map(i -> i.where().a1() + " " + i.kind() + " " + i.message())
                    .collect(Collectors.joining("\n"));
        }
    }

    static Collected read(ImportRequest request) throws ImportException {
        return read(request, theory());
    }

    static Collected read(ImportRequest request, Theory theory) throws ImportException {
        Collected collected = new Collected();
        collected.result = new MonitoringImporter().read(request, theory, collected);
        return collected;
    }

    static Path xlsx(Path dir, String name, Consumer<Workbook> fill) {
        return write(dir.resolve(name), new XSSFWorkbook(), fill);
    }

    static Path sxssf(Path dir, String name, Consumer<Workbook> fill) {
        return write(dir.resolve(name), new SXSSFWorkbook(100), fill);
    }

    static Path xls(Path dir, String name, Consumer<Workbook> fill) {
        return write(dir.resolve(name), new HSSFWorkbook(), fill);
    }

    private static Path write(Path file, Workbook workbook, Consumer<Workbook> fill) {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            fill.accept(workbook);
            workbook.write(out);
            if (workbook instanceof SXSSFWorkbook s) {
                s.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path text(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
