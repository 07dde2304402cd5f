package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * A result in the chain: impact, outcome, output, activity or precondition.
 *
 * @param keyword      the keyword as written ({@code goal}, {@code intervention}, ...)
 * @param label        a short label for diagrams ({@code label "..."}); the title is the full statement
 * @param horizon      null when not given (and for kinds other than outcome/precondition)
 * @param contributors ids of the actors that contribute ({@code by})
 * @param owner        id of the accountable actor, or null
 * @param assumptions  ids of the assumptions the node rests on (declared with {@code assumes} or nested)
 * @param indicators   ids of the indicators that measure it
 * @param backbonePlays the backbone roles backbone actors play for this result ({@code backbone HUB plays broker})
 */
public record Node(String id, NodeKind kind, String keyword, String title, Optional<String> label, String description, Horizon horizon,
                   List<String> contributors, String owner, List<NetworkFunction> functions, List<String> assumptions,
                   List<String> indicators, Span span, Span idSpan, List<BackbonePlay> backbonePlays) {
    public Node(String id, NodeKind kind, String keyword, String title, Optional<String> label, String description,
                Horizon horizon, List<String> contributors, String owner, List<NetworkFunction> functions,
                List<String> assumptions, List<String> indicators, Span span, Span idSpan) {
        this(id, kind, keyword, title, label, description, horizon, contributors, owner, functions, assumptions,
                indicators, span, idSpan, List.of());
    }

    public Node {
        backbonePlays = backbonePlays == null ? List.of() : List.copyOf(backbonePlays);
        contributors = List.copyOf(contributors);
        functions = List.copyOf(functions);
        assumptions = List.copyOf(assumptions);
        indicators = List.copyOf(indicators);
        description = description == null ? "" : description;
        label = label == null ? Optional.empty() : label;
    }

    /** The actors it names: contributors ({@code by}), then the owner when it is not one of them. */
    public List<String> actors() {
        if (owner == null || contributors.contains(owner)) {
            return contributors;
        }
        List<String> all = new java.util.ArrayList<>(contributors);
        all.add(owner);
        return List.copyOf(all);
    }

    /** Tagged with at least one network function (as opposed to organisational ones only). */
    public boolean servesNetworkFunction() {
        return functions.stream().anyMatch(NetworkFunction::isNetworkFunction);
    }

    /** What a diagram shows in the box: the short label when there is one, else the title. */
    public String shortTitle() {
        return label.orElse(title);
    }

    /**
     * Rank in the results chain for drawing and for the backward-link rule: activity 0, output 1,
     * short-term outcome 2, medium 3, long 4, impact 5. Outcomes and preconditions without a
     * horizon sit at the medium rank.
     */
    public int rank() {
        return switch (kind) {
            case ACTIVITY -> 0;
            case OUTPUT -> 1;
            case OUTCOME, PRECONDITION -> horizon == null ? 3 : 2 + horizon.ordinal();
            case IMPACT -> 5;
        };
    }
}
