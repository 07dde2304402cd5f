package org.tocworkbench.render;

import org.tocworkbench.compiler.model.Level;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Colours, shapes and fonts. Stages of the results chain use ColorBrewer's YlGnBu scale, which
 * is safe for colour-blind readers and falls steadily in lightness, so activities print light
 * and the impact dark in greyscale; shapes and a caption in every node carry the kind too.
 * Progress statuses are drawn as {@link StatusStyle} says (Okabe–Ito colours, an icon, the status
 * written out, distinct grey levels and borders); assumption badges use a single-hue purple scale
 * (darker is riskier), a hue no status uses.
 */
final class Palette {
    static final String FONT = "Helvetica";
    static final String INK = "#1a1a1a";
    static final String LINE = "#4d4d4d";
    static final String EDGE = "#555555";
    static final String MUTED = "#595959";
    static final String CONTEXT_FILL = "#f4f4f4";
    static final String CONTEXT_LINE = "#c8c8c8";
    /**
     * The what-if overlay (toc what-if): a weakened result is white with a thick brown border and a
     * light band along its foot that says "◐ weakened" (the text stays on plain white, readable in
     * greyscale); a failing assumption's badge is black with a cross.
     */
    static final String WEAKENED_FILL = "#ffffff";
    static final String WEAKENED_LINE = "#8c510a";
    static final String WEAKENED_BAND = "#fee0b6";
    static final String WEAKENED_MARK = "\u25d0";
    static final String FAILING_BADGE = "#000000";
    static final String FAILING_MARK = "\u2716";
    /** The diff overlay (toc diff): green and brown tell added from changed in colour, line width and a double border in greyscale. */
    static final String DIFF_ADDED = "#1b7837";
    static final String DIFF_CHANGED = "#b35806";
    static final String DIFF_REMOVED = "#9a9a9a";
    static final String CONTEXT_TEXT = "#a0a0a0";
    static final String GROUP_LINE = "#8c8c8c";
    static final String BAND_FILL = "#f2f2f2";
    static final String BADGE_LINE = "#54278f";

    /** Fill, border, text and caption colours of a node, and the style of its border. */
    record Swatch(String fill, String line, String text, String caption, StatusStyle.Border border) {
        Swatch(String fill, String line, String text, String caption) {
            this(fill, line, text, caption, StatusStyle.Border.SOLID);
        }
    }

    private static final Swatch[] STAGES = {
        new Swatch("#ffffcc", LINE, INK, MUTED),          // activity
        new Swatch("#d9f0a3", LINE, INK, MUTED),          // output
        new Swatch("#a1dab4", LINE, INK, "#333333"),      // short-term outcome
        new Swatch("#67c3c0", LINE, INK, "#1f1f1f"),      // medium-term outcome
        new Swatch("#3a9ac9", "#1f4e79", INK, "#0d0d0d"), // long-term outcome
        new Swatch("#225ea8", "#0c2c84", "#ffffff", "#dfe8f5"), // impact
    };

    private static final String[] STAGE_NAMES = {
        "Activity", "Output", "Short-term outcome", "Medium-term outcome", "Long-term outcome", "Impact"};
    private static final String[] STAGE_PLURALS = {
        "Activities", "Outputs", "Short-term outcomes", "Medium-term outcomes", "Long-term outcomes", "Impact"};

    private Palette() {
    }

    static Swatch stage(int rank) {
        return STAGES[rank];
    }

    static String stageName(int rank) {
        return STAGE_NAMES[rank];
    }

    static String stagePlural(int rank) {
        return STAGE_PLURALS[rank];
    }

    /** In a progress overlay, a result with no status: white, so that the statuses stand out. */
    static Swatch unmeasured() {
        return new Swatch("#ffffff", LINE, INK, MUTED);
    }

    static Swatch context() {
        return new Swatch(CONTEXT_FILL, CONTEXT_LINE, CONTEXT_TEXT, CONTEXT_TEXT);
    }

    /** The node's kind as its caption says it: "Short-term outcome", "Precondition", ... */
    static String kindName(Node node) {
        if (node.kind() == NodeKind.PRECONDITION) {
            return node.horizon() == null ? "Precondition" : capitalise(node.horizon().word()) + "-term precondition";
        }
        if (node.kind() == NodeKind.OUTCOME && node.horizon() == null) {
            return "Outcome";
        }
        return stageName(node.rank());
    }

    /** Graphviz style: activities square, outputs with cut corners, outcomes rounded, preconditions dashed. */
    static String style(Node node) {
        return switch (node.kind()) {
            case ACTIVITY -> "filled";
            case OUTPUT -> "filled,diagonals";
            case OUTCOME -> "filled,rounded";
            case PRECONDITION -> "filled,rounded,dashed";
            case IMPACT -> "filled,rounded,bold";
        };
    }

    /** A weakened result (what-if overlay): white, brown border, dark text and caption. */
    static Swatch weakened() {
        return new Swatch(WEAKENED_FILL, WEAKENED_LINE, INK, MUTED);
    }

    static Swatch status(ProgressStatus status) {
        return StatusStyle.of(status).swatch();
    }

    /**
     * Assumption badge fill by risk, ColorBrewer Purples (low light, medium mid, high dark);
     * unrated white. Purple is in no status colour, so a badge never reads as a status.
     */
    static String risk(Level risk) {
        if (risk == null) {
            return "#ffffff";
        }
        return switch (risk) {
            case LOW -> "#f2f0f7";
            case MEDIUM -> "#cbc9e2";
            case HIGH -> "#9e9ac8";
        };
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
