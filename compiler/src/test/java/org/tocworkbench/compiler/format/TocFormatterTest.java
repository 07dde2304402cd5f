package org.tocworkbench.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.golden.Golden;
import org.tocworkbench.compiler.source.SourceFile;

class TocFormatterTest {
    private final TocFormatter formatter = new TocFormatter();

    /** The syntax-error cases of the diagnostics golden folder. */
    static List<Path> syntaxErrorCases() {
        return Golden.cases(Path.of("src/test/resources/diagnostics"), ".toc").stream()
                .filter(p -> p.getFileName().toString().matches("TOC00[1-3].*"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrorCases")
    void syntaxErrorsAreTheOnesTocCheckReportsAtTheSamePositions(Path caseFile) throws IOException {
        SourceFile source = new SourceFile(caseFile.toString(), caseFile, Files.readString(caseFile, StandardCharsets.UTF_8));
        TocFormatter.Result result = formatter.format(source);
        assertFalse(result.ok(), caseFile + " has syntax errors");
        assertNull(result.text());
        List<String> fromCheck = new TocCompiler().compile(source, CompileOptions.DEFAULT).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR && d.code().id().startsWith("TOC00"))
                .map(TocFormatterTest::described)
                .toList();
        assertEquals(fromCheck, result.errors().stream().map(TocFormatterTest::described).toList());
    }

    private static String described(Diagnostic d) {
        return d.code().id() + " " + d.span().line() + ":" + d.span().column() + "-" + d.span().endLine() + ":"
                + d.span().endColumn() + " " + d.message();
    }

    @Test
    void aDateTheCompilerRejectsIsNotASyntaxErrorAndIsKeptAsWritten() {
        TocFormatter.Result result = formatter.format(new SourceFile("t.toc",
                "impact I \"I\" {indicator X \"x\" {baseline 1 at 2026-13 target 3 by 30/06/2027}}"));
        assertTrue(result.ok(), () -> String.valueOf(result.errors()));
        assertEquals("""
                impact I "I" {
                    indicator X "x" {
                        baseline 1 at 2026-13
                        target 3 by 30/06/2027
                    }
                }
                """, result.text());
    }

    @Test
    void anEditorBufferWithNoFileIsFormatted() {
        TocFormatter.Result result = formatter.format(new SourceFile("untitled", "A->B"));
        assertTrue(result.ok());
        assertEquals("A -> B\n", result.text());
    }

    @Test
    void softKeywordsUsedAsIdentifiersStayInTheirStatement() {
        String text = """
                outcome target "An outcome called target" horizon short {
                    by feedback
                }
                activity feedback "An activity called feedback"
                feedback -> target feedback {
                    feedback
                }
                """;
        TocFormatter.Result result = formatter.format(new SourceFile("t.toc", text));
        assertTrue(result.ok(), () -> String.valueOf(result.errors()));
        assertEquals(text, result.text());
        assertEquals(text, formatter.format(new SourceFile("t.toc", text.replace("\n", " ").replace("    ", ""))).text());
    }

    @Test
    void aFileOfOnlyCommentsKeepsThem() {
        TocFormatter.Result result = formatter.format(new SourceFile("t.toc", "  # one\n\n\n\n/* two */"));
        assertEquals("# one\n\n/* two */\n", result.text());
    }
}
