package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * A named route through the theory, from activities towards the impact. Declared pathways list
 * their members (from chains and {@code members}); when none is declared the compiler derives one
 * per path to the impact ({@code derived}).
 *
 * @param nodes the members in order of first mention
 * @param links the links the pathway's chains name, as "from -> to" keys
 */
public record Pathway(String id, String title, String description, List<String> nodes, List<String> links,
                      List<NetworkFunction> functions, boolean derived, Span span) {
    public Pathway {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        functions = List.copyOf(functions);
        description = description == null ? "" : description;
    }
}
