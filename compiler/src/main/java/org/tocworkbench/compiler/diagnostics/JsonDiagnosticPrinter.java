package org.tocworkbench.compiler.diagnostics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Diagnostics as JSON for editors and CI; the schema is documented in docs/diagnostics.md. */
public final class JsonDiagnosticPrinter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode toJson(Diagnostic d) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", d.code().id());
        node.put("severity", d.severity().label());
        node.put("message", d.message());
        if (!d.span().isNone()) {
            node.put("file", d.span().path());
            node.put("line", d.span().line());
            node.put("column", d.span().column());
            node.put("endLine", d.span().endLine());
            node.put("endColumn", d.span().endColumn());
        }
        if (!d.label().isEmpty()) {
            node.put("label", d.label());
        }
        ArrayNode help = node.putArray("help");
        d.help().forEach(help::add);
        ArrayNode notes = node.putArray("notes");
        d.notes().forEach(notes::add);
        if (d.replacement() != null) {
            node.put("replacement", d.replacement());
        }
        return node;
    }

    /** {@code {"diagnostics": [...], "errors": n, "warnings": n, "infos": n}}. */
    public String print(List<Diagnostic> diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("diagnostics");
        diagnostics.forEach(d -> array.add(toJson(d)));
        root.put("errors", diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count());
        root.put("warnings", diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count());
        root.put("infos", diagnostics.stream().filter(d -> d.severity() == Severity.INFO).count());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
