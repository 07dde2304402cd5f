package org.tocworkbench.render;

import org.tocworkbench.compiler.diff.ChangeType;

/**
 * How a node or link of the diff diagram changed, and the line under its title that says so
 * ("new", "removed", "changed: statement, horizon", "renamed from OP4").
 */
public record ChangeMark(ChangeType type, String note) {
    public ChangeMark {
        note = note == null ? "" : note;
    }
}
