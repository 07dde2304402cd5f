package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/** A member organisation, the backbone team, a partner or a funder. {@code role} may be null. */
public record Actor(String id, String name, ActorRole role, String description, List<NetworkFunction> functions,
                    Span span, Span idSpan) {
    public Actor {
        functions = List.copyOf(functions);
        description = description == null ? "" : description;
    }
}
