package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
    private static final String THEORY = """
            theory "Clinics network" { period 2024 to 2027  as of 2025-12-31 }
            impact I "Communities are prepared"
            activity A1 "Train health workers"
            outcome O1 "Clinics apply the protocols" horizon short {
              indicator O1_1 "Clinics applying the protocols" {
                unit count  baseline 0 at 2024  target 40 by 2027  frequency annual
              }
            }
            A1 -> O1 -> I
            """;

    @TempDir
    Path dir;

    @Test
    void theTemplateFilledInIsReadBackWithNoMapping() throws IOException {
        Path toc = Files.writeString(dir.resolve("clinics.toc"), THEORY);
        Path template = dir.resolve("monitoring.xlsx");
        CliRunner.Run made = CliRunner.run("template", toc.toString(), "-o", template.toString());
        assertEquals(0, made.exitCode(), made.err());

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet indicators = workbook.getSheet("Indicators");
            assertEquals("Indicator ID", indicators.getRow(0).getCell(0).getStringCellValue());
            assertEquals("O1_1", indicators.getRow(1).getCell(0).getStringCellValue());
            Sheet data = workbook.getSheet("Data");
            assertFalse(workbook.getSheet("Data").getDataValidations().isEmpty(), "indicator ids come from a list");
            Row ready = data.getRow(1);
            assertEquals("O1_1", ready.getCell(0).getStringCellValue());
            ready.getCell(4, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(17);
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }

        Path report = dir.resolve("r.json");
        CliRunner.Run evaluated = CliRunner.run("evaluate", toc.toString(), "--data", template.toString(), "-o",
                report.toString());
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        JsonNode indicator = new ObjectMapper().readTree(report.toFile()).get("indicators").get(0);
        assertEquals(17, indicator.get("actual").get("value").asDouble());
        assertEquals(0, new ObjectMapper().readTree(report.toFile()).get("summary").get("dataIssues").asInt());
    }

    @Test
    void theTemplateIsAnExcelWorkbookAndNeverReplacesTheTheory() throws IOException {
        Path toc = Files.writeString(dir.resolve("clinics.toc"), THEORY);
        CliRunner.Run csv = CliRunner.run("template", toc.toString(), "-o", dir.resolve("m.csv").toString());
        assertEquals(2, csv.exitCode(), csv.err());
        assertTrue(csv.err().contains("*.xlsx"), csv.err());
        Path renamed = Files.copy(toc, dir.resolve("clinics.xlsx"));
        CliRunner.Run self = CliRunner.run("template", renamed.toString(), "-o", renamed.toString());
        assertEquals(3, self.exitCode(), self.err());
        assertEquals(THEORY, Files.readString(renamed));
    }
}
