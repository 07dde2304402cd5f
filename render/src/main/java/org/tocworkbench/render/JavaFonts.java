package org.tocworkbench.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;

/**
 * The font the embedded engine draws PNG and PDF text with, and its character widths for the
 * layout: Java's logical sans-serif font, which falls back to other installed fonts for scripts
 * its main font lacks (Arabic, Hebrew, CJK where installed). viz.js is told its widths, so that
 * every label fits its box.
 */
final class JavaFonts {
    private static String widths;

    private JavaFonts() {
    }

    static String family() {
        return Font.SANS_SERIF;
    }

    /** The advance of characters 0–255 in ems, as viz.js's {@code setFontWidth} takes them. */
    static synchronized String widthsJs() {
        if (widths == null) {
            Font font = new Font(family(), Font.PLAIN, 100);
            FontRenderContext context = new FontRenderContext(null, true, true);
            double space = advance(font, context, ' ');
            StringBuilder js = new StringBuilder("[");
            for (int c = 0; c < 256; c++) {
                double w = c <= 32 || (c >= 127 && c < 160) ? space : advance(font, context, (char) c);
                js.append(c == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", w / 100));
            }
            widths = js.append(']').toString();
        }
        return widths;
    }

    private static double advance(Font font, FontRenderContext context, char c) {
        return font.createGlyphVector(context, new char[] {c}).getGlyphMetrics(0).getAdvance();
    }
}
