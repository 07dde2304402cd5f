package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;

/**
 * What makes an actor a structure ({@code structure WG "..." kind working-group { serves advocacy  members A, B }}):
 * its kind when given, the functions it serves and the ids of the actors that take part in it.
 */
public record Structure(Optional<StructureKind> kind, List<NetworkFunction> serves, List<String> members) {
    public Structure {
        kind = kind == null ? Optional.empty() : kind;
        serves = List.copyOf(serves);
        members = List.copyOf(members);
    }
}
