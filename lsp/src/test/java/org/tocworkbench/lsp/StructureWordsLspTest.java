package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

/** Completion and hover know the words of issue 12: label, inferred, transition, definition, threshold, method. */
class StructureWordsLspTest {
    private static final String TEXT = """
            impact I "Girls learn"
            outcome OC2 "Girls who complete primary school transition to and stay in secondary school" {
                label "Girls stay in school"
                indicator OC2_1 "Girls enrolled" {
                    definition "A girl counts when enrolled in form 1"
                    threshold 50%
                    method "school census"
                    responsible "District education officer"
                    frequency "twice a year"
                }
            }
            output OP1 "Bursaries paid"
            assumption AS1 "Schools accept bursary girls"
            OP1 -> OC2 { inferred "the diagram places OP1 under OC2 without an arrow" }
            OC2 -> I
            transition output -> outcome assumes AS1
            """;

    private static Theory theory() {
        return new TocCompiler().compile(new SourceFile("t.toc", TEXT), CompileOptions.DEFAULT).theory();
    }

    private static List<String> labels(String before) {
        SourceFile source = new SourceFile("t.toc", before);
        return new Completions(theory()).at(source, before.length()).stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void completionOffersTheNewWordsInTheirBlocks() {
        assertTrue(labels("outcome O \"x\" {\n    ").contains("label"));
        List<String> indicator = labels("outcome O \"x\" {\n  indicator X \"y\" {\n    ");
        assertTrue(indicator.containsAll(List.of("definition", "threshold", "method")), indicator.toString());
        assertTrue(labels("A -> B {\n    ").contains("inferred"));
        assertTrue(labels("").contains("transition"));
    }

    @Test
    void completionAfterTransitionOffersKindsAndNodes() {
        List<String> afterKeyword = labels(TEXT + "transition ");
        assertTrue(afterKeyword.containsAll(List.of("output", "outcome", "OP1")), afterKeyword.toString());
        List<String> afterArrow = labels(TEXT + "transition output -> ");
        assertTrue(afterArrow.containsAll(List.of("outcome", "OC2")), afterArrow.toString());
        List<String> afterAssumes = labels(TEXT + "transition output -> outcome assumes ");
        assertTrue(afterAssumes.contains("AS1"), afterAssumes.toString());
    }

    @Test
    void hoverShowsTheFullStatementTheLabelAndInferredLinks() {
        String node = new Hovers(theory(), new Analysis.Monitoring(null, null)).describe("OC2").orElseThrow();
        assertTrue(node.contains("Girls who complete primary school transition"), node);
        assertTrue(node.contains("label in diagrams: Girls stay in school"), node);
        assertTrue(node.contains("`OP1` Bursaries paid _(inferred link)_"), node);
    }

    @Test
    void hoverOnAnIndicatorShowsItsPlan() {
        String indicator = new Hovers(theory(), new Analysis.Monitoring(null, null)).describe("OC2_1").orElseThrow();
        assertTrue(indicator.contains("definition: A girl counts when enrolled in form 1"), indicator);
        assertTrue(indicator.contains("threshold: 50%"), indicator);
        assertTrue(indicator.contains("method: school census"), indicator);
        assertTrue(indicator.contains("responsible: District education officer"), indicator);
        assertTrue(indicator.contains("frequency: twice a year"), indicator);
    }

    @Test
    void namesInATransitionAreReferencesSoThatRenameAndFindReferencesReachThem() {
        SourceFile source = new SourceFile("t.toc", TEXT);
        var file = new org.tocworkbench.compiler.syntax.SyntaxParser().parse(source).file();
        SymbolIndex index = SymbolIndex.of(List.of(file));
        int transitionLine = TEXT.indexOf("transition output");
        assertTrue(index.occurrences("AS1").stream().anyMatch(o -> o.span().start() > transitionLine),
                index.occurrences("AS1").toString());
        var outline = Outline.of(file);
        assertTrue(outline.stream().anyMatch(s -> s.getName().equals("output -> outcome")
                && s.getDetail().equals("transition — assumes AS1")), outline.toString());
    }

    @Test
    void hoverOnAnAssumptionNamesTheTransitionItRestsUnder() {
        String assumption = new Hovers(theory(), new Analysis.Monitoring(null, null)).describe("AS1").orElseThrow();
        assertTrue(assumption.contains("every link `output -> outcome` (1 link)"), assumption);
    }
}
