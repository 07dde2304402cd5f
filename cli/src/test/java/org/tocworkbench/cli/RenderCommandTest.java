package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.render.NativeDotEngine;

class RenderCommandTest {
    private static final String VALID = """
            theory "Small network" { version "1" as of 2025-06 }
            actor M1 "Member one" role member
            impact I "Communities thrive"
            outcome O1 "Policies adopted" horizon long by M1 {
              indicator O1_1 "Policies adopted" { unit count baseline 0 at 2024 target 5 by 2027 }
            }
            outcome O2 "Ministries use evidence" horizon short by M1 {
              indicator O2_1 "Ministries citing briefs" { unit percent baseline 10% at 2024 target 40% by 2027 }
            }
            activity A1 "Write briefs" by M1
            activity A2 "Hold dialogues" by M1
            A1 -> O2 -> O1 -> I
            A2 -> O1
            pathway evidence "Evidence route" { A1 -> O2 -> O1 -> I }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Graphviz's dot, which CI installs; missing, the test fails unless -Dtoc.noDot=true skips it on purpose. */
    private static boolean hasDot() {
        boolean present = NativeDotEngine.findOnPath().isPresent();
        if (!present && !Boolean.getBoolean("toc.noDot")) {
            throw new AssertionError("Graphviz's dot is not on the PATH: apt-get install -y graphviz (or -Dtoc.noDot=true)");
        }
        return present;
    }

    @Test
    void dotNeedsNoEngineAndGoesToTheFileTheExtensionNames() throws IOException {
        Path file = write("ok.toc", VALID);
        Path out = dir.resolve("ok.gv");
        CliRunner.Run run = CliRunner.run("render", file.toString(), "-o", out.toString(), "--engine", "native");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out).startsWith("digraph \"theory_of_change\" {"));
        assertEquals("", run.out() + run.err(), "nothing printed on success");
    }

    @Test
    void withoutAnOutputFileSvgGoesToStandardOutput() throws IOException {
        assumeTrue(hasDot());
        CliRunner.Run run = CliRunner.run("render", write("ok.toc", VALID).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("<svg") && run.out().contains("id=\"node&#45;O1\""), run.out());
    }

    @Test
    void pngAndPdfAreWrittenWithTheirMagicBytes() throws IOException {
        assumeTrue(hasDot());
        Path file = write("ok.toc", VALID);
        assertEquals(0, CliRunner.run("render", file.toString(), "-o", dir.resolve("a.png").toString()).exitCode());
        assertEquals(0, CliRunner.run("render", file.toString(), "-o", dir.resolve("a.pdf").toString()).exitCode());
        byte[] png = Files.readAllBytes(dir.resolve("a.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertTrue(new String(Files.readAllBytes(dir.resolve("a.pdf")), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }

    @Test
    void viewsAndOptionsShapeTheDiagram() throws IOException {
        Path file = write("ok.toc", VALID);
        CliRunner.Run run = CliRunner.run("render", file.toString(), "--format", "dot", "--pathway", "Evidence route",
                "--context", "hide", "--group-by", "horizon", "--direction", "bt", "--indicators");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rankdir=\"BT\""), run.out());
        assertFalse(run.out().contains("\"A2\" ["), "hidden: not on the pathway");
        assertTrue(run.out().contains("Ministries citing briefs"), "indicators listed");
        assertTrue(run.out().contains("View: pathway \u201cEvidence route\u201d"), "title block names the view");
    }

    @Test
    void theNetworkViewBoxesByStructureOrFunctionAndRefusesOtherGroupings() throws IOException {
        String sample = "samples/knowledge-learning/learning.toc";
        CliRunner.Run run = CliRunner.run("render", sample, "--format", "dot", "--view", "network");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("group-structure-COP"), run.out());
        assertTrue(run.out().contains("backbone only"), run.out());
        run = CliRunner.run("render", sample, "--format", "dot", "--view", "network", "--group-by", "function");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("group-function-problem-solving"), run.out());
        run = CliRunner.run("render", sample, "--format", "dot", "--view", "network", "--group-by", "actor");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--view network groups by structure or function"), run.err());
        run = CliRunner.run("render", sample, "--format", "dot", "--group-by", "structure");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("goes with --view network"), run.err());
        run = CliRunner.run("render", sample, "--format", "dot", "--view", "netwrk");
        assertEquals(2, run.exitCode());
    }

    @Test
    void aTheoryWithErrorsIsNotDrawnAndTheDiagnosticsArePrinted() throws IOException {
        Path file = write("bad.toc", VALID + "A1 -> O9\n");
        Path out = write("bad.svg", "previous diagram");
        CliRunner.Run run = CliRunner.run("render", file.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error[TOC101]: undefined identifier `O9`"), run.err());
        assertTrue(run.err().contains("--force"), run.err());
        assertEquals("previous diagram", Files.readString(out), "nothing overwritten");
    }

    @Test
    void forceDrawsWhatCanBeDrawnAndStillShowsTheErrors() throws IOException {
        Path file = write("bad.toc", VALID + "A1 -> O9\n");
        Path out = dir.resolve("bad.dot");
        CliRunner.Run run = CliRunner.run("render", file.toString(), "-o", out.toString(), "--force");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("error[TOC101]") && run.err().contains("--force"), run.err());
        assertTrue(Files.readString(out).contains("\"A1\" -> \"O2\""));
    }

    @Test
    void anEmptyTheoryDrawsNothingAndExitsOne() throws IOException {
        CliRunner.Run run = CliRunner.run("render", write("empty.toc", "# nothing yet\n").toString(), "--format", "dot");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error[TOC007]"), run.err());
        CliRunner.Run forced = CliRunner.run("render", write("empty2.toc", "\n").toString(), "--format", "dot", "--force");
        assertEquals(1, forced.exitCode());
        assertTrue(forced.err().contains("nothing to draw"), forced.err());
    }

    @Test
    void anOutputEqualToTheInputIsRefusedAndTheInputKept() throws IOException {
        Path file = write("same.toc", VALID);
        CliRunner.Run run = CliRunner.run("render", file.toString(), "-o", file.toString(), "--format", "dot");
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("it is one of the input files"), run.err());
        assertEquals(VALID, Files.readString(file));
    }

    @Test
    void anOutputInAMissingFolderIsAnIoError() throws IOException {
        Path file = write("ok.toc", VALID);
        CliRunner.Run run = CliRunner.run("render", file.toString(), "-o", dir.resolve("no/such/folder/x.svg").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void anOutputWhoseFolderIsAFileIsAnIoError() throws IOException {
        // A file where a folder is expected cannot be written by anyone, root included.
        Path file = write("ok.toc", VALID);
        Path notAFolder = write("notes.txt", "kept");
        CliRunner.Run run = CliRunner.run("render", file.toString(), "-o", notAFolder.resolve("x.dot").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("kept", Files.readString(notAFolder));
    }

    @Test
    void usageErrorsExitTwoWithAClearMessage() throws IOException {
        String file = write("ok.toc", VALID).toString();
        assertUsage("end it in .svg, .png, .pdf, .dot or .gv", "render", file, "-o", dir.resolve("x.jpg").toString());
        assertUsage("unknown format `gif`", "render", file, "--format", "gif");
        assertUsage("looks like svg but --format says png", "render", file, "-o", dir.resolve("x.svg").toString(),
                "--format", "png");
        assertUsage("unknown value `up` for --direction", "render", file, "--direction", "up", "--format", "dot");
        assertUsage("unknown value `blur` for --context", "render", file, "--context", "blur", "--format", "dot");
        assertUsage("unknown value `colour` for --group-by", "render", file, "--group-by", "colour", "--format", "dot");
        assertUsage("unknown value `fast` for --engine", "render", file, "--engine", "fast");
        assertUsage("--pathway and --actor cannot be combined", "render", file, "--pathway", "evidence", "--actor", "M1");
        assertUsage("--depth goes with --focus", "render", file, "--depth", "2", "--format", "dot");
        assertUsage("did you mean `evidence`?", "render", file, "--pathway", "evidense", "--format", "dot");
        assertUsage("no actor `M2` (did you mean `M1`?)", "render", file, "--actor", "M2", "--format", "dot");
        assertUsage("unknown function `advocay` (did you mean `advocacy`?)", "render", file, "--function", "advocay");
    }

    private static final String PANDEMIC = "samples/pandemic-preparedness/pandemic.toc";
    private static final Path PROGRESS_GOLDEN = Path.of("cli/src/test/resources/render/pandemic-progress.dot");

    @Test
    void progressDrawsTheStatusesEvaluateComputes() throws IOException {
        CliRunner.Run render = CliRunner.run("render", PANDEMIC, "--progress", "--as-of", "2026-06-30", "--format", "dot");
        assertEquals(0, render.exitCode(), render.err());
        checkGolden(PROGRESS_GOLDEN, render.out());
        Map<String, String> statuses = sameStatuses(render.out(), "--as-of", "2026-06-30");
        long coloured = statuses.values().stream().filter(s -> !s.equals("not-rated")).count();
        assertTrue(coloured > 10, "most results have a status: " + coloured);
        assertTrue(render.out().contains("Progress as of 2026-06-30"), "the legend says when");
    }

    @Test
    void progressTakesEvaluatesStatusBandsAndMappingOptions() throws IOException {
        String[] bands = {"--as-of", "2026-06-30", "--on-track", "1", "--at-risk", "3"};
        CliRunner.Run strict = CliRunner.run(concat(new String[] {"render", PANDEMIC, "--progress", "--format", "dot"}, bands));
        assertEquals(0, strict.exitCode(), strict.err());
        Map<String, String> narrow = sameStatuses(strict.out(), bands);
        CliRunner.Run usual = CliRunner.run("render", PANDEMIC, "--progress", "--as-of", "2026-06-30", "--format", "dot");
        Map<String, String> wide = sameStatuses(usual.out(), "--as-of", "2026-06-30");
        List<String> changed = narrow.keySet().stream().filter(id -> !narrow.get(id).equals(wide.get(id))).toList();
        assertFalse(changed.isEmpty(), "the narrow bands change some statuses: " + narrow);
        assertTrue(changed.stream().allMatch(id -> rank(narrow.get(id)) > rank(wide.get(id))),
                "narrower bands only make statuses worse: " + changed);

        // a mapping option reaches the reader as in evaluate: the same sheet is missing in both
        String[] sheet = {"--sheet", "No such sheet"};
        CliRunner.Run drawn = CliRunner.run(concat(new String[] {"render", PANDEMIC, "--progress", "--format", "dot"}, sheet));
        CliRunner.Run evaluated = CliRunner.run(concat(new String[] {"evaluate", PANDEMIC}, sheet));
        assertEquals(3, evaluated.exitCode(), evaluated.err());
        assertEquals(evaluated.exitCode(), drawn.exitCode(), drawn.err());
        assertTrue(evaluated.err().contains("No such sheet"), evaluated.err());
        String message = evaluated.err().lines().filter(l -> l.startsWith("toc: ")).findFirst().orElseThrow();
        assertTrue(drawn.err().contains(message), "the same message: " + message + "\n" + drawn.err());
    }

    /** How bad a status is, for comparing two bands. */
    private static int rank(String status) {
        return List.of("achieved", "on-track", "at-risk", "off-track").indexOf(status);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * Checks that every result of the drawn DOT carries the status {@code toc evaluate} gives it
     * with the same options, and returns those statuses by id.
     */
    private Map<String, String> sameStatuses(String dot, String... options) throws IOException {
        Path json = Files.createTempFile(dir, "report", ".json");
        Files.delete(json);
        CliRunner.Run evaluate = CliRunner.run(concat(new String[] {"evaluate", PANDEMIC, "-o", json.toString()}, options));
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        Map<String, String> statuses = new java.util.LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode node : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).get("nodes")) {
            String id = node.get("id").asText();
            String line = dot.lines().map(String::strip).filter(l -> l.startsWith("\"" + id + "\" ["))
                    .findFirst().orElseThrow(() -> new AssertionError("no node " + id));
            String status = node.get("status").asText();
            if (status.equals("not-rated")) {
                assertFalse(line.contains("status-"), line);
            } else {
                assertTrue(line.contains(" status-" + status + "\""), id + " is " + status + ": " + line);
            }
            statuses.put(id, status);
        }
        return statuses;
    }

    @Test
    void progressWritesEachPictureFormat() throws IOException {
        assumeTrue(hasDot());
        for (String extension : new String[] {"svg", "png", "pdf"}) {
            Path out = dir.resolve("progress." + extension);
            CliRunner.Run run = CliRunner.run("render", PANDEMIC, "--progress", "-o", out.toString(),
                    "--pathway", "financing", "--engine", "native");
            assertEquals(0, run.exitCode(), run.err());
            byte[] bytes = Files.readAllBytes(out);
            assertTrue(bytes.length > 1000, extension);
            if (extension.equals("svg")) {
                String svg = new String(bytes, StandardCharsets.UTF_8);
                assertTrue(svg.contains("status&#45;") || svg.contains("status-"), "statuses in the SVG");
                assertTrue(svg.contains("View: pathway"), "the view applies with --progress");
            }
        }
    }

    @Test
    void progressDataProblemsExitAsEvaluateDoes() throws IOException {
        assertUsage("--data goes with --progress", "render", PANDEMIC, "--data", "x.xlsx", "--format", "dot");
        assertUsage("--as-of goes with --progress", "render", PANDEMIC, "--as-of", "2026", "--format", "dot");
        assertUsage("--on-track, --sheet go with --progress", "render", PANDEMIC, "--on-track", "5", "--sheet", "Data",
                "--format", "dot");
        assertUsage("--at-risk must be at least --on-track", "render", PANDEMIC, "--progress", "--on-track", "20",
                "--at-risk", "5", "--format", "dot");
        assertUsage("--layout is `long` or `wide`", "render", PANDEMIC, "--progress", "--layout", "tall", "--format", "dot");
        assertUsage("--as-of `soon` is not a date", "render", PANDEMIC, "--progress", "--as-of", "soon", "--format", "dot");
        CliRunner.Run missing = CliRunner.run("render", PANDEMIC, "--progress", "--data",
                dir.resolve("missing.xlsx").toString(), "--format", "dot");
        assertEquals(3, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("missing.xlsx"), missing.err());
        assertEquals("", missing.out(), "nothing drawn");
        CliRunner.Run noData = CliRunner.run("render", write("ok.toc", VALID).toString(), "--progress", "--format", "dot");
        assertEquals(0, noData.exitCode(), noData.err());
        assertTrue(noData.err().contains("no monitoring data"), noData.err());
        assertTrue(noData.out().contains("status-no-data"), "every measured result has no data");
    }

    private static void checkGolden(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden " + golden + "; run with -Dgolden.update=true to create it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "differs from " + golden + " (rerun with -Dgolden.update=true and review the diff)");
    }

    private static void assertUsage(String message, String... args) {
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
