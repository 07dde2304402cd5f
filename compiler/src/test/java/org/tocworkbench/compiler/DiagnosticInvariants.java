package org.tocworkbench.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.diagnostics.JsonDiagnosticPrinter;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;

/**
 * What must hold for every diagnostic, whatever the input: a code, a severity, a message in
 * plain words, and a place inside the file it names (or no place at all, for I/O problems);
 * both printers accept it.
 */
public final class DiagnosticInvariants {
    /** ANTLR's vocabulary must never reach a user. */
    private static final List<String> JARGON = List.of("mismatched input", "extraneous input", "no viable alternative",
            "token recognition", "<EOF>", "missing '", "expecting {", "IDENT", "LBRACE", "RBRACE", "STRING",
            "NUMBER", "ARROW", "nameList", "linkStmt", "null");

    private DiagnosticInvariants() {
    }

    public static void check(Compilation compilation) {
        assertNotNull(compilation, "compile returned null");
        assertNotNull(compilation.diagnostics(), "no diagnostics list");
        for (Diagnostic d : compilation.diagnostics()) {
            check(d);
        }
        new JsonDiagnosticPrinter().print(compilation.diagnostics());
    }

    public static void check(Diagnostic d) {
        assertNotNull(d.code(), "diagnostic without a code");
        assertNotNull(d.severity(), () -> d.code().id() + " without a severity");
        assertNotNull(d.message(), () -> d.code().id() + " without a message");
        assertFalse(d.message().isBlank(), () -> d.code().id() + " with an empty message");
        assertNotNull(d.label());
        assertNotNull(d.help());
        assertNotNull(d.notes());
        for (String word : JARGON) {
            assertFalse(d.message().contains(word) || d.label().contains(word),
                    () -> d.code().id() + " speaks parser jargon («" + word + "»): " + d.message() + " / " + d.label());
        }
        Span span = d.span();
        assertNotNull(span, () -> d.code().id() + " without a span");
        if (span.isNone()) {
            assertTrue(d.code().id().startsWith("TOC4"), () -> d.code().id() + " has no place in any file: " + d.message());
        } else {
            SourceFile source = span.source();
            int length = source.text().length();
            assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= length,
                    () -> d.code().id() + " span [" + span.start() + ", " + span.end() + ") outside a file of " + length
                            + " characters: " + d.message());
            assertTrue(span.line() >= 1 && span.column() >= 1 && span.line() <= source.lineCount(),
                    () -> d.code().id() + " at impossible position " + span.line() + ":" + span.column());
            assertTrue(span.line() == source.lineOf(span.start()) && span.column() == source.columnOf(span.start()),
                    () -> d.code().id() + " line:column " + span.line() + ":" + span.column()
                            + " does not match offset " + span.start());
            assertTrue(span.endLine() == source.lineOf(span.end()) && span.endColumn() == source.columnOf(span.end()),
                    () -> d.code().id() + " end line:column does not match offset " + span.end());
        }
        String printed = new HumanDiagnosticPrinter().print(d);
        String header = span.isNone() ? d.severity().label() + "[" + d.code().id() + "]: "
                : span.path() + ":" + span.line() + ":" + span.column() + ": " + d.severity().label() + "[" + d.code().id() + "]: ";
        assertTrue(printed.startsWith(header), () -> "printed diagnostic does not start with «" + header + "»:\n" + printed);
        new JsonDiagnosticPrinter().toJson(d);
    }
}
