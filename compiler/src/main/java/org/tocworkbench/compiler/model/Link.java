package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * "from leads to to". {@code kind}, {@code strength} and {@code rationale} are null/empty when not
 * given. A {@code feedback} link closes a loop on purpose and is left out of cycle checks.
 *
 * @param assumptions           the assumptions written on the link itself ({@code assumes})
 * @param inferred              the transcriber added the link: the source implies it but does not state it
 * @param inferredBasis         why the link is inferred (empty when not said)
 * @param transitionAssumptions the assumptions of the {@code transition} statements that cover the link
 */
public record Link(String from, String to, LinkKind kind, Level strength, String rationale, List<String> assumptions,
                   boolean feedback, boolean inferred, String inferredBasis, List<String> transitionAssumptions,
                   Span span, Span fromSpan, Span toSpan) {
    public Link {
        assumptions = List.copyOf(assumptions);
        rationale = rationale == null ? "" : rationale;
        inferredBasis = inferredBasis == null ? "" : inferredBasis;
        transitionAssumptions = List.copyOf(transitionAssumptions);
    }

    /** Every assumption the link rests on: its own, then those of the transitions that cover it. */
    public List<String> allAssumptions() {
        if (transitionAssumptions.isEmpty()) {
            return assumptions;
        }
        List<String> all = new java.util.ArrayList<>(assumptions);
        transitionAssumptions.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return List.copyOf(all);
    }

    public Link withTransitionAssumptions(List<String> more) {
        List<String> all = new java.util.ArrayList<>(transitionAssumptions);
        more.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return new Link(from, to, kind, strength, rationale, assumptions, feedback, inferred, inferredBasis, all, span,
                fromSpan, toSpan);
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
