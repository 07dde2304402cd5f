package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * What the network's shared purpose asks of it: the primary and secondary network functions the
 * theory (or its backbone actor) declares, and the backbone roles the network names beyond the
 * five every network knows ({@link BackboneRole}). Empty when nothing is declared.
 *
 * @param declaredBy the id of the backbone actor that declares the functions, or empty when the theory block does
 */
public record NetworkPurpose(List<NetworkFunction> primary, List<NetworkFunction> secondary, List<String> extraRoles,
                             Optional<String> declaredBy, Span span) {
    public static final NetworkPurpose NONE = new NetworkPurpose(List.of(), List.of(), List.of(), Optional.empty(),
            Span.none());

    public NetworkPurpose {
        primary = List.copyOf(primary);
        secondary = List.copyOf(secondary);
        extraRoles = List.copyOf(extraRoles);
        declaredBy = declaredBy == null ? Optional.empty() : declaredBy;
    }

    /** True when the theory declares primary or secondary functions. */
    public boolean declared() {
        return !primary.isEmpty() || !secondary.isEmpty();
    }

    /** Primary, then secondary. */
    public List<NetworkFunction> functions() {
        List<NetworkFunction> all = new java.util.ArrayList<>(primary);
        secondary.stream().filter(f -> !all.contains(f)).forEach(all::add);
        return all;
    }

    /** The backbone roles this network uses: the five, then the ones it names. */
    public List<String> roles() {
        List<String> all = new java.util.ArrayList<>(BackboneRole.known());
        extraRoles.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return all;
    }

    /** "primary", "secondary" or empty, for reports. */
    public Optional<String> rank(NetworkFunction function) {
        if (primary.contains(function)) {
            return Optional.of("primary");
        }
        return secondary.contains(function) ? Optional.of("secondary") : Optional.empty();
    }
}
