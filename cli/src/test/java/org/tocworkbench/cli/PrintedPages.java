package org.tocworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of a PDF as a reader sees them: each page's size and every printed character with its
 * box (PDFBox's text positions, in points from the top left). Used to check printed workbooks:
 * no character drawn over another (wrapped lines on top of each other, text running into the
 * next cell), nothing outside the page, the sheet's header on every page.
 */
record PrintedPages(List<Page> pages) {
    /** Characters of one line have tops within this many points. */
    static final double LINE = 4;

    /** A character and its box. */
    record Glyph(String text, double x, double top, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return top + height;
        }

        /** Area of the intersection of two boxes, in square points. */
        double overlap(Glyph other) {
            double w = Math.min(right(), other.right()) - Math.max(x, other.x);
            double h = Math.min(bottom(), other.bottom()) - Math.max(top, other.top);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "'%s' at (%.1f, %.1f)", text, x, top);
        }
    }

    /** A page: its size and its characters (spaces left out). */
    record Page(int number, double width, double height, List<Glyph> glyphs) {
        /** The text of the lines whose tops lie between two heights, top to bottom, left to right. */
        String textBetween(double fromTop, double toTop) {
            StringBuilder text = new StringBuilder();
            glyphs.stream().filter(g -> g.top >= fromTop && g.top < toTop)
                    .sorted(Comparator.comparingDouble((Glyph g) -> Math.round(g.top)).thenComparingDouble(Glyph::x))
                    .forEach(g -> text.append(g.text));
            return text.toString();
        }

        /** The page's first line: its page header (the document's title, the sheet's name). */
        String header() {
            double first = top();
            return textBetween(first, first + LINE);
        }

        /** The top of the first line below the page header (where the sheet's rows start). */
        double body() {
            double first = top();
            return glyphs.stream().mapToDouble(Glyph::top).filter(t -> t >= first + LINE).min().orElse(height);
        }

        private double top() {
            return glyphs.stream().mapToDouble(Glyph::top).min().orElse(0);
        }

        /**
         * Pairs of characters drawn over each other: boxes that share more than a quarter of the
         * smaller one. Letters of one word touch but do not overlap that much.
         */
        List<String> collisions() {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(Glyph::x));
            List<String> found = new ArrayList<>();
            for (int i = 0; i < sorted.size() && found.size() < 10; i++) {
                Glyph a = sorted.get(i);
                for (int j = i + 1; j < sorted.size() && sorted.get(j).x < a.right(); j++) {
                    Glyph b = sorted.get(j);
                    double smaller = Math.min(a.width * a.height, b.width * b.height);
                    if (smaller > 0 && a.overlap(b) > 0.25 * smaller) {
                        found.add(a + " and " + b);
                    }
                }
            }
            return found;
        }

        /** Characters that lie (partly) outside the page. */
        List<Glyph> outside() {
            return glyphs.stream().filter(g -> g.x < 0 || g.top < 0 || g.right() > width + 0.5 || g.bottom() > height + 0.5)
                    .toList();
        }
    }

    static PrintedPages read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Page> pages = new ArrayList<>();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                PDRectangle box = document.getPage(n - 1).getMediaBox();
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        if (!t.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj() - t.getHeightDir(),
                                    t.getWidthDirAdj(), t.getHeightDir()));
                        }
                    }
                };
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                stripper.getText(document);
                pages.add(new Page(n, box.getWidth(), box.getHeight(), List.copyOf(glyphs)));
            }
            return new PrintedPages(List.copyOf(pages));
        }
    }
}
