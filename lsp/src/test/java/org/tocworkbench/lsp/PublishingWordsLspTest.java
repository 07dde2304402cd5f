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

/** Completion and hover know the IATI publishing words of the theory block: identifier, reporting org … type. */
class PublishingWordsLspTest {
    private static final String TEXT = """
            theory "GSEP" {
                identifier "GB-GOV-1-300123"
                reporting org "GB-GOV-1" "Foreign, Commonwealth & Development Office" type government
            }
            impact I "More girls complete secondary school"
            activity A1 "Pay bursaries"
            A1 -> I
            """;

    private static Theory theory() {
        return new TocCompiler().compile(new SourceFile("t.toc", TEXT), CompileOptions.DEFAULT).theory();
    }

    private static List<CompletionItem> items(String before) {
        return new Completions(theory()).at(new SourceFile("t.toc", before), before.length());
    }

    private static List<String> labels(String before) {
        return items(before).stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void theTheoryBlockOffersTheWordsAndTheirParts() {
        List<String> theory = labels("theory \"T\" {\n    ");
        assertTrue(theory.containsAll(List.of("identifier", "reporting org")), theory.toString());
        assertEquals(List.of("org"), labels("theory \"T\" {\n    reporting "));
        assertTrue(labels("theory \"T\" {\n    reporting org \"GB-GOV-1\" ").contains("type"));
        assertTrue(labels("theory \"T\" {\n    reporting org \"GB-GOV-1\" \"FCDO\" ").contains("type"));
        assertTrue(!labels("theory \"T\" {\n    description \"x\" ").contains("type"));
    }

    @Test
    void afterTypeTheOrganisationTypesAreOfferedWithTheirCodes() {
        List<CompletionItem> types = items("theory \"T\" {\n    reporting org \"GB-GOV-1\" type ");
        assertEquals(16, types.size(), types.toString());
        CompletionItem ngo = types.stream().filter(i -> i.getLabel().equals("international-ngo")).findFirst().orElseThrow();
        assertEquals("21 International NGO", ngo.getDetail());
        assertEquals(List.of("national-ngo"), labels("theory \"T\" {\n    reporting org \"GB-GOV-1\" type nat"));
    }

    @Test
    void hoverOnTheWordsShowsTheActivityHeader() {
        Theory theory = theory();
        SourceFile file = theory.sources().get(0);
        String onIdentifier = Hovers.publishing(theory, file, TEXT.indexOf("GB-GOV-1-300123")).orElseThrow().text();
        assertTrue(onIdentifier.contains("**IATI activity** `GB-GOV-1-300123`"), onIdentifier);
        assertTrue(onIdentifier.contains("published by **Foreign, Commonwealth & Development Office** (`GB-GOV-1`),"
                + " Government (type 10)"), onIdentifier);
        assertTrue(Hovers.publishing(theory, file, TEXT.indexOf("type government")).isPresent());
        assertTrue(Hovers.publishing(theory, file, TEXT.indexOf("identifier") + 2).isPresent(), "on the keyword too");
        assertTrue(Hovers.publishing(theory, file, TEXT.indexOf("impact")).isEmpty());
    }
}
