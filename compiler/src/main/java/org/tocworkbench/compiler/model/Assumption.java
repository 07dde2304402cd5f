package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * Something that must hold for a link or a node to work. {@code risk} is null when not rated.
 *
 * @param indicators ids of indicators that monitor the assumption
 */
public record Assumption(String id, String text, String description, Level risk, EvidenceStatus status,
                         List<Evidence> evidence, List<String> indicators, Span span, Span idSpan) {
    public Assumption {
        evidence = List.copyOf(evidence);
        indicators = List.copyOf(indicators);
        description = description == null ? "" : description;
    }
}
