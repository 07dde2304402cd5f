package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

/** Indicator codes in the editor: hover lists them with their scope, completion offers `code` and indicators after `is`. */
class IndicatorCodesInEditorTest {
    private static final String TEXT = """
            impact I "Prepared"
            outcome O1 "Districts plan" {
                indicator OC1_2 "Share of districts with a costed plan" {
                    code "1.2", "IND-1"
                    code "Ab3dE5fG7h9" in "hmis.csv"
                    unit percent
                }
            }
            O1 -> I
            data "itt.xlsx" {
                code "IND-7" is OC1_2
            }
            """;

    private static final SourceFile SOURCE = new SourceFile("codes.toc", TEXT);
    private static final Theory THEORY = new TocCompiler().compile(SOURCE, CompileOptions.DEFAULT).theory();

    @Test
    void hoverOnAnIndicatorListsItsCodesWithTheirFiles() {
        String hover = new Hovers(THEORY, new Analysis.Monitoring(null, "")).describe("OC1_2").orElseThrow();
        assertTrue(hover.contains("codes: `1.2`, `IND-1`, `Ab3dE5fG7h9` in hmis.csv, `IND-7` in itt.xlsx (its data block)"),
                hover);
    }

    @Test
    void theCodeTableNamesTheIndicatorForReferencesAndRename() {
        var tree = new org.tocworkbench.compiler.syntax.SyntaxParser().parse(SOURCE).file();
        List<String> mentions = SymbolIndex.of(List.of(tree)).occurrences("OC1_2").stream()
                .map(o -> o.span().line() + ":" + o.span().column()).toList();
        assertEquals(List.of("3:15", "11:21"), mentions);
        assertEquals(List.of(), SymbolIndex.of(List.of(tree)).occurrences("in"), "`in` of a scoped code names nothing");
    }

    private static List<String> labels(String text, int offset) {
        SourceFile source = new SourceFile("codes.toc", text);
        return new Completions(THEORY).at(source, offset).stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void codeIsOfferedInAnIndicatorAndInADataBlock() {
        String inIndicator = TEXT.replace("        unit percent\n", "        co\n");
        assertEquals(List.of("code", "compute"), labels(inIndicator, inIndicator.indexOf("        co\n") + 10));
        String inData = TEXT.replace("    code \"IND-7\" is OC1_2\n", "    cod\n");
        assertEquals(List.of("code"), labels(inData, inData.indexOf("    cod\n") + 7));
    }

    @Test
    void afterIsInADataBlockTheIndicatorsAreOffered() {
        String text = TEXT.replace("is OC1_2", "is ");
        assertEquals(List.of("OC1_2"), labels(text, text.indexOf("is ") + 3));
    }
}
