package org.tocworkbench.compiler.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;

class JsonDiagnosticPrinterTest {
    private static JsonNode print(List<Diagnostic> diagnostics) throws Exception {
        return new ObjectMapper().readTree(new JsonDiagnosticPrinter().print(diagnostics));
    }

    @Test
    void everyFieldIsWrittenAndSeveritiesAreCounted() throws Exception {
        SourceFile file = new SourceFile("t.toc", "A1 -> P2\n");
        Diagnostic error = Diagnostic.of(Code.UNDEFINED_NAME, file.span(6, 8), "undefined identifier `P2`")
                .label("not declared anywhere").suggest("P1").note("n").build();
        Diagnostic warning = Diagnostic.of(Code.NO_PATH_TO_IMPACT, file.span(0, 2), "w").build();
        Diagnostic info = Diagnostic.of(Code.SINGLE_POINT_OF_FAILURE, file.span(0, 2), "i").build();
        JsonNode root = print(List.of(error, warning, info));
        JsonNode first = root.get("diagnostics").get(0);
        assertEquals("TOC101", first.get("code").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals("t.toc", first.get("file").asText());
        assertEquals(1, first.get("line").asInt());
        assertEquals(7, first.get("column").asInt());
        assertEquals(1, first.get("endLine").asInt());
        assertEquals(9, first.get("endColumn").asInt());
        assertEquals("not declared anywhere", first.get("label").asText());
        assertEquals("did you mean `P1`?", first.get("help").get(0).asText());
        assertEquals("n", first.get("notes").get(0).asText());
        assertEquals("P1", first.get("replacement").asText());
        assertEquals(1, root.get("errors").asInt());
        assertEquals(1, root.get("warnings").asInt());
        assertEquals(1, root.get("infos").asInt());
    }

    @Test
    void diagnosticWithoutAPlaceHasNoFileOrPosition() throws Exception {
        JsonNode d = print(List.of(Diagnostic.of(Code.NOT_TEXT, Span.none(), "`a.toc` is not a text file").build()))
                .get("diagnostics").get(0);
        assertFalse(d.has("file"));
        assertFalse(d.has("line"));
        assertFalse(d.has("label"));
        assertFalse(d.has("replacement"));
        assertEquals(0, d.get("help").size());
    }

    @Test
    void noDiagnosticsIsAnEmptyListWithZeroCounts() throws Exception {
        JsonNode root = print(List.of());
        assertEquals(0, root.get("diagnostics").size());
        assertEquals(0, root.get("errors").asInt());
    }
}
