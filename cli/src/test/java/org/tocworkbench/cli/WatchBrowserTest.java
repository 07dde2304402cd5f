package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview in a real browser: it follows edits by itself, without a reload and without script errors. */
class WatchBrowserTest {
    private static final Duration UPDATE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void thePreviewShowsAnEditAndThenAnErrorWithoutAReloadOrConsoleErrors() throws Exception {
        assumeTrue(HeadlessChromium.wanted(), "browser tests left out with -Dtoc.noBrowser=true");
        Path toc = WatchCommandTest.copySample("pandemic-preparedness", dir).resolve("pandemic.toc");
        String original = Files.readString(toc);
        try (WatchRunner watch = WatchRunner.start("watch", toc.toString());
             HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Page page = chromium.newPage(1400, 900);
            page.navigate(watch.url());
            page.waitUntil("document.getElementById('connection').textContent === 'live'", UPDATE);
            assertTrue(page.evaluate("document.querySelectorAll('#diagram svg g.node').length").asInt() > 10);
            page.evaluate("window.stillTheSamePage = true");

            WatchCommandTest.saveByRename(toc, original.replace(WatchCommandTest.IMPACT_TITLE, "Quokkas thrive"));
            page.waitUntil("document.querySelector('#diagram svg').textContent.includes('Quokkas thrive')", UPDATE);
            assertEquals("Quokkas thrive", page.evaluate(
                    "[...document.querySelectorAll('#diagram svg g.node text')].map(t => t.textContent)"
                            + ".find(t => t.includes('Quokkas'))").asText());
            assertTrue(page.evaluate("window.stillTheSamePage === true").asBoolean(), "no reload");
            byte[] clean = page.screenshot(false);
            BufferedImage image = BrowserImages.decode(clean);
            assertEquals(1400, image.getWidth());
            assertTrue(BrowserImages.colours(image).size() > 50, "a drawn diagram, not a blank page");
            BrowserImages.keep("watch-ok.png", clean);

            Files.writeString(toc, original + "outcome BROKEN \"Broken outcome\" horizon ->\n", StandardCharsets.UTF_8);
            page.waitUntil("document.querySelector('#diagnostics li.diag.error') !== null", UPDATE);
            int line = (int) original.lines().count() + 1;
            String where = page.evaluate("document.querySelector('#diagnostics li.diag.error .where').textContent").asText();
            assertTrue(where.endsWith("pandemic.toc:" + line + ":43"), where);
            assertTrue(page.evaluate("document.querySelector('#diagram').classList.contains('stale')").asBoolean());
            assertTrue(page.evaluate("document.title").asText().contains("1 error"));
            assertTrue(page.evaluate("window.stillTheSamePage === true").asBoolean(), "no reload");
            byte[] withErrors = page.screenshot(false);
            BrowserImages.keep("watch-errors.png", withErrors);
            BufferedImage broken = BrowserImages.decode(withErrors);
            assertTrue(BrowserImages.colours(broken).size() > 50);

            assertEquals(java.util.List.of(), page.errors(), "console errors or exceptions");
        }
    }
}
