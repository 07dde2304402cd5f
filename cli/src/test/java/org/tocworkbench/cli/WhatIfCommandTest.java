package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code toc what-if} on every sample, in every text format, against golden files in
 * cli/src/test/resources/what-if ({@code -Dgolden.update=true} rewrites them; review the diff),
 * and its answers to bad input.
 */
class WhatIfCommandTest {
    private static final Path GOLDEN = Path.of("cli/src/test/resources/what-if");
    private static final String PANDEMIC = "samples/pandemic-preparedness/pandemic.toc";

    @TempDir
    Path dir;

    /** Each sample with an assumption whose failure has consequences, and its monitoring data. */
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("pandemic", PANDEMIC, "AS1"),
                Arguments.of("humanitarian", "samples/humanitarian-communication/humanitarian.toc", "AS5,OP3"),
                Arguments.of("learning", "samples/knowledge-learning/learning.toc", "AS4"),
                Arguments.of("training", "samples/training-followup/training.toc", "AS1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void failuresOfEachSampleMatchTheGoldenFiles(String name, String file, String failing) throws IOException {
        for (String format : new String[] {"terminal", "markdown", "json"}) {
            CliRunner.Run run = CliRunner.run("what-if", file, "--fails", failing, "--format", format);
            assertEquals(0, run.exitCode(), run.err());
            matches(name + "." + extension(format), run.out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void rankingOfEachSampleMatchesTheGoldenFiles(String name, String file, String failing) throws IOException {
        for (String format : new String[] {"terminal", "markdown", "json"}) {
            CliRunner.Run run = CliRunner.run("what-if", file, "--rank", "--format", format);
            assertEquals(0, run.exitCode(), run.err());
            matches("rank-" + name + "." + extension(format), run.out());
        }
    }

    private static String extension(String format) {
        return switch (format) {
            case "markdown" -> "md";
            case "json" -> "json";
            default -> "txt";
        };
    }

    private static void matches(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), file + " is missing; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "differs from " + file + " (rerun with -Dgolden.update=true and review the diff if the change is right)");
    }

    /** Review 3 item 7: the terminal's impact column was blank in every row where Markdown said "no". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theTerminalRankingSaysWhetherTheImpactFailsInEveryRowAsMarkdownDoes(String name, String file, String failing) {
        String terminal = CliRunner.run("what-if", file, "--rank", "--format", "terminal").out();
        String markdown = CliRunner.run("what-if", file, "--rank", "--format", "markdown").out();
        java.util.List<String> fromTerminal = new java.util.ArrayList<>();
        java.util.regex.Matcher row = java.util.regex.Pattern
                .compile("(?m)^\\s+\\d+\\s{2}(\\S+)(?: \\*)?\\s+\\d+ \\(\\d+%\\)\\s+\\d+ \\(\\d+%\\)\\s+(yes|no)\\s{2,}\\S")
                .matcher(terminal);
        while (row.find()) {
            fromTerminal.add(row.group(1) + " " + row.group(2));
        }
        java.util.List<String> fromMarkdown = new java.util.ArrayList<>();
        java.util.regex.Matcher mdRow = java.util.regex.Pattern
                .compile("(?m)^\\| \\d+ \\| `([^`]+)`.*\\| (yes|no) \\|$").matcher(markdown);
        while (mdRow.find()) {
            fromMarkdown.add(mdRow.group(1) + " " + mdRow.group(2));
        }
        assertTrue(!fromMarkdown.isEmpty(), markdown);
        assertEquals(fromMarkdown, fromTerminal, terminal);
        assertTrue(terminal.contains("impact fails  statement"), terminal);
    }

    @Test
    void theMonitoringDataNameTheAffectedResultsOnTrackToday() {
        CliRunner.Run run = CliRunner.run("what-if", PANDEMIC, "--fails", "AS1");
        assertTrue(run.out().contains("On track today, as of 2026-06-30 (2):"), run.out());
        assertTrue(run.out().contains("ST2    on track, fails under this scenario"), run.out());
        CliRunner.Run without = CliRunner.run("what-if", PANDEMIC, "--fails", "AS1", "--no-data");
        assertTrue(!without.out().contains("On track today"), without.out());
    }

    @Test
    void anUnknownIdIsAUsageErrorWithDidYouMean() {
        CliRunner.Run run = CliRunner.run("what-if", PANDEMIC, "--fails", "AS11");
        assertEquals(ExitCode.USAGE.code(), run.exitCode());
        assertTrue(run.err().contains("--fails `AS11`: no result or assumption of that name"), run.err());
        assertTrue(run.err().contains("did you mean `AS1`?"), run.err());
        CliRunner.Run lower = CliRunner.run("what-if", PANDEMIC, "--fails", "st2");
        assertTrue(lower.err().contains("did you mean `ST2`?"), lower.err());
    }

    @Test
    void aTheoryWithErrorsGetsItsDiagnosticsAndExitOne() throws IOException {
        Path bad = dir.resolve("bad.toc");
        Files.writeString(bad, "impact I \"Prepared\"\noutcome O \"Used\"\nO -> I2\n");
        CliRunner.Run run = CliRunner.run("what-if", bad.toString(), "--rank");
        assertEquals(ExitCode.INPUT_ERRORS.code(), run.exitCode());
        assertTrue(run.err().contains("error[TOC101]"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void askingForNothingOrForBothIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), CliRunner.run("what-if", PANDEMIC).exitCode());
        CliRunner.Run both = CliRunner.run("what-if", PANDEMIC, "--rank", "--fails", "AS1");
        assertEquals(ExitCode.USAGE.code(), both.exitCode());
        assertTrue(both.err().contains("either --rank or --fails"), both.err());
        assertEquals(ExitCode.USAGE.code(), CliRunner.run("what-if", PANDEMIC, "--rank", "--format", "docx").exitCode());
        assertEquals(ExitCode.USAGE.code(), CliRunner.run("what-if", PANDEMIC, "--rank", "-o", "x.docx").exitCode());
        CliRunner.Run disagree = CliRunner.run("what-if", PANDEMIC, "--rank", "-o", "x.md", "--format", "json");
        assertEquals(ExitCode.USAGE.code(), disagree.exitCode());
        assertTrue(disagree.err().contains("make them agree"), disagree.err());
    }

    @Test
    void theFormatFollowsTheOutputFile() throws IOException {
        Path out = dir.resolve("risks.md");
        CliRunner.Run run = CliRunner.run("what-if", PANDEMIC, "--rank", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out).startsWith("# Weakest points"));
        Path json = dir.resolve("as1.json");
        assertEquals(0, CliRunner.run("what-if", PANDEMIC, "--fails", "AS1", "-o", json.toString()).exitCode());
        assertTrue(Files.readString(json).contains("\"schema\" : \"toc-what-if/1\""));
    }

    @Test
    void theDiagramGhostsWhatFailsMarksWhatIsWeakenedAndCrossesTheFailingBadge() {
        CliRunner.Run run = CliRunner.run("what-if", PANDEMIC, "--fails", "AS1", "--no-data", "--format", "dot");
        assertEquals(0, run.exitCode(), run.err());
        String dot = run.out();
        assertTrue(line(dot, "\"ST2\" [").contains("class=\"toc-node kind-outcome horizon-short what-if-failed\", style=\"filled,rounded,dashed\""), dot);
        String imp = line(dot, "\"IMP\" [");
        assertTrue(imp.contains("what-if-weakened\", style=\"filled,rounded,bold\", fillcolor=\"#ffffff\""), imp);
        assertTrue(!imp.contains("striped") && imp.contains("\u25d0 weakened"), "a band, no stripes under the text: " + imp);
        assertTrue(line(dot, "\"OP1\" -> \"ST2\" [").contains("BGCOLOR=\"#000000\"><FONT POINT-SIZE=\"9\" COLOR=\"#ffffff\"><B>\u2716 AS1</B>"),
                "the failing assumption's badge is black and crossed: " + dot);
        assertTrue(line(dot, "\"OP1\" -> \"ST2\" [").contains("what-if-broken"), dot);
        assertTrue(!line(dot, "\"ST1\" [").contains("what-if"), "ST1 stands: " + dot);
        assertTrue(dot.contains("What if AS1 fails"), "the legend names the assumption: " + dot);
    }

    private static String line(String text, String start) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    @Test
    void aPictureIsDrawnToAFileAndTheRankingIsNotDrawn() throws IOException {
        Path svg = dir.resolve("as1.svg");
        CliRunner.Run run = CliRunner.run("what-if", PANDEMIC, "--fails", "AS1", "--no-data", "-o", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String picture = Files.readString(svg).replace("&#45;", "-"); // Graphviz escapes the hyphens of classes
        assertTrue(picture.contains("what-if-failed") && picture.contains("what-if-weakened"), picture);
        assertEquals(ExitCode.USAGE.code(), CliRunner.run("what-if", PANDEMIC, "--rank", "-o", dir.resolve("r.svg").toString()).exitCode());
    }

    @Test
    void aMissingTheoryIsExitThree() {
        assertEquals(ExitCode.IO_ERROR.code(), CliRunner.run("what-if", dir.resolve("none.toc").toString(), "--rank").exitCode());
    }
}
