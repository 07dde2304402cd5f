package org.tocworkbench.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.export.ModelJsonExporter;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.syntax.SyntaxParser;

/**
 * What must hold for every file the formatter accepts: the output is a fixed point, it keeps
 * the layout rules that can be checked line by line, and it means the same theory: the exported
 * model is equal once source locations are set aside, and the compiler finds the same problems.
 */
final class FormatChecks {
    private static final TocFormatter FORMATTER = new TocFormatter();

    private FormatChecks() {
    }

    /** Formats {@code source}, asserts every property, and returns the formatted text. */
    static String formatsSoundly(SourceFile source) {
        TocFormatter.Result first = FORMATTER.format(source);
        assertTrue(first.ok(), () -> source.displayPath() + " does not parse: " + first.errors());
        String formatted = first.text();
        assertNotNull(formatted);
        SourceFile again = new SourceFile(source.displayPath(), source.location(), formatted);
        TocFormatter.Result second = FORMATTER.format(again);
        assertTrue(second.ok(), () -> "the formatted text of " + source.displayPath() + " does not parse: "
                + second.errors() + "\n----- formatted -----\n" + formatted);
        assertEquals(formatted, second.text(), () -> "formatting " + source.displayPath() + " twice changes it");
        assertLayout(source.displayPath(), formatted);
        assertSameTheory(source, again);
        return formatted;
    }

    /**
     * The formatter and the compiler agree on whether a file parses: formatted text only when
     * {@code toc check} finds no syntax error, and otherwise exactly its syntax errors.
     */
    static void assertAgreesWithTheCompiler(SourceFile source, TocFormatter.Result result) {
        List<Diagnostic> syntaxErrors = new SyntaxParser().parse(source).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        assertEquals(syntaxErrors, result.errors(), () -> source.displayPath()
                + ": the formatter and the compiler disagree on the syntax errors of\n" + source.text());
        assertEquals(syntaxErrors.isEmpty(), result.text() != null, "text exactly when there is no error");
    }

    static void assertLayout(String name, String formatted) {
        if (formatted.isEmpty()) {
            return;
        }
        assertTrue(formatted.endsWith("\n") && !formatted.endsWith("\n\n"), () -> name + ": not one final newline");
        assertTrue(!formatted.contains("\r"), () -> name + ": a CR is left");
        assertTrue(!formatted.startsWith("\n"), () -> name + ": starts with a blank line");
        assertTrue(!formatted.contains("\n\n\n"), () -> name + ": two blank lines in a row");
        assertTrue(!formatted.startsWith("\uFEFF"), () -> name + ": byte-order mark kept");
    }

    static void assertSameTheory(SourceFile original, SourceFile formatted) {
        TocCompiler compiler = new TocCompiler();
        Compilation before = compiler.compile(original, CompileOptions.DEFAULT);
        Compilation after = compiler.compile(formatted, CompileOptions.DEFAULT);
        assertEquals(withoutLocations(before), withoutLocations(after),
                () -> "formatting " + original.displayPath() + " changes the model");
        assertEquals(codes(before.diagnostics()), codes(after.diagnostics()),
                () -> "formatting " + original.displayPath() + " changes what the compiler reports");
    }

    private static JsonNode withoutLocations(Compilation compilation) {
        ObjectNode json = new ModelJsonExporter().toJson(compilation.theory());
        strip(json);
        return json;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("location");
        }
        node.forEach(FormatChecks::strip);
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code().id() + " " + d.severity()).toList();
    }

    static SourceFile source(Path path, String text) {
        return new SourceFile(path.toString(), path, text);
    }
}
