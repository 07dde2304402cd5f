package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `toc evaluate -o report.pdf` (issue 15.4), looked at page by page: each page rendered to an
 * image by PDFBox and its text read. A page is "inked" over the rows that hold anything darker
 * than near-white.
 */
class PdfReportTest {
    private static final String TABLE_HEADER = "Indicator Baseline Target Actual Progress Status Trend";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"samples/pandemic-preparedness/pandemic.toc", "samples/knowledge-learning/learning.toc",
            "samples/humanitarian-communication/humanitarian.toc"})
    void theReportIsAPdfWhosePagesAreFullAndWhoseTablesKeepTheirHeaders(String sample) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        CliRunner.Run run = CliRunner.run("evaluate", sample, "-o", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("wrote " + pdf), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            int tiles = 0;
            for (int page = 0; page < pages; page++) {
                var box = document.getPage(page).getMediaBox();
                tiles += box.getWidth() > box.getHeight() ? 1 : 0;
            }
            int characters = new PDFTextStripper().getText(document).replaceAll("\\s+", "").length();
            assertTrue(characters / pages >= 900, sample + ": " + pages + " pages for " + characters
                    + " characters: pages are half empty");
            assertTrue(tiles <= 4, sample + ": the diagram at reading size on " + tiles + " landscape pages");
            PDFRenderer renderer = new PDFRenderer(document);
            PDFTextStripper text = new PDFTextStripper();
            String name = Path.of(sample).getFileName().toString().replace(".toc", "");
            for (int page = 0; page < pages; page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 40);
                if (page == 0) {
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    ImageIO.write(renderer.renderImageWithDPI(page, 60), "png", png);
                    BrowserImages.keep("pdf-" + name + "-page1.png", png.toByteArray());
                }
                double inked = inkedShare(image);
                text.setStartPage(page + 1);
                text.setEndPage(page + 1);
                String words = text.getText(document);
                if (page == 0) {
                    assertTrue(inked > 0.6, sample + ": page 1 holds the title and the diagram, inked " + inked);
                    assertTrue(colourShare(image) > 0.03, sample + ": page 1 shows the coloured diagram");
                } else if (page < pages - 1) {
                    assertTrue(inked > 0.45, sample + ": page " + (page + 1) + " is mostly empty (inked " + inked + ")");
                }
                var media = document.getPage(page).getMediaBox();
                if (page > 0 && media.getWidth() > media.getHeight()) {
                    assertTrue(words.contains("The diagram at reading size, part"), "a landscape page is a part of the diagram");
                    double smallest = smallestNodeTitle(document, page);
                    assertTrue(smallest >= 7, sample + ": the diagram's node titles print at " + smallest + " pt on page "
                            + (page + 1));
                }
                List<String> lines = lines(words);
                int header = indexOf(lines, TABLE_HEADER);
                if (header >= 0) {
                    assertTrue(header < lines.size() - 2, sample + ": the indicator table's header stands alone at the foot"
                            + " of page " + (page + 1));
                }
            }
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("Pathways") && all.contains("Indicators") && all.contains("Data issues"), all);
            assertFalse(all.contains("Show at actual size"), "screen controls are not printed");
        }
    }

    /** The size of the most common text size on a page of the diagram (its node titles), in points. */
    private static double smallestNodeTitle(PDDocument document, int page) throws java.io.IOException {
        java.util.Map<Long, Integer> sizes = new java.util.HashMap<>();
        PDFTextStripper sizer = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition p : positions) {
                    sizes.merge(Math.round(p.getFontSizeInPt() * 10.0), 1, Integer::sum);
                }
            }
        };
        sizer.setStartPage(page + 1);
        sizer.setEndPage(page + 1);
        sizer.getText(document);
        assertFalse(sizes.isEmpty(), "the diagram's text is text in the PDF (searchable), not shapes");
        return sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey() / 10.0;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.replaceAll("\\s+", " ").trim());
            }
        }
        return lines;
    }

    private static int indexOf(List<String> lines, String header) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] channels(int rgb) {
        return new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
    }

    /** The share of the page's height between its first and last row holding ink. */
    static double inkedShare(BufferedImage image) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int[] c = channels(image.getRGB(x, y));
                if (c[0] + c[1] + c[2] < 600) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? 0 : (last - first + 1) / (double) image.getHeight();
    }

    /** The share of pixels that are clearly coloured (not grey). */
    static double colourShare(BufferedImage image) {
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int[] c = channels(image.getRGB(x, y));
                if (Math.max(c[0], Math.max(c[1], c[2])) - Math.min(c[0], Math.min(c[1], c[2])) > 60) {
                    coloured++;
                }
            }
        }
        return coloured / (double) (image.getWidth() * image.getHeight());
    }
}
