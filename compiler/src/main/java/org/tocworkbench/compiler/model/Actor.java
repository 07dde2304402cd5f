package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * A member organisation, the backbone team, a partner, a funder, or a structure (working group,
 * fund, community of practice, platform). {@code role} may be null.
 *
 * @param plays     the backbone roles it plays ({@code plays facilitator, broker}; backbone actors only)
 * @param positions the positions its staff hold ({@code position communications, "MEL officer"})
 * @param structure what it is as a structure, for one declared with {@code structure}
 * @param kind      what kind of organisation it is, as the network words it ({@code kind federation}); the
 *                  member types of docs/network.md
 */
public record Actor(String id, String name, ActorRole role, String description, List<NetworkFunction> functions,
                    Span span, Span idSpan, List<String> plays, List<String> positions,
                    Optional<Structure> structure, Optional<String> kind) {
    public Actor {
        functions = List.copyOf(functions);
        description = description == null ? "" : description;
        plays = plays == null ? List.of() : List.copyOf(plays);
        positions = positions == null ? List.of() : List.copyOf(positions);
        structure = structure == null ? Optional.empty() : structure;
        kind = kind == null ? Optional.empty() : kind;
    }

    public Actor(String id, String name, ActorRole role, String description, List<NetworkFunction> functions,
                 Span span, Span idSpan) {
        this(id, name, role, description, functions, span, idSpan, List.of(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /** The backbone team (role {@code backbone}). */
    public boolean backbone() {
        return role == ActorRole.BACKBONE;
    }
}
