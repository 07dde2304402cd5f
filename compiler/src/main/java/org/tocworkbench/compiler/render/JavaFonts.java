package org.tocworkbench.compiler.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The font the embedded engine draws PNG and PDF text with, and its character widths for the
 * layout. Java cannot use the SVG's Helvetica as such: the first installed font that has
 * Helvetica's metrics is taken (Liberation Sans, Arial, Nimbus Sans), else Java's sans-serif,
 * and viz.js is told its widths so that every label fits its box.
 */
final class JavaFonts {
    private static final String[] PREFERRED = {"Liberation Sans", "Arial", "Helvetica", "Nimbus Sans", "Nimbus Sans L"};
    private static String family;
    private static String widths;

    private JavaFonts() {
    }

    static synchronized String family() {
        if (family == null) {
            Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT)).collect(Collectors.toSet());
            family = Arrays.stream(PREFERRED).filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
        }
        return family;
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
