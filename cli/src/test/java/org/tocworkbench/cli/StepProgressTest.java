package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StepProgressTest {
    @Test
    void onATerminalTheBarAdvancesAndIsClearedAtTheEnd() {
        StringWriter err = new StringWriter();
        try (StepProgress progress = new StepProgress(new PrintWriter(err), 3, true)) {
            progress.step(1, "reading both versions");
            progress.step(2, "comparing");
        }
        String text = err.toString();
        assertTrue(text.startsWith("\r[                    ] 1/3 reading both versions"), text);
        assertTrue(text.contains("\r[======              ] 2/3 comparing"), text);
        assertTrue(text.endsWith("\r"), "the line is cleared: " + text);
        String last = text.substring(text.lastIndexOf("comparing"));
        assertTrue(last.substring(last.indexOf('\r')).isBlank(), "the clearing line is blank");
    }

    @Test
    void elsewhereNothingIsWritten() {
        StringWriter err = new StringWriter();
        try (StepProgress progress = new StepProgress(new PrintWriter(err), 3, false)) {
            progress.step(1, "reading");
        }
        assertEquals("", err.toString());
    }
}
