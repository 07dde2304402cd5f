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
}
