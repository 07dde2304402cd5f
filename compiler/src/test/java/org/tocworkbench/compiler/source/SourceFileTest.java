package org.tocworkbench.compiler.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceFileTest {
    @Test
    void linesEndAtLfCrlfAndCr() {
        SourceFile file = new SourceFile("t.toc", "a\nb\r\nc\rd");
        assertEquals(4, file.lineCount());
        assertEquals("b", file.lineText(2));
        assertEquals("c", file.lineText(3));
        assertEquals(4, file.lineOf(7));
        assertEquals(1, file.columnOf(7));
    }

    @Test
    void spanKnowsTheLineAndColumnOfBothEnds() {
        SourceFile file = new SourceFile("t.toc", "impact I\nactivity A1\n");
        Span span = file.span(4, 13);
        assertEquals(1, span.line());
        assertEquals(5, span.column());
        assertEquals(2, span.endLine());
        assertEquals(5, span.endColumn());
        assertEquals("ct I\nacti", span.text());
    }

    @Test
    void spanOutsideTheTextIsClampedToIt() {
        SourceFile file = new SourceFile("t.toc", "abc");
        Span span = file.span(-5, 99);
        assertEquals(0, span.start());
        assertEquals(3, span.end());
        assertEquals(4, span.endColumn());
    }

    @Test
    void byteOrderMarkIsDropped() {
        SourceFile file = new SourceFile("t.toc", "\ufeffimpact");
        assertEquals("impact", file.text());
    }

    @Test
    void endOfATextEndingWithANewlineIsOnTheEmptyLastLine() {
        SourceFile file = new SourceFile("t.toc", "a\n");
        assertEquals(2, file.span(2, 2).line());
        assertEquals(1, file.span(2, 2).column());
    }

    @Test
    void lineOfAgreesWithCountingLineEndsWhateverOrderOffsetsComeIn() {
        java.util.Random random = new java.util.Random(7L);
        String[] pieces = {"a", "bc", "\n", "\r\n", "\r", " ", "\n\n"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            SourceFile file = new SourceFile("t.toc", text.toString());
            for (int probe = 0; probe < 60; probe++) {
                // in order most of the time (as spans are made), sometimes anywhere, sometimes outside
                int offset = probe < 40 ? probe * (text.length() + 1) / 40 : random.nextInt(text.length() + 5) - 2;
                assertEquals(countedLine(text.toString(), offset), file.lineOf(offset),
                        "offset " + offset + " in " + text.toString().replace("\r", "\\r").replace("\n", "\\n"));
            }
        }
    }

    private static int countedLine(String text, int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        for (int i = 0; i < clamped; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
