package org.tocworkbench.compiler.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.ChangeRecord;
import org.tocworkbench.compiler.model.Theory;

/**
 * What changed between two versions of a theory, by meaning: every element added, removed,
 * changed or renamed, grouped by kind in a fixed order (kinds as {@link ElementKind} lists them;
 * within a kind the new version's declaration order, removed elements after in the old version's
 * order). Writers and the diagram receive it finished and compute nothing.
 *
 * @param beforeName      how the old version is named to the reader (a path, {@code path@REV})
 * @param afterName       how the new version is named
 * @param unchanged       elements found in both versions with nothing changed
 * @param nothingInCommon true when the two theories share no actor, result, assumption or indicator
 *                        (not by id and not by content): probably not two versions of one theory
 */
public record TheoryDiff(String beforeName, String afterName, Theory before, Theory after,
                         List<ElementChange> changes, int unchanged, boolean nothingInCommon) {
    public TheoryDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<ElementChange> of(ElementKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public long count(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }

    /** How many changes of each type, for every type (zero included), in enum order. */
    public Map<ChangeType, Long> counts(List<ElementChange> subset) {
        Map<ChangeType, Long> counts = new EnumMap<>(ChangeType.class);
        for (ChangeType type : ChangeType.values()) {
            counts.put(type, subset.stream().filter(c -> c.type() == type).count());
        }
        return counts;
    }

    /**
     * The record of changes to show: the new version's (which normally carries the old one's
     * entries forward), else the old version's.
     */
    public List<ChangeRecord> recordOfChanges() {
        List<ChangeRecord> log = after.metadata().changeLog();
        return log.isEmpty() ? before.metadata().changeLog() : log;
    }
}
