package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.template.MonitoringTemplateWriter;

/** `toc template` writes each indicator's codes, and the workbook read back matches rows by them. */
class TemplateCodesRoundTripTest {
    @TempDir
    Path dir;

    private Theory theory() throws Exception {
        Path file = Files.writeString(dir.resolve("theory.toc"), """
                theory "Preparedness" { period 2024-01 to 2025-12 }
                impact I "Prepared"
                outcome O1 "Districts plan" {
                    indicator OC1_1 "Districts with a costed plan" {
                        code "1.1", "IND-1"
                        code "Ab3dE5fG7h9" in "hmis.csv"
                        unit count
                        baseline 0 at 2024
                        target 12 by 2025
                        frequency quarterly
                    }
                    indicator OC1_2 "Health workers trained" { unit count baseline 0 at 2024 target 400 by 2025 frequency annual }
                }
                O1 -> I
                """);
        Compilation compilation = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        return compilation.theory();
    }

    @Test
    void codesAreWrittenOnBothSheetsAndRowsAreMatchedByThemWhenReadBack() throws Exception {
        Theory theory = theory();
        Path workbook = dir.resolve("monitoring.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new MonitoringTemplateWriter().toBytes(theory)))) {
            Sheet indicators = wb.getSheet("Indicators");
            assertEquals("Code", indicators.getRow(0).getCell(2).getStringCellValue());
            assertEquals("1.1, IND-1", indicators.getRow(1).getCell(2).getStringCellValue(), "unscoped codes only");
            assertEquals(null, indicators.getRow(2).getCell(2), "no codes, no cell");
            Sheet data = wb.getSheet("Data");
            assertEquals("Code", data.getRow(0).getCell(6).getStringCellValue());
            List<Row> oc11 = new ArrayList<>();
            for (Row row : data) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("OC1_1")) {
                    oc11.add(row);
                }
            }
            assertEquals("1.1, IND-1", oc11.get(0).getCell(6).getStringCellValue());
            oc11.get(0).createCell(4).setCellValue(2);
            oc11.get(1).getCell(0).setCellValue("IND-1");
            oc11.get(1).createCell(4).setCellValue(4);
            oc11.get(2).getCell(0).setCellValue("");
            oc11.get(2).getCell(1).setCellValue("");
            oc11.get(2).createCell(4).setCellValue(6);
            oc11.get(3).getCell(0).setCellValue("");
            oc11.get(3).createCell(4).setCellValue(8);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
        Fixtures.Collected read = Fixtures.read(ImportRequest.of(workbook), theory);
        List<DataIssue> issues = read.issues;
        List<Observation> observations = read.observations;
        assertEquals(List.of(), issues, "by id, by a code in the id column, by the code column alone, and before the title");
        assertEquals(List.of(2.0, 4.0, 6.0, 8.0), observations.stream().filter(o -> o.indicatorId().equals("OC1_1"))
                .map(Observation::value).toList());
    }
}
