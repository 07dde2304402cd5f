package org.tocworkbench.evaluator.excel;

/**
 * How much room a text takes in a cell of our workbooks, whose font is Arial 10 (Liberation Sans
 * in LibreOffice, with the same widths). Streaming workbooks store no row heights by themselves
 * and spreadsheets do not grow a row to its wrapped text on opening, so the writers compute the
 * height: the number of lines a text wraps to at word boundaries in a column of a given width.
 * The estimate errs on the side of one line too many, never too few.
 */
public final class CellText {
    /** Points of one line of Arial 10, as Excel sizes a row of it. */
    public static final double LINE_POINTS = 12.75;
    /** Font size of every cell but the title. */
    static final double FONT_POINTS = 10;
    /** Helvetica/Arial advance widths, thousandths of an em, of the characters from space to '~'. */
    private static final int[] WIDTHS = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p to ~
    /** Bold glyphs are up to a tenth wider. */
    private static final double BOLD = 1.1;
    /** Share of the computed room that text may fill: rounding and cell padding differ between programs. */
    private static final double SAFETY = 0.95;

    private CellText() {
    }

    /** The points of text room in a column {@code characters} wide (Excel's unit: widths of the digit 0). */
    public static double room(double characters) {
        return Math.max(1, (characters * 7 - 5) * 0.75 * SAFETY);
    }

    /** The width of a text on one line, in points, at the cell font size. */
    public static double width(String text, boolean bold) {
        double thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            thousandths += advance(text.charAt(i));
        }
        return thousandths * FONT_POINTS / 1000 * (bold ? BOLD : 1);
    }

    /** True when the text stands on one line in the column (no line break, not wider than the room). */
    public static boolean fits(String text, double characters, boolean bold) {
        return text.indexOf('\n') < 0 && width(text, bold) <= room(characters);
    }

    /** The lines a text wraps to at word boundaries (and inside words longer than a line) in the column. */
    public static int lines(String text, double characters, boolean bold) {
        double room = room(characters);
        double space = width(" ", bold);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double w = width(word, bold);
                double needed = used == 0 ? w : used + space + w;
                if (needed <= room) {
                    used = needed;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                while (w > room) {
                    w -= room;
                    lines++;
                }
                used = w;
            }
        }
        return lines;
    }

    /** The height in points of a row whose tallest cell has this many lines. */
    public static float height(int lines) {
        return (float) (LINE_POINTS * Math.max(1, lines) + 1.5);
    }

    private static int advance(char c) {
        if (c >= ' ' && c <= '~') {
            return WIDTHS[c - ' '];
        }
        return c >= '\u2190' ? 1000 : 600;
    }
}
