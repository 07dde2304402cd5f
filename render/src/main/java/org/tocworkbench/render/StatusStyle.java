package org.tocworkbench.render;

import java.util.Optional;

/**
 * How a marked node is drawn: fill, border colour and style, text colours, and an icon written
 * before its word, so that each marking reads without colour (in greyscale, for colour-blind
 * readers, on a black-and-white printer) by its icon, its border and its grey level, and with
 * colour by hue. One constant per progress status today; other markings (e.g. what changed
 * between versions) add constants here and a swatch in the legend follows.
 *
 * <p>Greyscale: the four rated statuses differ by at least 30 of 255 grey levels (luma, the
 * weights greyscale conversions use); the two unrated ones are near-white and differ from the
 * rest and from each other by their border (dashed, dotted). A test holds these.
 */
public enum StatusStyle {
    /** Okabe–Ito blue; white text. Grey level 87. */
    ACHIEVED("#0072b2", "#003f63", "#ffffff", "#e6f0f7", Border.SOLID, "\u2714", "achieved"),
    /** A tint of Okabe–Ito sky blue, lighter than "at risk" in greyscale. Grey level 202. */
    ON_TRACK("#a4d6f2", "#3d7ea6", Palette.INK, "#1f1f1f", Border.SOLID, "\u25cf", "on track"),
    /** Okabe–Ito orange. Grey level 162. */
    AT_RISK("#e69f00", "#7a5500", Palette.INK, "#1f1f1f", Border.SOLID, "\u25b2", "at risk"),
    /** Okabe–Ito vermillion. Grey level 119. */
    OFF_TRACK("#d55e00", "#7a3600", Palette.INK, "#1f1f1f", Border.SOLID, "\u2716", "off track"),
    NO_DATA("#ffffff", "#7f7f7f", Palette.INK, Palette.MUTED, Border.DASHED, "?", "no data"),
    NOT_STARTED("#dedede", "#7f7f7f", Palette.INK, Palette.MUTED, Border.DOTTED, "\u25cb", "not started");

    /** The line round a marked node (a legend swatch has the same). */
    public enum Border {
        SOLID(Optional.empty()),
        DASHED(Optional.of("dashed")),
        DOTTED(Optional.of("dotted"));

        private final Optional<String> graphvizStyle;

        Border(Optional<String> graphvizStyle) {
            this.graphvizStyle = graphvizStyle;
        }

        /** The Graphviz style word, empty for a plain line. */
        public Optional<String> graphvizStyle() {
            return graphvizStyle;
        }
    }

    private final String fill;
    private final String line;
    private final String text;
    private final String caption;
    private final Border border;
    private final String icon;
    private final String word;

    StatusStyle(String fill, String line, String text, String caption, Border border, String icon, String word) {
        this.fill = fill;
        this.line = line;
        this.text = text;
        this.caption = caption;
        this.border = border;
        this.icon = icon;
        this.word = word;
    }

    /** The style of a progress status. */
    public static StatusStyle of(ProgressStatus status) {
        return switch (status) {
            case ACHIEVED -> ACHIEVED;
            case ON_TRACK -> ON_TRACK;
            case AT_RISK -> AT_RISK;
            case OFF_TRACK -> OFF_TRACK;
            case NO_DATA -> NO_DATA;
            case NOT_STARTED -> NOT_STARTED;
        };
    }

    public String fill() {
        return fill;
    }

    public Border border() {
        return border;
    }

    /** A symbol that tells the marking without colour: ✔ ● ▲ ✖ ? ○. */
    public String icon() {
        return icon;
    }

    /** "▲ at risk": what the node and the legend say. */
    public String label() {
        return icon + " " + word;
    }

    /** The fill's grey level, 0 (black) to 255 (white): luma with the Rec. 601 weights. */
    public int greyLevel() {
        return greyLevel(fill);
    }

    static int greyLevel(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return (int) Math.round(0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff));
    }

    Palette.Swatch swatch() {
        return new Palette.Swatch(fill, line, text, caption, border);
    }
}
