package org.tocworkbench.compiler.diff;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids that changed between versions, old id to new id, per kind of element; every other id
 * maps to itself. Properties of the old version are read through it, so that a reference to a
 * renamed element is not taken for a change.
 */
final class Renames {
    private final Map<ElementKind, Map<String, String>> byKind = new HashMap<>();

    void put(ElementKind kind, String oldId, String newId) {
        byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(oldId, newId);
    }

    String map(ElementKind kind, String oldId) {
        if (oldId == null) {
            return null;
        }
        return byKind.getOrDefault(kind, Map.of()).getOrDefault(oldId, oldId);
    }

    /** A node or an assumption: the two kinds an indicator may measure. */
    String subject(String oldId) {
        String node = map(ElementKind.RESULT, oldId);
        return node.equals(oldId) ? map(ElementKind.ASSUMPTION, oldId) : node;
    }

    /** The identity mapping, for reading the new version. */
    static Renames none() {
        return new Renames();
    }
}
