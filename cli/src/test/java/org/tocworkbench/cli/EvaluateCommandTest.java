package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluateCommandTest {
    private static final String PANDEMIC = "samples/pandemic-preparedness/pandemic.toc";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A small theory with no data block, for workbooks made in the tests. */
    private static final String THEORY = """
            theory "Clinics network" { period 2024 to 2027  as of 2025-12-31 }
            impact I "Communities are prepared"
            activity A1 "Train health workers"
            outcome O1 "Clinics apply the protocols" horizon short {
              indicator O1_1 "Clinics applying the protocols" { unit count  baseline 0 at 2024  target 40 by 2027 }
            }
            A1 -> O1 -> I
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {PANDEMIC, "samples/humanitarian-communication/humanitarian.toc",
            "samples/knowledge-learning/learning.toc"})
    void everySampleEvaluatesWithNoOtherArgument(String sample) {
        CliRunner.Run run = CliRunner.run("evaluate", sample);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\nPathways\n"), run.out());
        assertTrue(run.out().contains("Indicators "), run.out());
        assertTrue(run.err().startsWith("read "), "says which workbook and sheet it read: " + run.err());
    }

    @Test
    void theTerminalSummaryNamesEachBottleneck() {
        CliRunner.Run run = CliRunner.run("evaluate", PANDEMIC);
        assertTrue(run.out().contains("off track  34%   Parliamentary oversight"), run.out());
        assertTrue(run.out().contains("bottleneck ST3 \"Members of parliament champion preparedness financing"),
                run.out());
    }

    @Test
    void eachReportFormatIsChosenByTheOutputExtension() throws IOException {
        for (String name : List.of("r.html", "r.md", "r.json", "r.xlsx")) {
            Path out = dir.resolve(name);
            CliRunner.Run run = CliRunner.run("evaluate", PANDEMIC, "-o", out.toString());
            assertEquals(0, run.exitCode(), name + ": " + run.err());
            assertTrue(run.err().contains("wrote " + out), run.err());
        }
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<svg") && html.contains("id=\"node&#45;ST3\""), "the diagram is inlined");
        assertTrue(Files.readString(dir.resolve("r.md")).startsWith("# Progress report: "));
        JsonNode json = JSON.readTree(dir.resolve("r.json").toFile());
        assertEquals("toc-report/1", json.get("schema").asText());
        assertEquals("2026-06-30", json.get("asOf").asText());
        try (InputStream in = Files.newInputStream(dir.resolve("r.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet indicators = workbook.getSheet("Indicators");
            assertTrue(indicators.getSheetConditionalFormatting().getNumConditionalFormattings() > 0,
                    "statuses are coloured by conditional formatting");
            assertEquals("Summary", workbook.getSheetName(0));
        }
    }

    @Test
    void theDiagramInTheHtmlReportIsColouredByStatus() throws IOException {
        Path out = dir.resolve("r.html");
        assertEquals(0, CliRunner.run("evaluate", PANDEMIC, "-o", out.toString()).exitCode());
        String html = Files.readString(out);
        // ST3 is off track in the sample's data: its node says so, in words as well as in colour.
        int node = html.indexOf("id=\"node&#45;ST3\"");
        int end = html.indexOf("</g>", node);
        String st3 = html.substring(node, end);
        assertTrue(st3.contains("off track"), st3);
        assertTrue(st3.contains("#d55e00"), "off-track fill: " + st3);
    }

    @Test
    void asOfMovesTheReportingDate() throws IOException {
        Path out = dir.resolve("r.json");
        assertEquals(0, CliRunner.run("evaluate", PANDEMIC, "--as-of", "2025-Q4", "-o", out.toString()).exitCode());
        JsonNode json = JSON.readTree(out.toFile());
        assertEquals("2025-12-31", json.get("asOf").asText());
    }

    @Test
    void theIpttShowsTheHumanitarianSamplesWeeklyIndicatorByMonthUnlessAskedOtherwise() throws IOException {
        String humanitarian = "samples/humanitarian-communication/humanitarian.toc";
        Path months = dir.resolve("months.json");
        assertEquals(0, CliRunner.run("evaluate", humanitarian, "-o", months.toString()).exitCode());
        JsonNode iptt = JSON.readTree(months.toFile()).get("iptt");
        assertEquals("months", iptt.get("periodsShown").asText());
        JsonNode op31 = opThreeOne(iptt);
        assertEquals("monthly", op31.get("frequency").asText());
        assertEquals("weekly", op31.get("reportedFrequency").asText());
        assertEquals(47, op31.get("periods").size(), "2024-02 to 2027-12: the months after the baseline (January 2024)");
        Path quarters = dir.resolve("quarters.json");
        assertEquals(0, CliRunner.run("evaluate", humanitarian, "--iptt-periods", "QUARTERS", "-o", quarters.toString())
                .exitCode());
        assertEquals("2024 Q1", opThreeOne(JSON.readTree(quarters.toFile()).get("iptt")).get("periods").get(0)
                .get("period").asText());
        Path reported = dir.resolve("reported.json");
        assertEquals(0, CliRunner.run("evaluate", humanitarian, "--iptt-periods", "reported", "-o", reported.toString())
                .exitCode());
        assertTrue(opThreeOne(JSON.readTree(reported.toFile()).get("iptt")).get("periods").size() > 200, "every week");
        CliRunner.Run wrong = CliRunner.run("evaluate", humanitarian, "--iptt-periods", "weeks");
        assertEquals(2, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().contains("--iptt-periods") && wrong.err().contains(
                "must be one of reported, months, quarters, years, not `weeks`"), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());
    }

    private static JsonNode opThreeOne(JsonNode iptt) {
        for (JsonNode indicator : iptt.get("indicators")) {
            if (indicator.get("indicator").asText().equals("OP3_1")) {
                return indicator;
            }
        }
        throw new AssertionError("no OP3_1 in the IPTT");
    }

    @Test
    void anUnknownReportExtensionIsAUsageError() {
        CliRunner.Run run = CliRunner.run("evaluate", PANDEMIC, "-o", dir.resolve("r.docx").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot tell the report format") && run.err().contains("html")
                && run.err().contains("pdf"), run.err());
        assertFalse(Files.exists(dir.resolve("r.docx")));
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
        Path toc = Files.writeString(dir.resolve("t.toc"), THEORY);
        Path workbook = workbook("data.xlsx", List.of(List.of("Indicator ID", "Period", "Value"),
                List.of("O1_1", "2025", "12")));
        byte[] before = Files.readAllBytes(workbook);
        CliRunner.Run run = CliRunner.run("evaluate", toc.toString(), "--data", workbook.toString(), "-o",
                workbook.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("input"), run.err());
        assertArrayEquals(before, Files.readAllBytes(workbook));
        assertEquals(THEORY, Files.readString(toc));
    }

    @Test
    void aMissingWorkbookIsNamedWithoutAStackTrace() throws IOException {
        Path toc = Files.writeString(dir.resolve("t.toc"), THEORY);
        CliRunner.Run run = CliRunner.run("evaluate", toc.toString(), "--data", dir.resolve("none.xlsx").toString());
        assertTrue(run.exitCode() == 1 || run.exitCode() == 3, run.err());
        assertTrue(run.err().contains("none.xlsx"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aTextFileRenamedXlsxIsAClearError() throws IOException {
        Path toc = Files.writeString(dir.resolve("t.toc"), THEORY);
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "Indicator ID,Period,Value\nO1_1,2025,12\n");
        CliRunner.Run run = CliRunner.run("evaluate", toc.toString(), "--data", fake.toString());
        assertTrue(run.exitCode() == 1 || run.exitCode() == 3, run.err());
        assertTrue(run.err().contains("fake.xlsx"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void dataIssuesAreReportedAndOnlyStrictFailsOnThem() throws IOException {
        Path toc = Files.writeString(dir.resolve("t.toc"), THEORY);
        Path data = workbook("data.xlsx", List.of(List.of("Indicator ID", "Period", "Value"),
                List.of("O1_1", "2025", "12"), List.of("O9_9", "2025", "3")));
        CliRunner.Run lenient = CliRunner.run("evaluate", toc.toString(), "--data", data.toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.out().contains("O9_9"), "the unknown indicator is listed: " + lenient.out());
        CliRunner.Run strict = CliRunner.run("evaluate", toc.toString(), "--data", data.toString(), "--strict");
        assertEquals(1, strict.exitCode(), strict.err());
    }

    @Test
    void mappingOptionsReadAWideSheetWithOddHeaders() throws IOException {
        Path toc = Files.writeString(dir.resolve("t.toc"), THEORY);
        Path data = workbook("tracker.xlsx", List.of(
                List.of("Quarterly tracker"),
                List.of("Code", "What", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"),
                List.of("O1_1", "Clinics", "3", "6", "n/a", "15")));
        Path out = dir.resolve("r.json");
        CliRunner.Run run = CliRunner.run("evaluate", toc.toString(), "--data", data.toString(), "--sheet", "Sheet1",
                "--layout", "wide", "--header-rows", "2", "--indicator-column", "Code", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode indicator = JSON.readTree(out.toFile()).get("indicators").get(0);
        assertEquals("O1_1", indicator.get("id").asText());
        assertEquals(15, indicator.get("actual").get("value").asDouble());
        assertEquals("2025-Q4", indicator.get("actual").get("period").asText());
    }

    private Path workbook(String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c)); // text, as many trackers hold their numbers
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    @Test
    void theHtmlReportWithItsDrawnDiagramUsesEveryIdOnce() throws IOException {
        Path report = dir.resolve("report.html");
        CliRunner.Run run = CliRunner.run("evaluate", PANDEMIC, "-o", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(report);
        List<String> ids = HtmlIds.all(html);
        assertTrue(ids.containsAll(List.of("diagram", "toc-theory", "toc-diagram", "node-ST3")), ids.toString());
        assertEquals(List.of(), HtmlIds.duplicates(html), "ids used twice in the report");
    }
}
