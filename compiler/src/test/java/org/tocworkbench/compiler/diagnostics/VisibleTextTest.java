package org.tocworkbench.compiler.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;

/** Issue 13, items 4 and 5: messages quote a few dozen characters at most, and never print hidden characters raw. */
class VisibleTextTest {
    @TempDir
    Path dir;

    @Test
    void aOneMegabyteTokenMakesAShortMessageEverywhere() throws Exception {
        Path file = Files.writeString(dir.resolve("huge.toc"), "x".repeat(1_000_000) + "\n");
        Compilation compilation = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        assertFalse(compilation.diagnostics().isEmpty());
        for (Diagnostic d : compilation.diagnostics()) {
            assertTrue(d.message().length() < 300, d.message());
            assertTrue(d.message().contains("…"), d.message());
            assertTrue(new HumanDiagnosticPrinter().print(d).length() < 2_000);
            assertTrue(new JsonDiagnosticPrinter().print(List.of(d)).length() < 2_000);
        }
    }

    @Test
    void hiddenCharactersAreEscapedAndLongQuotationsCut() {
        assertEquals("text `abc<U+202E>def` here", VisibleText.of("text `abc\u202edef` here"));
        assertEquals("a<U+2066>b<U+0007>c<U+200B>", VisibleText.of("a\u2066b\u0007c\u200b"));
        String cut = VisibleText.of("unknown `" + "y".repeat(10_000) + "` here");
        assertEquals("unknown `" + "y".repeat(VisibleText.MAX_QUOTED) + "…` here", cut);
        assertEquals("plain text, kept", VisibleText.of("plain text, kept"));
        assertEquals("a path /" + "d/".repeat(100) + "file.xlsx stays whole",
                VisibleText.of("a path /" + "d/".repeat(100) + "file.xlsx stays whole"));
        assertTrue(VisibleText.of("w ".repeat(100_000)).length() <= VisibleText.MAX_MESSAGE + 1);
    }

    @Test
    void trojanSourceCharactersInTextsAndNamesAreReported() throws Exception {
        Path file = Files.writeString(dir.resolve("bidi.toc"), """
                impact I "Communities are prepared \u202e(cancelled)\u202c"
                activity A\u20661 "Train health workers"  # a comment with \u2067 an isolate
                A1 -> I
                """);
        Compilation compilation = new TocCompiler().compile(file, CompileOptions.DEFAULT);
        List<Diagnostic> hidden = compilation.diagnostics().stream()
                .filter(d -> d.code() == Code.HIDDEN_CHARACTER).toList();
        assertEquals(3, hidden.size(), compilation.diagnostics().toString());
        assertEquals(Severity.WARNING, hidden.get(0).severity());
        assertEquals("1:36", hidden.get(0).span().line() + ":" + hidden.get(0).span().column());
        assertEquals(Severity.ERROR, hidden.get(1).severity());
        for (Diagnostic d : compilation.diagnostics()) {
            String printed = new HumanDiagnosticPrinter().print(d) + new JsonDiagnosticPrinter().print(List.of(d));
            assertTrue(printed.codePoints().noneMatch(VisibleText::isBidiControl), printed);
        }
    }
}
