package org.tocworkbench.compiler.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;

class HumanDiagnosticPrinterTest {
    private final HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();

    private static Diagnostic at(SourceFile file, int start, int end) {
        return Diagnostic.of(Code.UNDEFINED_NAME, file.span(start, end), "undefined identifier `P2`")
                .label("not declared anywhere").suggest("P1").note("a note").build();
    }

    @Test
    void diagnosticPrintsHeaderSourceLineCaretsLabelHelpAndNotes() {
        SourceFile file = new SourceFile("t.toc", "impact I \"x\"\nA1 -> P2 -> I\n");
        assertEquals("""
                t.toc:2:7: error[TOC101]: undefined identifier `P2`
                  |
                2 | A1 -> P2 -> I
                  |       ^^ not declared anywhere
                  = help: did you mean `P1`?
                  = note: a note
                """, printer.print(at(file, 19, 21)));
    }

    @Test
    void gutterWidensForLongLineNumbers() {
        SourceFile file = new SourceFile("t.toc", "\n".repeat(99) + "A1 -> P2\n");
        String printed = printer.print(at(file, 105, 107));
        assertTrue(printed.contains("    |\n100 | A1 -> P2\n    |       ^^ not declared anywhere\n    = help:"), printed);
    }

    @Test
    void tabsAreExpandedAndTheCaretsStillLineUp() {
        SourceFile file = new SourceFile("t.toc", "\tA1 -> P2\n");
        String printed = printer.print(at(file, 7, 9));
        assertTrue(printed.contains("1 |     A1 -> P2\n  |           ^^ not declared"), printed);
    }

    @Test
    void wideCharactersTakeTwoColumnsSoTheCaretsLineUp() {
        SourceFile file = new SourceFile("t.toc", "A1 \"\u57f9\u8bad\" P2\n");
        String printed = printer.print(at(file, 8, 10));
        // `A1 "` is 4 columns, the two characters 4 more, `" ` 2: the carets start 10 columns in
        assertTrue(printed.contains("1 | A1 \"\u57f9\u8bad\" P2\n  | " + " ".repeat(10) + "^^ not declared"), printed);
    }

    @Test
    void longLineIsCutToAWindowAroundTheSpan() {
        String line = "x".repeat(500) + " P2 " + "y".repeat(500);
        SourceFile file = new SourceFile("t.toc", line + "\n");
        String printed = printer.print(at(file, 501, 503));
        String shown = printed.lines().filter(l -> l.startsWith("1 | ")).findFirst().orElseThrow();
        String carets = printed.lines().filter(l -> l.contains("^")).findFirst().orElseThrow();
        assertTrue(shown.startsWith("1 | ...") && shown.endsWith("..."), shown);
        assertTrue(shown.length() < 120, shown);
        assertEquals("P2", shown.substring(carets.indexOf('^'), carets.indexOf('^') + 2));
    }

    @Test
    void spanAtTheEndOfALinePointsJustPastIt() {
        SourceFile file = new SourceFile("t.toc", "A1 ->\n");
        String printed = printer.print(at(file, 5, 5));
        assertTrue(printed.contains("1 | A1 ->\n  |      ^ not declared"), printed);
    }

    @Test
    void spanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        SourceFile file = new SourceFile("t.toc", "pathway \"P\" {\n  A1 -> I\n}\n");
        String printed = printer.print(at(file, 0, 25));
        assertTrue(printed.contains("1 | pathway \"P\" {\n  | ^^^^^^^^^^^^^ not declared"), printed);
    }

    @Test
    void controlCharactersInTheSourceLineAreShownAsQuestionMarks() {
        SourceFile file = new SourceFile("t.toc", "A1\u0007 -> P2\n");
        assertTrue(printer.print(at(file, 7, 9)).contains("1 | A1? -> P2\n"));
    }

    @Test
    void diagnosticWithoutAPlaceIsOneLinePlusHelp() {
        Diagnostic d = Diagnostic.of(Code.FILE_UNREADABLE, Span.none(), "`a.toc` does not exist").help("check the path").build();
        assertEquals("error[TOC401]: `a.toc` does not exist\n = help: check the path\n", printer.print(d));
    }
}
