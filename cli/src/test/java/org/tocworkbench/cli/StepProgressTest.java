package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StepProgressTest {
    @Test
    void onATerminalTheBarAppearsAfterTheDelayAndIsWipedAtTheEnd() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (StepProgress bar = new StepProgress(err, 2, true)) {
            bar.step("reading the monitoring data");
            assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing before the delay");
            Thread.sleep(StepProgress.DELAY_MS + 400);
            bar.step("drawing");
            assertTrue(bar.line().startsWith("[###############-----] 2/2 drawing"), bar.line());
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r[#####---------------] 1/2 reading the monitoring data"), shown);
        assertTrue(shown.endsWith("\r\u001b[K"), "the line is wiped");
    }

    @Test
    void offATerminalNothingIsPrinted() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StepProgress bar = new StepProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1, false)) {
            bar.step("drawing");
            Thread.sleep(StepProgress.DELAY_MS + 300);
        }
        assertEquals(0, bytes.size());
    }
}
