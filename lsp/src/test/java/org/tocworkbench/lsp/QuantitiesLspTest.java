package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

/** The language server knows evaluation points, growth, populations and parts. */
class QuantitiesLspTest {
    private static final String TEXT = """
            theory "Water" {
                period 2024-01 to 2028-12
                point midterm "Mid-term review" at year 3
            }
            impact I "Healthier"
            activity A1 "Build"
            outcome O1 "Used" {
                indicator O1_1 "Households using improved water" {
                    unit count "households"
                    population 1200 "households in the two districts"
                    baseline 20% at start
                    milestone 50% by midterm
                    target 80% by end
                    growth 30% per year
                }
                indicator O1_2 "Classrooms built and desks supplied" {
                    part rooms "Classrooms built" { unit count baseline 0 at start target 12 by end }
                }
            }
            A1 -> O1 -> I
            """;

    private static final SourceFile SOURCE = new SourceFile("water.toc", TEXT);
    private static final Theory THEORY = new TocCompiler().compile(SOURCE, CompileOptions.DEFAULT).theory();

    private static List<String> labelsAt(String text) {
        int offset = text.length();
        SourceFile source = new SourceFile("water.toc", text);
        return new Completions(THEORY).at(source, offset).stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void theNewPropertiesAreOfferedInTheirBlocks() {
        String head = TEXT.substring(0, TEXT.indexOf("    point midterm"));
        assertTrue(labelsAt(head).contains("point"), labelsAt(head).toString());
        String inIndicator = TEXT.substring(0, TEXT.indexOf("        unit count \"households\""));
        List<String> labels = labelsAt(inIndicator);
        assertTrue(labels.containsAll(List.of("growth", "population", "part")), labels.toString());
        String inPart = TEXT.substring(0, TEXT.indexOf("unit count baseline 0 at start target 12"));
        assertTrue(labelsAt(inPart).contains("baseline"), labelsAt(inPart).toString());
    }

    @Test
    void aDateOffersThePointsStartAndEnd() {
        String afterBy = TEXT.substring(0, TEXT.indexOf("midterm\n        target"));
        List<String> labels = labelsAt(afterBy);
        assertTrue(labels.containsAll(List.of("midterm", "start", "end")), labels.toString());
    }

    @Test
    void aGrowthPeriodIsOffered() {
        String afterPer = TEXT.substring(0, TEXT.indexOf("per year") + "per ".length());
        assertTrue(labelsAt(afterPer).containsAll(List.of("year", "half", "quarter", "month")), labelsAt(afterPer).toString());
    }

    @Test
    void hoverShowsThePopulationTheGrowthAndDatesAsWritten() {
        String hover = new Hovers(THEORY, new Analysis.Monitoring(null, null)).describe("O1_1").orElseThrow();
        assertTrue(hover.contains("population: 1200 households in the two districts"), hover);
        assertTrue(hover.contains("growth: 30% per year (compounding from the baseline)"), hover);
        assertTrue(hover.contains("target 80% by end, 2028-12-31"), hover);
    }

    @Test
    void aPointIsDeclaredUsedAndDescribed() {
        SymbolIndex index = SymbolIndex.of(List.of(new org.tocworkbench.compiler.syntax.SyntaxParser().parse(SOURCE).file()));
        assertTrue(index.declaration("midterm").isPresent());
        assertTrue(index.occurrences("midterm").size() == 2, index.occurrences("midterm").toString());
        String hover = new Hovers(THEORY, new Analysis.Monitoring(null, null)).describe("midterm").orElseThrow();
        assertTrue(hover.contains("**evaluation point** `midterm` — Mid-term review"), hover);
        assertTrue(hover.contains("date: 2026 (until 2026-12-31), written `year 3`"), hover);
        assertTrue(hover.contains("dates values of `O1_1`"), hover);
    }

    @Test
    void hoverOnACompositeNamesItsParts() {
        String hover = new Hovers(THEORY, new Analysis.Monitoring(null, null)).describe("O1_2").orElseThrow();
        assertTrue(hover.contains("composite of `O1_2.rooms`"), hover);
        String part = new Hovers(THEORY, new Analysis.Monitoring(null, null)).describe("O1_2.rooms").orElseThrow();
        assertTrue(part.contains("part of `O1_2`"), part);
    }
}
