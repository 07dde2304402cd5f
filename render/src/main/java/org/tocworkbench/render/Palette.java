package org.tocworkbench.render;

import org.tocworkbench.compiler.model.Level;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * Colours, shapes and fonts. Stages of the results chain use ColorBrewer's YlGnBu scale, which
 * is safe for colour-blind readers and falls steadily in lightness, so activities print light
 * and the impact dark in greyscale; shapes and a caption in every node carry the kind too.
 * Progress statuses use the Okabe–Ito colours and are always written out in the label; risk
 * badges use a single-hue orange scale (darker is riskier).
 */
final class Palette {
    static final String FONT = "Helvetica";
    static final String INK = "#1a1a1a";
    static final String LINE = "#4d4d4d";
    static final String EDGE = "#555555";
    static final String MUTED = "#595959";
    static final String CONTEXT_FILL = "#f4f4f4";
    static final String CONTEXT_LINE = "#c8c8c8";
    static final String CONTEXT_TEXT = "#a0a0a0";
    static final String GROUP_LINE = "#8c8c8c";
    static final String BAND_FILL = "#f2f2f2";

    /** Fill, border, text and caption colours of a node. */
    record Swatch(String fill, String line, String text, String caption) {
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

    static Swatch status(ProgressStatus status) {
        return switch (status) {
            case ACHIEVED -> new Swatch("#0072b2", "#003f63", "#ffffff", "#e6f0f7");
            case ON_TRACK -> new Swatch("#56b4e9", LINE, INK, "#1f1f1f");
            case AT_RISK -> new Swatch("#e69f00", LINE, INK, "#1f1f1f");
            case OFF_TRACK -> new Swatch("#d55e00", "#7a3600", INK, "#1f1f1f");
            case NO_DATA -> new Swatch("#ffffff", "#7f7f7f", INK, MUTED);
            case NOT_STARTED -> new Swatch("#dedede", "#7f7f7f", INK, MUTED);
        };
    }

    /** Width in points of a numbered badge box (9-point digits), so that the number fits. */
    static int badgeWidth(int number) {
        int digits = String.valueOf(number).length();
        return digits == 1 ? 14 : 6 + 6 * digits;
    }

    /** Risk badge fill: low light, medium mid, high dark orange; unrated white. */
    static String risk(Level risk) {
        if (risk == null) {
            return "#ffffff";
        }
        return switch (risk) {
            case LOW -> "#fee6ce";
            case MEDIUM -> "#fdae6b";
            case HIGH -> "#e6550d";
        };
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
