package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/** {@code backbone [ACTOR] plays facilitator, broker} on a result: the backbone roles an actor plays for it. */
public record BackbonePlay(String actor, List<String> roles, Span span) {
    public BackbonePlay {
        roles = List.copyOf(roles);
    }
}
