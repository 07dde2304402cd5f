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

    /** The badge as a cell of an HTML-like table. */
    static String cell(String id, Level risk) {
        return "<TD BORDER=\"1\" FIXEDSIZE=\"TRUE\" WIDTH=\"" + width(id) + "\" HEIGHT=\"" + HEIGHT + "\" COLOR=\""
                + Palette.BADGE_LINE + "\" BGCOLOR=\"" + Palette.risk(risk) + "\"><FONT POINT-SIZE=\"9\" COLOR=\""
                + Palette.INK + "\">" + DotText.html(id) + "</FONT></TD>";
    }
}
