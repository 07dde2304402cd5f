package org.tocworkbench.compiler.draft;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * One result of an imported theory: a node of the given kind with its indicators.
 *
 * @param notes   what the source leaves open about this result, written as comments above it
 * @param label   a short label for diagrams, when the source has one
 * @param horizon {@code short}, {@code medium} or {@code long} for an outcome whose source says so
 */
public record DraftResult(String id, NodeKind kind, String title, String description, List<DraftIndicator> indicators,
                          List<String> notes, Optional<String> label, Optional<String> horizon) {
    public DraftResult {
        description = description == null ? "" : description;
        indicators = List.copyOf(indicators);
        notes = List.copyOf(notes);
    }

    public DraftResult(String id, NodeKind kind, String title, String description, List<DraftIndicator> indicators,
                       List<String> notes) {
        this(id, kind, title, description, indicators, notes, Optional.empty(), Optional.empty());
    }
}
