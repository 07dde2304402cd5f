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
}
