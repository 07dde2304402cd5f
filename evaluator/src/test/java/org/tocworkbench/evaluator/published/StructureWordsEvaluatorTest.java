package org.tocworkbench.evaluator.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.TemplateContract;
import org.tocworkbench.evaluator.logframe.Logframe;
import org.tocworkbench.evaluator.logframe.LogframeBuilder;
import org.tocworkbench.evaluator.progress.AssumptionProgress;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.ProgressSettings;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.template.MonitoringTemplateWriter;
import org.tocworkbench.evaluator.testing.TestModel;

/**
 * Issue 12 in the evaluator: the logframe and the template carry an indicator's definition,
 * threshold and method; assumptions of a transition count for every link it covers; theories
 * without an impact, and frameworks without links, evaluate.
 */
class StructureWordsEvaluatorTest {
    private static final String THEORY = """
            outcome OC1 "Girls who complete primary school transition to and stay in secondary school" horizon long {
                label "Girls stay in school"
                indicator OC1_1 "Girls' transition rate to form 1" {
                    unit percent
                    definition "Girls enrolled in form 1 as a share of girls completing standard 7"
                    threshold 50%
                    method "school census"
                    responsible "District education officer"
                    frequency "twice a year"
                    source "Education management information system"
                }
            }
            output OP1 "Bursaries paid"
            output OP2 "Teachers trained"
            assumption AS1 "Households let girls use the bursary for school"
            OP1, OP2 -> OC1
            OP2 -> OC1 { inferred }
            transition output -> outcome assumes AS1
            """;

    @Test
    void theLogframeShowsTheFullTitleDefinitionThresholdMethodAndTransitionAssumptions() {
        Logframe logframe = LogframeBuilder.build(TestModel.theory(THEORY));
        Logframe.Row oc1 = logframe.rows().get(0);
        assertEquals("Girls who complete primary school transition to and stay in secondary school", oc1.title());
        Logframe.IndicatorLine line = oc1.lines().get(0);
        assertEquals("Girls' transition rate to form 1 — definition: Girls enrolled in form 1 as a share of girls "
                + "completing standard 7; threshold: 50%", line.title());
        assertEquals("Education management information system; method: school census; frequency: twice a year; "
                + "responsible: District education officer", line.verification());
        Logframe.Row op1 = logframe.rows().stream().filter(r -> r.nodeId().equals("OP1")).findFirst().orElseThrow();
        assertEquals(List.of("AS1: Households let girls use the bursary for school"), op1.assumptions());
    }

    @Test
    void theTemplatesIndicatorSheetHasTheLogframeColumns() throws Exception {
        Theory theory = TestModel.theory(THEORY);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new MonitoringTemplateWriter().toBytes(theory)))) {
            Sheet sheet = wb.getSheet("Indicators");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            List<String> expected = new ArrayList<>(TemplateContract.INDICATOR_HEADER);
            expected.addAll(TemplateContract.INDICATOR_PLAN_HEADER);
            assertEquals(expected, header);
            Row row = sheet.getRow(1);
            assertEquals("twice a year", row.getCell(header.indexOf("Frequency")).getStringCellValue());
            assertEquals("District education officer", row.getCell(header.indexOf("Responsible")).getStringCellValue());
            assertEquals("Girls enrolled in form 1 as a share of girls completing standard 7",
                    row.getCell(header.indexOf("Definition")).getStringCellValue());
            assertEquals("50%", row.getCell(header.indexOf("Threshold")).getStringCellValue());
            assertEquals("school census", row.getCell(header.indexOf("Method")).getStringCellValue());
        }
    }

    @Test
    void aTheoryThatUsesNoPlanColumnsKeepsTheTemplateAsItWas() throws Exception {
        Theory theory = TestModel.theory("outcome O \"o\" {\n  indicator O_1 \"x\" { unit count }\n}\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new MonitoringTemplateWriter().toBytes(theory)))) {
            List<String> header = new ArrayList<>();
            wb.getSheet("Indicators").getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(TemplateContract.INDICATOR_HEADER, header);
        }
    }

    @Test
    void anAssumptionOfATransitionRestsUnderEveryLinkItCovers() {
        Evaluation e = Evaluator.evaluate(TestModel.theory(THEORY), ObservedData.EMPTY, ProgressSettings.at(LocalDate.of(2026, 6, 30)));
        AssumptionProgress as1 = e.assumptions().get(0);
        assertEquals(List.of("OP1 -> OC1", "OP2 -> OC1"), as1.links());
    }

    @Test
    void thePublishedCorpusEvaluatesWithoutData() {
        for (String file : List.of("superwomen.toc", "sdg6-targets.toc", "equip-tanzania.toc")) {
            Compilation c = new TocCompiler().compile(Path.of("compiler/src/test/resources/published").resolve(file),
                    CompileOptions.DEFAULT);
            assertTrue(c.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), () -> file + ": " + c.diagnostics());
            Evaluation e = Evaluator.evaluate(c.theory(), ObservedData.EMPTY, ProgressSettings.at(LocalDate.of(2026, 6, 30)));
            assertEquals(c.theory().nodes().size(), e.nodes().size(), file);
            assertEquals(c.theory().pathways().size(), e.pathways().size(), file);
        }
    }
}
