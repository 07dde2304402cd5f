package org.tocworkbench.render;

import org.tocworkbench.compiler.model.Level;

/**
 * An assumption's badge: a small box labelled with the assumption's own id (AS3 is AS3 in every
 * view, in the legend and in the report's table), filled by risk on a purple scale that no
 * progress status uses ({@link Palette#risk}).
 */
final class AssumptionBadge {
    private static final int HEIGHT = 14;

    private AssumptionBadge() {
    }

    /** Width in points of the badge for this id (9-point text), so that the id fits. */
    static int width(String id) {
        return Math.max(HEIGHT, 6 + (int) Math.ceil(DotText.columns(id) * 6.2));
    }

    /** Width in points of the badge, with the cross of a failing assumption when it fails. */
    static int width(String id, boolean failing) {
        return width(failing ? failingLabel(id) : id);
    }

    /** What a failing assumption's badge says: a cross before the id ("✖ AS1"). */
    static String failingLabel(String id) {
        return Palette.FAILING_MARK + " " + id;
    }

    /** The badge as a cell of an HTML-like table. */
    static String cell(String id, Level risk) {
        return "<TD BORDER=\"1\" FIXEDSIZE=\"TRUE\" WIDTH=\"" + width(id) + "\" HEIGHT=\"" + HEIGHT + "\" COLOR=\""
                + Palette.BADGE_LINE + "\" BGCOLOR=\"" + Palette.risk(risk) + "\"><FONT POINT-SIZE=\"9\" COLOR=\""
                + Palette.INK + "\">" + DotText.html(id) + "</FONT></TD>";
    }

    /**
     * The badge of an assumption that fails in a what-if scenario: black with white bold text and a
     * cross ("✖ AS1"), whatever its risk, so that it stands out from the purple badges in colour and
     * in greyscale.
     */
    static String failingCell(String id) {
        return "<TD BORDER=\"1\" FIXEDSIZE=\"TRUE\" WIDTH=\"" + width(id, true) + "\" HEIGHT=\"" + HEIGHT + "\" COLOR=\""
                + Palette.FAILING_BADGE + "\" BGCOLOR=\"" + Palette.FAILING_BADGE + "\"><FONT POINT-SIZE=\"9\" COLOR=\"#ffffff\"><B>"
                + DotText.html(failingLabel(id)) + "</B></FONT></TD>";
    }

    /** The failing badge when the assumption fails, else the usual one. */
    static String cell(String id, Level risk, boolean failing) {
        return failing ? failingCell(id) : cell(id, risk);
    }
}
