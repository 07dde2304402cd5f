package org.tocworkbench.evaluator.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.NutritionNetworkFixture;
import org.tocworkbench.evaluator.excel.SheetWriter;
import org.tocworkbench.evaluator.ingest.TemplateContract;

class MonitoringTemplateWriterTest {
    private static XSSFWorkbook template(Theory theory) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(new MonitoringTemplateWriter().toBytes(theory)));
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? Double.toString(cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void theDataSheetComesFirstWithTheHeaderTheImporterRecognises() throws Exception {
        try (XSSFWorkbook wb = template(NutritionNetworkFixture.theory())) {
            assertEquals("Data", wb.getSheetName(0));
            assertEquals(List.of("Data", "Indicators", "How to fill in"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Row header = wb.getSheet("Data").getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            assertEquals(List.of("Indicator ID", "Indicator", "Period", "Disaggregation", "Value", "Comment", "Code"), titles);
        }
    }

    @Test
    void theIndicatorIdColumnOffersTheIdsOfTheTheory() throws Exception {
        Theory theory = NutritionNetworkFixture.theory();
        try (XSSFWorkbook wb = template(theory)) {
            List<String> ids = column(wb.getSheet("Indicators"), 0);
            assertEquals(TemplateContract.INDICATOR_HEADER.get(0), ids.get(0));
            assertEquals(new ArrayList<>(theory.indicators().keySet()), ids.subList(1, ids.size()));
            assertEquals("Indicators!$A$2:$A$24", wb.getName("IndicatorIds").getRefersToFormula());
            List<? extends DataValidation> validations = wb.getSheet("Data").getDataValidations();
            assertEquals(1, validations.size());
            DataValidation v = validations.get(0);
            assertEquals("IndicatorIds", v.getValidationConstraint().getFormula1());
            assertEquals("A2:A1048576", v.getRegions().getCellRangeAddress(0).formatAsString());
        }
    }

    @Test
    void readyRowsFollowEachIndicatorsFrequencyFromBaselineToTarget() throws Exception {
        try (XSSFWorkbook wb = template(NutritionNetworkFixture.theory())) {
            Sheet data = wb.getSheet("Data");
            List<String> counselling = new ArrayList<>();
            for (Row row : data) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("counselling")) {
                    assertEquals(CellType.STRING, row.getCell(2).getCellType());
                    assertTrue(row.getCell(4) == null, "value left empty");
                    counselling.add(row.getCell(2).getStringCellValue());
                }
            }
            assertEquals(16, counselling.size());
            assertEquals("2024-Q1", counselling.get(0));
            assertEquals("2027-Q4", counselling.get(15));
            assertTrue(column(data, 0).contains("stunting"));
            assertTrue(column(data, 2).contains("2025S1"));
            assertTrue(column(data, 2).contains("2025-06"));
        }
    }

    @Test
    void theIndicatorSheetDescribesTargetsMilestonesAndSources() throws Exception {
        try (XSSFWorkbook wb = template(NutritionNetworkFixture.theory())) {
            Row stunting = wb.getSheet("Indicators").getRow(1);
            assertEquals("stunting", stunting.getCell(0).getStringCellValue());
            assertEquals("percent", stunting.getCell(5).getStringCellValue());
            assertEquals(0.31, stunting.getCell(7).getNumericCellValue(), 1e-12, "a percentage is a share");
            assertEquals("0%", stunting.getCell(7).getCellStyle().getDataFormatString());
            assertEquals("31%", new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(stunting.getCell(7)));
            assertEquals("2023", stunting.getCell(8).getStringCellValue());
            assertEquals(0.24, stunting.getCell(9).getNumericCellValue(), 1e-12);
            assertEquals("28% by 2025", stunting.getCell(11).getStringCellValue());
            assertEquals("County SMART survey", stunting.getCell(15).getStringCellValue());
            assertEquals("Nourish Secretariat", stunting.getCell(16).getStringCellValue());
        }
    }

    @Test
    void userTextInTheTemplateNeverBecomesAFormula() throws Exception {
        Theory hostile = NutritionNetworkFixture.compile(java.nio.file.Path.of(
                "evaluator/src/test/resources/progress/hostile.toc"));
        try (XSSFWorkbook wb = template(hostile)) {
            int prefixed = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType());
                        if (cell.getCellType() == CellType.STRING && SheetWriter.looksLikeFormula(cell.getStringCellValue())) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getAddress().toString());
                            prefixed++;
                        }
                    }
                }
            }
            assertTrue(prefixed >= 4, "prefixed " + prefixed);
        }
    }

    @Test
    void periodsAreLabelledAsTheImporterReadsThem() {
        LocalDate after = LocalDate.of(2024, 12, 31);
        LocalDate until = LocalDate.of(2025, 12, 31);
        assertEquals(List.of("2025"), TemplatePeriods.between(Frequency.ANNUAL, after, until, 100));
        assertEquals(List.of("2025S1", "2025S2"), TemplatePeriods.between(Frequency.BIANNUAL, after, until, 100));
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"),
                TemplatePeriods.between(Frequency.QUARTERLY, after, until, 100));
        assertEquals(12, TemplatePeriods.between(Frequency.MONTHLY, after, until, 100).size());
        assertEquals("2025-01", TemplatePeriods.between(Frequency.MONTHLY, after, until, 100).get(0));
        List<String> weeks = TemplatePeriods.between(Frequency.WEEKLY, after, until, 100);
        assertEquals("2025W1", weeks.get(0));
        assertEquals(52, weeks.size());
        assertEquals(3, TemplatePeriods.between(Frequency.MONTHLY, after, until, 3).size());
        assertEquals(List.of(), TemplatePeriods.between(Frequency.AD_HOC, after, until, 100));
        assertEquals(List.of(), TemplatePeriods.between(null, after, until, 100));
    }

    @Test
    void indicatorsWithoutAFrequencyGetYearlyRowsAndTheHelpSaysExactlyWhichRowsAreReady() throws Exception {
        Theory theory = NutritionNetworkFixture.compile(java.nio.file.Path.of("evaluator/src/test/resources/template/no-frequency.toc"));
        try (XSSFWorkbook wb = template(theory)) {
            Sheet data = wb.getSheet("Data");
            List<String> rows = new ArrayList<>();
            for (Row row : data) {
                if (row.getRowNum() > 0) {
                    rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(2).getStringCellValue());
                }
            }
            assertEquals(List.of("savers 2025", "savers 2026", "savers 2027", "groups 2025", "groups 2026", "groups 2027"),
                    rows);
            String help = String.join("\n", column(wb.getSheet("How to fill in"), 0));
            assertTrue(help.contains("6 rows are ready"), help);
            assertTrue(help.contains("The theory states no frequency for savers, groups: their rows are yearly (annual)"),
                    help);
            assertTrue(help.contains("No rows for stories: it reports when there is something to report (ad hoc)"), help);
            assertTrue(!help.contains("Rows are ready for each expected reporting period"), help);
        }
    }

    @Test
    void aTheoryWithoutIndicatorsGetsAHelpThatSaysSo() throws Exception {
        Theory theory = NutritionNetworkFixture.compile(java.nio.file.Path.of("samples/knowledge-learning/actors.toc"));
        try (XSSFWorkbook wb = template(theory)) {
            assertEquals(0, wb.getSheet("Data").getLastRowNum());
            String help = String.join("\n", column(wb.getSheet("How to fill in"), 0));
            assertTrue(help.contains("The theory has no indicators yet"), help);
        }
    }
}
