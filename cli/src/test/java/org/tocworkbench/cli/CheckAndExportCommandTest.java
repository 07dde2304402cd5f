package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndExportCommandTest {
    private static final String VALID = """
            theory "Small network" { period 2024 to 2028 }
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
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void checkOfAValidTheoryExitsZeroAndSaysOk() throws IOException {
        Path file = write("ok.toc", VALID);
        CliRunner.Run run = CliRunner.run("check", file.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("ok: 1 file checked"), run.out());
    }

    @Test
    void checkOfATheoryWithErrorsExitsOneAndPrintsPositionedDiagnostics() throws IOException {
        Path file = write("bad.toc", VALID + "A1 -> O9\n");
        CliRunner.Run run = CliRunner.run("check", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains(file + ":14:7: error[TOC101]: undefined identifier `O9`"), run.out());
        assertTrue(run.out().contains("^^"), run.out());
        assertTrue(run.out().contains("= help: did you mean `O1`?"), run.out());
    }

    @Test
    void checkOfAMissingFileExitsThreeWithAClearMessage() {
        CliRunner.Run run = CliRunner.run("check", dir.resolve("nope.toc").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.out().contains("does not exist"), run.out());
        assertFalse(run.out().contains("Exception"), run.out());
    }

    @Test
    void checkOfAFolderChecksEveryTocFileUnderItAsFmtDoesAndAnEmptyFolderIsAUsageError() throws IOException {
        CliRunner.Run empty = CliRunner.run("check", dir.toString());
        assertEquals(2, empty.exitCode(), empty.err());
        assertTrue(empty.err().contains("is a folder with no .toc files in it; nothing to check"), empty.err());
        CliRunner.Run samples = CliRunner.run("check", "samples");
        assertEquals(0, samples.exitCode(), samples.out());
        assertTrue(samples.out().contains(": 5 files checked"), samples.out());
        write("bad.toc", "outcome O1 \"A\"\nO1 -> O9\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git").resolve("hidden.toc"), "not a theory {");
        CliRunner.Run bad = CliRunner.run("check", dir.toString());
        assertEquals(1, bad.exitCode(), bad.out());
        assertTrue(bad.out().contains("undefined identifier `O9`"), bad.out());
        assertTrue(bad.out().contains("1 file checked"), "hidden folders are left out: " + bad.out());
    }

    @Test
    void strictPromotesWarningsToErrors() throws IOException {
        Path file = write("warn.toc", VALID + "outcome O3 \"Unmeasured\" horizon medium\nO2 -> O3 -> O1\n");
        assertEquals(0, CliRunner.run("check", file.toString()).exitCode());
        CliRunner.Run strict = CliRunner.run("check", "--strict", file.toString());
        assertEquals(1, strict.exitCode());
        assertTrue(strict.out().contains("error[TOC207]"), strict.out());
    }

    @Test
    void allowSilencesAWarningCodeButNotAnError() throws IOException {
        Path file = write("warn.toc", VALID + "outcome O3 \"Unmeasured\" horizon medium\nO2 -> O3 -> O1\n");
        CliRunner.Run allowed = CliRunner.run("check", "--allow", "TOC207", file.toString());
        assertFalse(allowed.out().contains("TOC207"), allowed.out());
        CliRunner.Run refused = CliRunner.run("check", "--allow", "TOC101", file.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("cannot be silenced"), refused.err());
        CliRunner.Run unknown = CliRunner.run("check", "--allow", "TOC999", file.toString());
        assertEquals(2, unknown.exitCode());
    }

    @Test
    void jsonFormatIsMachineReadable() throws IOException {
        Path file = write("bad.toc", VALID + "A1 -> O9\n");
        CliRunner.Run run = CliRunner.run("check", "--format", "json", file.toString());
        assertEquals(1, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("errors").asInt());
        JsonNode first = null;
        for (JsonNode d : json.get("diagnostics")) {
            if (d.get("code").asText().equals("TOC101")) {
                first = d;
            }
        }
        assertEquals("error", first.get("severity").asText());
        assertEquals(14, first.get("line").asInt());
        assertEquals(7, first.get("column").asInt());
        assertEquals("O1", first.get("replacement").asText());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner.Run run = CliRunner.run("check", "--frobnicate", "x.toc");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--help"), run.err());
    }

    @Test
    void exportWritesTheModelAsJsonToStandardOutput() throws IOException {
        Path file = write("ok.toc", VALID);
        CliRunner.Run run = CliRunner.run("export", file.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("toc-model/1", json.get("schema").asText());
        assertEquals(5, json.get("nodes").size());
        assertEquals("O2", json.get("links").get(1).get("from").asText());
    }

    @Test
    void exportWritesAFileAndRefusesToOverwriteItsInput() throws IOException {
        Path file = write("ok.toc", VALID);
        Path out = dir.resolve("model.json");
        assertEquals(0, CliRunner.run("export", file.toString(), "-o", out.toString()).exitCode());
        assertTrue(Files.readString(out).contains("\"schema\" : \"toc-model/1\""));

        CliRunner.Run overwrite = CliRunner.run("export", file.toString(), "-o", file.toString());
        assertEquals(3, overwrite.exitCode());
        assertTrue(overwrite.err().contains("one of the input files"), overwrite.err());
        assertEquals(VALID, Files.readString(file));

        CliRunner.Run missingFolder = CliRunner.run("export", file.toString(), "-o", dir.resolve("no/such/m.json").toString());
        assertEquals(3, missingFolder.exitCode());
        assertTrue(missingFolder.err().contains("does not exist"), missingFolder.err());
    }

    @Test
    void exportOfATheoryWithErrorsWritesNothing() throws IOException {
        Path file = write("bad.toc", VALID + "A1 -> O9\n");
        Path out = dir.resolve("model.json");
        CliRunner.Run run = CliRunner.run("export", file.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nothing written"), run.err());
        assertFalse(Files.exists(out));
    }
}
