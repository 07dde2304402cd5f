package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.evaluator.NutritionNetworkFixture;

class ReportWritersTest {
    @Test
    void theWriterIsChosenByTheOutputExtension() {
        assertInstanceOf(HtmlReportWriter.class, ReportWriters.forPath(Path.of("out/Report.HTML"), null).orElseThrow());
        assertInstanceOf(HtmlReportWriter.class, ReportWriters.forPath(Path.of("r.htm"), null).orElseThrow());
        assertInstanceOf(MarkdownReportWriter.class, ReportWriters.forPath(Path.of("r.md"), null).orElseThrow());
        assertInstanceOf(JsonReportWriter.class, ReportWriters.forPath(Path.of("r.json"), null).orElseThrow());
        assertInstanceOf(ExcelReportWriter.class, ReportWriters.forPath(Path.of("r.xlsx"), null).orElseThrow());
        assertInstanceOf(TerminalSummary.class, ReportWriters.forPath(Path.of("r.txt"), null).orElseThrow());
        assertTrue(ReportWriters.forPath(Path.of("report"), null).isEmpty());
        assertTrue(ReportWriters.forPath(Path.of("report.pdf"), null).isEmpty());
        assertEquals(List.of("html", "htm", "md", "markdown", "json", "xlsx", "txt"), ReportWriters.knownExtensions());
    }

    @Test
    void anUnknownExtensionIsAUsageErrorThatListsTheKnownOnes(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWriters.write(
                NutritionNetworkFixture.evaluation(), dir.resolve("report.pdf"), List.of(), ProgressDiagram.NONE));
        assertEquals("cannot tell the report format from `" + dir.resolve("report.pdf")
                + "`: use one of .html, .htm, .md, .markdown, .json, .xlsx, .txt", e.getMessage());
    }

    @Test
    void aReportIsWrittenButNeverOverAnInput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        ReportWriters.write(NutritionNetworkFixture.evaluation(), out, List.of(NutritionNetworkFixture.TOC),
                ProgressDiagram.NONE);
        assertTrue(Files.readString(out).startsWith("{\n  \"schema\" : \"toc-report/1\""));
        Path input = dir.resolve("data.md");
        Files.writeString(input, "keep me");
        assertThrows(OutputFile.OutputException.class, () -> ReportWriters.write(NutritionNetworkFixture.evaluation(),
                input, List.of(input), ProgressDiagram.NONE));
        assertEquals("keep me", Files.readString(input));
    }
}
