package org.tocworkbench.evaluator.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellTextTest {
    @Test
    void shortTextFitsOnOneLine() {
        assertTrue(CellText.fits("on track", 12, false));
        assertEquals(1, CellText.lines("on track", 12, false));
    }

    @Test
    void longTextWrapsAtWordsAndEveryLineBreakCounts() {
        String text = "Median days from outbreak emergence to detection (7-1-7 timeliness target)";
        assertFalse(CellText.fits(text, 20, false));
        int lines = CellText.lines(text, 20, false);
        assertTrue(lines >= 3 && lines <= 5, "lines: " + lines);
        assertEquals(3, CellText.lines("a\nb\nc", 20, false));
        assertFalse(CellText.fits("a\nb", 20, false));
    }

    @Test
    void aWordLongerThanTheColumnIsBrokenInside() {
        assertTrue(CellText.lines("x".repeat(80), 10, false) >= 4);
    }

    @Test
    void boldTextTakesMoreRoom() {
        String text = "Indicators responsible for";
        assertTrue(CellText.width(text, true) > CellText.width(text, false));
    }

    @Test
    void aRowOfNLinesIsNTimesALineAndALittle() {
        assertEquals(CellText.LINE_POINTS * 3 + 1.5, CellText.height(3), 1e-6);
        assertEquals(CellText.height(1), CellText.height(0));
    }
}
