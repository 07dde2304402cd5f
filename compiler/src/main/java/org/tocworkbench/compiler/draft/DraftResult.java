package org.tocworkbench.compiler.draft;

import java.util.List;
import org.tocworkbench.compiler.model.NodeKind;

/**
 * One result of an imported theory: a node of the given kind with its indicators.
 *
 * @param notes what the source leaves open about this result, written as comments above it
 */
public record DraftResult(String id, NodeKind kind, String title, String description, List<DraftIndicator> indicators,
                          List<String> notes) {
    public DraftResult {
        description = description == null ? "" : description;
        indicators = List.copyOf(indicators);
        notes = List.copyOf(notes);
    }
}
