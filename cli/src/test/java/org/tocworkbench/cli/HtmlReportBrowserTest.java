package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;

/** The HTML report of `toc evaluate` opened from disk in a real browser (issue 4). */
class HtmlReportBrowserTest {
    private static final Path SAMPLE = Path.of("samples", "pandemic-preparedness", "pandemic.toc");
    private static final List<String> STATUSES = List.of("achieved", "on-track", "at-risk", "off-track");

    @TempDir
    Path dir;

    @Test
    void theReportOpensWithoutErrorsAndItsDiagramShowsEveryNodeInItsStatusColour() throws Exception {
        assumeTrue(HeadlessChromium.wanted(), "browser tests left out with -Dtoc.noBrowser=true");
        Path report = dir.resolve("report.html");
        CliRunner.Run run = CliRunner.run("evaluate", SAMPLE.toString(), "-o", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        Theory theory = new TocCompiler().compile(SAMPLE, CompileOptions.DEFAULT).theory();
        String html = Files.readString(report);
        Map<String, Integer> palette = palette(html);

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Page page = chromium.newPage(1400, 1100);
            page.navigate(report.toUri().toString());

            assertEquals(theory.nodes().size(), page.evaluate("document.querySelectorAll('#diagram svg g.node').length").asInt());
            TreeSet<String> titles = new TreeSet<>();
            page.evaluate("[...document.querySelectorAll('#diagram svg g.node > title')].map(t => t.textContent)")
                    .forEach(t -> titles.add(t.asText()));
            assertEquals(new TreeSet<>(theory.nodes().keySet()), titles, "one g.node per node of the theory");

            JsonNode fills = page.evaluate("""
                    Object.fromEntries(['achieved', 'on-track', 'at-risk', 'off-track'].map(s => {
                      const shape = document.querySelector('#diagram svg g.node.status-' + s + ' :is(polygon, path, ellipse)');
                      return [s, shape ? shape.getAttribute('fill') : null];
                    }))""");
            byte[] png = page.screenshot(false);
            BrowserImages.keep("html-report.png", png);
            BufferedImage shot = BrowserImages.decode(png);
            Map<Integer, Integer> pixels = BrowserImages.colours(shot);
            List<String> seen = new ArrayList<>();
            for (String status : STATUSES) {
                if (fills.path(status).isNull()) {
                    continue;
                }
                int fill = rgb(fills.path(status).asText());
                assertEquals(palette.get(status), fill, status + ": the diagram's fill is the report's colour");
                if (pixels.getOrDefault(fill, 0) >= 200) {
                    seen.add(status);
                }
            }
            assertTrue(seen.size() >= 4, "status colours painted in the screenshot: " + seen);
            assertEquals(List.of(), page.errors(), "console errors or exceptions");
        }
    }

    @Test
    void atPhoneWidthNoTableScrollsSidewaysAndEveryStatusIsOnScreen() throws Exception {
        assumeTrue(HeadlessChromium.wanted(), "browser tests left out with -Dtoc.noBrowser=true");
        Path report = dir.resolve("report.html");
        assertEquals(0, CliRunner.run("evaluate", SAMPLE.toString(), "-o", report.toString()).exitCode());
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Page page = chromium.newPage(420, 900);
            page.navigate(report.toUri().toString());
            assertEquals(420, page.evaluate("document.documentElement.clientWidth").asInt());
            JsonNode wide = page.evaluate("""
                    [...document.querySelectorAll('main table')].filter(t => t.getBoundingClientRect().right > 421
                      || t.scrollWidth > t.clientWidth + 1).map(t => (t.closest('section') || {}).id)""");
            assertEquals(0, wide.size(), "tables wider than the phone's screen, in sections: " + wide);
            JsonNode offScreen = page.evaluate("""
                    [...document.querySelectorAll('main .badge, main .trend')].filter(b => {
                      const r = b.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > 421); })
                      .map(b => b.outerHTML.slice(0, 80))""");
            assertEquals(0, offScreen.size(), "statuses or trend charts off screen: " + offScreen);
            assertTrue(page.evaluate("document.documentElement.scrollWidth <= 420").asBoolean(), "the page scrolls sideways");
            JsonNode order = page.evaluate("""
                    ['summary', 'pathways', 'indicators', 'diagram'].map(id => document.getElementById(id).getBoundingClientRect().top)""");
            for (int i = 1; i < order.size(); i++) {
                assertTrue(order.get(i - 1).asDouble() < order.get(i).asDouble(), "summary, pathways, indicators, then the diagram: " + order);
            }
            assertTrue(page.evaluate("document.querySelector('#diagram svg').getBoundingClientRect().width >= 800").asBoolean(),
                    "the diagram at a readable size (it pans), not a thumbnail");
            JsonNode status = page.evaluate("""
                    (() => { const card = document.querySelector('table.indicators tbody tr');
                      const name = card.querySelector('td').getBoundingClientRect().top;
                      const status = card.querySelector('td.c-status').getBoundingClientRect().top;
                      const actual = card.querySelector('td[data-label=Actual]').getBoundingClientRect().top;
                      return [name, status, actual]; })()""");
            assertTrue(status.get(0).asDouble() < status.get(1).asDouble() && status.get(1).asDouble() < status.get(2).asDouble(),
                    "a card shows the indicator, then its status, then the figures: " + status);
            JsonNode alone = page.evaluate("""
                    [...document.querySelectorAll('table.iptt tbody tr')].filter(card => {
                      const target = card.querySelector('td[data-label=Target]');
                      const toDate = card.querySelector('td[data-label="To date"]');
                      return target && toDate && target.offsetParent && toDate.offsetParent
                        && toDate.getBoundingClientRect().top > target.getBoundingClientRect().bottom - 1; })
                      .map(card => card.textContent.slice(0, 60))""");
            assertEquals(0, alone.size(), "IPTT cards whose To date wraps onto a line of its own: " + alone);
            BrowserImages.keep("html-report-420.png", page.screenshot(true));
            assertEquals(List.of(), page.errors(), "console errors or exceptions");
        }
    }

    @Test
    void printedByTheBrowserTheReportStartsWithTheDiagramAndTakesFewerPages() throws Exception {
        assumeTrue(HeadlessChromium.wanted(), "browser tests left out with -Dtoc.noBrowser=true");
        Path report = dir.resolve("report.html");
        assertEquals(0, CliRunner.run("evaluate", SAMPLE.toString(), "-o", report.toString()).exitCode());
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Page page = chromium.newPage(1400, 1000);
            page.navigate(report.toUri().toString());
            BrowserImages.keep("html-report-1400.png", page.screenshot(false));
            byte[] pdf = page.printToPdf();
            Path unstyled = dir.resolve("unstyled.html");
            Files.writeString(unstyled, Files.readString(report).replaceFirst("(?s)@page\\b.*?@media print \\{.*?\\n\\}", ""));
            page.navigate(unstyled.toUri().toString());
            int before;
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(page.printToPdf())) {
                before = document.getNumberOfPages();
            }
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                int pages = document.getNumberOfPages();
                assertTrue(pages <= before * 0.85, "printed on " + pages + " pages, " + before + " without the print layout");
                org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
                text.setStartPage(1);
                text.setEndPage(1);
                String first = text.getText(document);
                assertTrue(first.contains("Progress as of") && first.contains("IMP"), "page 1 holds the title and the diagram:\n" + first);
                BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 40);
                assertTrue(PdfReportTest.inkedShare(image) > 0.6, "page 1 is more than the title");
            }
        }
    }

    /** The report's status colours, from its style sheet ({@code --on-track:#a4d6f2}). */
    private static Map<String, Integer> palette(String html) {
        Map<String, Integer> colours = new LinkedHashMap<>();
        Matcher m = Pattern.compile("--(achieved|on-track|at-risk|off-track):\\s*(#[0-9a-fA-F]{6})").matcher(html);
        while (m.find()) {
            colours.putIfAbsent(m.group(1), rgb(m.group(2)));
        }
        assertEquals(STATUSES.size(), colours.size(), "the report defines the four status colours: " + colours);
        return colours;
    }

    private static int rgb(String hex) {
        assertTrue(hex.matches("#[0-9a-fA-F]{6}"), hex);
        return Integer.parseInt(hex.substring(1).toLowerCase(Locale.ROOT), 16);
    }
}
