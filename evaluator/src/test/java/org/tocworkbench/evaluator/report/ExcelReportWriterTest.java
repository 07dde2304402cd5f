package org.tocworkbench.evaluator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.NutritionNetworkFixture;
import org.tocworkbench.evaluator.excel.SheetWriter;

/** The Excel report read back with POI. */
class ExcelReportWriterTest {
    private static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theWorkbookHasItsSheetsInOrder() throws Exception {
        try (XSSFWorkbook wb = read(new ExcelReportWriter().toBytes(NutritionNetworkFixture.evaluation()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Indicators", "IPTT monthly", "IPTT quarterly", "IPTT biannual", "IPTT annual",
                    "Pathways", "Assumptions", "Roll-ups", "Network", "Data issues"), names);
            Sheet indicators = wb.getSheet("Indicators");
            assertEquals(24, indicators.getLastRowNum() + 1);
            Row counselling = find(indicators, "counselling");
            assertEquals(CellType.NUMERIC, counselling.getCell(9).getCellType());
            assertEquals(14_000, counselling.getCell(9).getNumericCellValue());
            assertEquals("on track", counselling.getCell(14).getStringCellValue());
            assertEquals("Data!E27", find(wb.getSheet("Data issues"), "monitoring.xlsx", 3).getCell(1).getStringCellValue());
            Sheet network = wb.getSheet("Network");
            assertEquals("Network lens", network.getRow(0).getCell(0).getStringCellValue());
            assertTrue(find(network, "What rests on the backbone").getCell(0).getStringCellValue().startsWith("What rests"));
            assertTrue(network.getSheetConditionalFormatting().getNumConditionalFormattings() > 0,
                    "cells that start with a status are coloured");
        }
    }

    @Test
    void statusColumnsHaveRedAmberGreenConditionalFormatting() throws Exception {
        try (XSSFWorkbook wb = read(new ExcelReportWriter().toBytes(NutritionNetworkFixture.evaluation()))) {
            SheetConditionalFormatting cf = wb.getSheet("Indicators").getSheetConditionalFormatting();
            Map<String, String> ruleRanges = new HashMap<>();
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                ConditionalFormatting f = cf.getConditionalFormattingAt(i);
                for (int r = 0; r < f.getNumberOfRules(); r++) {
                    ruleRanges.put(f.getRule(r).getFormula1(), f.getFormattingRanges()[0].formatAsString());
                    assertTrue(f.getRule(r).getPatternFormatting() != null);
                }
            }
            assertEquals("O2:O24", ruleRanges.get("\"off track\""));
            assertEquals("O2:O24", ruleRanges.get("\"at risk\""));
            assertEquals("O2:O24", ruleRanges.get("\"on track\""));
            assertEquals("O2:O24", ruleRanges.get("\"achieved\""));
            assertNotEquals(0, wb.getSheet("Pathways").getSheetConditionalFormatting().getNumConditionalFormattings());
        }
    }

    @Test
    void userTextNeverBecomesAFormulaAndFormulaLikeTextIsQuotePrefixed() throws Exception {
        try (XSSFWorkbook wb = read(new ExcelReportWriter().toBytes(HostileText.evaluation()))) {
            List<String> prefixed = new ArrayList<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING
                                && SheetWriter.looksLikeFormula(cell.getStringCellValue())) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(),
                                    "not quote-prefixed: " + sheet.getSheetName() + "!" + cell.getAddress());
                            prefixed.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertTrue(prefixed.contains("+SUM(1,2)"), prefixed.toString());
            assertTrue(prefixed.contains("@SUM(A1:A9)"), prefixed.toString());
            assertTrue(prefixed.contains("\tTabbed =1+1"), prefixed.toString());
            assertTrue(prefixed.contains("=evil.xlsx"), prefixed.toString());
            Row i = find(wb.getSheet("Indicators"), "i");
            assertEquals("@SUM(A1:A9)", i.getCell(1).getStringCellValue());
            assertFalse(find(wb.getSheet("Indicators"), "o").getCell(0).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void formulaLikeTextIsRecognised() {
        for (String text : List.of("=1", "+1", "-1", "@A1", "\tx", "\rx", "＝1")) {
            assertTrue(SheetWriter.looksLikeFormula(text), text);
        }
        for (String text : List.of("", "1=1", "a+b", " =1")) {
            assertFalse(SheetWriter.looksLikeFormula(text), text);
        }
    }

    private static Row find(Sheet sheet, String first) {
        return find(sheet, first, 0);
    }

    private static Row find(Sheet sheet, String first, int index) {
        int seen = 0;
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)
                    && seen++ == index) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }
}
