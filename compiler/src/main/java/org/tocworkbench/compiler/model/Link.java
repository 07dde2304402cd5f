package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * "from leads to to". {@code kind}, {@code strength} and {@code rationale} are null/empty when not
 * given. A {@code feedback} link closes a loop on purpose and is left out of cycle checks.
 */
public record Link(String from, String to, LinkKind kind, Level strength, String rationale, List<String> assumptions,
                   boolean feedback, Span span, Span fromSpan, Span toSpan) {
    public Link {
        assumptions = List.copyOf(assumptions);
        rationale = rationale == null ? "" : rationale;
    }

    public String key() {
        return from + " -> " + to;
    }

    /**
     * From the two ends only: links are edges of JGraphT graphs, which look them up by hash on every
     * step of a traversal, and the generated record hash walks every field, spans and list included.
     * Equal links have equal ends, so this agrees with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(from) + java.util.Objects.hashCode(to);
    }
}
