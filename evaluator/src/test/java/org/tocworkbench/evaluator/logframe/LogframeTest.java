package org.tocworkbench.evaluator.logframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.NutritionNetworkFixture;
import org.tocworkbench.evaluator.excel.SheetWriter;
import org.tocworkbench.evaluator.testing.Golden;
import org.tocworkbench.evaluator.testing.TestModel;

class LogframeTest {
    private static final Logframe NUTRITION = LogframeBuilder.build(NutritionNetworkFixture.theory());

    @Test
    void resultsRunFromTheImpactThroughOutcomesLongToShortToOutputsAndActivities() {
        Logframe l = LogframeBuilder.build(TestModel.theory("""
                activity A "a"
                output P "p"
                outcome S "s" horizon short
                outcome L "l" horizon long
                precondition C "c"
                outcome M "m" horizon medium
                impact I "i"
                A -> P -> S -> M -> L -> I
                C -> L
                """));
        assertEquals(List.of("I", "L", "C", "M", "S", "P", "A"), l.rows().stream().map(Logframe.Row::nodeId).toList());
        assertEquals(List.of("Impact", "Long-term outcome", "Precondition", "Medium-term outcome", "Short-term outcome",
                "Output", "Activity"), l.rows().stream().map(Logframe.Row::level).toList());
    }

    @Test
    void aResultCarriesItsIndicatorsAndTheAssumptionsOfItsOwnLinksOnward() {
        Logframe.Row m1 = NUTRITION.rows().stream().filter(r -> r.nodeId().equals("M1")).findFirst().orElseThrow();
        assertEquals(List.of("AS4: Counties keep their commitments after elections"), m1.assumptions());
        Logframe.Row stunting = NUTRITION.rows().get(0);
        assertEquals("I", stunting.nodeId());
        Logframe.IndicatorLine line = stunting.lines().get(0);
        assertEquals("31% (2023)", line.baseline());
        assertEquals("24% by 2027 (milestones: 28% by 2025)", line.target());
        assertEquals("County SMART survey", line.verification());
    }

    @Test
    void aCompositesPartsFollowItAndSharesGrowthAndRelativeDatesReadAsWritten() {
        Logframe l = LogframeBuilder.build(TestModel.theory("""
                theory "T" {
                    period 2024 to 2028
                    point midterm at year 3
                }
                impact I "i"
                output P "Schools and households equipped" {
                    indicator P_1 "Classrooms built and desks supplied" {
                        part rooms "Classrooms built" { unit count baseline 0 at start target 12 by end }
                        part desks "Desks supplied" { unit count baseline 0 at start target 480 by end }
                    }
                    indicator P_2 "Households connected" {
                        unit count "households"
                        population 1200 "households"
                        baseline 20% at start
                        milestone 50% by midterm
                        target 80% by end
                        growth 25% per year
                    }
                }
                P -> I
                """));
        List<Logframe.IndicatorLine> lines = l.rows().get(1).lines();
        assertEquals(List.of("P_1", "P_1.rooms", "P_1.desks", "P_2"), lines.stream().map(Logframe.IndicatorLine::id).toList());
        assertEquals("0 (start, 2024-01-01)", lines.get(1).baseline());
        assertEquals("240 (20% of 1,200 households) (start, 2024-01-01)", lines.get(3).baseline());
        assertEquals("960 (80% of 1,200 households) by end, 2028-12-31 (milestones: 600 (50% of 1,200 households)"
                + " by midterm, 2026) (growth 25% per year)", lines.get(3).target());
    }

    @Test
    void markdownLogframe() throws Exception {
        Golden.check("nutrition-network.logframe.md", LogframeMarkdownWriter.render(NUTRITION));
    }

    @Test
    void excelLogframeHasOneRowPerResultAndNoFormulas() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(LogframeExcelWriter.toBytes(NUTRITION)))) {
            Sheet sheet = wb.getSheet("Logframe");
            assertEquals(31, sheet.getLastRowNum() + 1);
            assertEquals("Results chain", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Means of verification", sheet.getRow(0).getCell(4).getStringCellValue());
            Row l2 = sheet.getRow(3);
            assertEquals("Long-term outcome: Families adopt better infant feeding practices (L2)",
                    l2.getCell(0).getStringCellValue());
            assertTrue(l2.getCell(0).getCellStyle().getWrapText());
        }
        Logframe hostile = LogframeBuilder.build(NutritionNetworkFixture.compile(
                java.nio.file.Path.of("evaluator/src/test/resources/progress/hostile.toc")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(LogframeExcelWriter.toBytes(hostile)))) {
            for (Row row : wb.getSheet("Logframe")) {
                for (Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType());
                    if (SheetWriter.looksLikeFormula(cell.getStringCellValue())) {
                        assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getAddress().toString());
                    }
                }
            }
        }
        String md = LogframeMarkdownWriter.render(hostile);
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(!md.contains("<img") && !md.contains("<script"));
    }
}
