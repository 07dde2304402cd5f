package org.tocworkbench.compiler.diff;

import java.util.List;

/**
 * One element that differs between two versions.
 *
 * @param id         the id in the new version (in the old one for a removed element); a link's id is
 *                   {@code FROM -> TO}, a data binding's its file
 * @param oldId      the id in the old version: the same as {@code id} except for a rename
 * @param title      the element's statement or name (in the new version unless removed)
 * @param properties the properties that changed (empty for an addition or removal)
 */
public record ElementChange(ElementKind kind, ChangeType type, String id, String oldId, String title,
                            List<PropertyChange> properties) {
    public ElementChange {
        properties = List.copyOf(properties);
        title = title == null ? "" : title;
    }
}
