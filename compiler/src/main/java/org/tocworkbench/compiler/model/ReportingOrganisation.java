package org.tocworkbench.compiler.model;

import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * The organisation that publishes the theory's results to IATI ({@code reporting org "GB-GOV-1"
 * "FCDO" type government}): its IATI organisation identifier, its name when written, and its
 * organisation type when written and known.
 *
 * @param refSpan  where the identifier is written
 * @param typeSpan where the type is written ({@link Span#none()} when it is not)
 */
public record ReportingOrganisation(String ref, Optional<String> name, Optional<OrganisationType> type, Span span,
                                    Span refSpan, Span typeSpan) {
    public ReportingOrganisation {
        name = name == null ? Optional.empty() : name;
        type = type == null ? Optional.empty() : type;
    }

    /** The name to publish: the written one, else the identifier (as IATI tools show an unnamed publisher). */
    public String displayName() {
        return name.filter(n -> !n.isBlank()).orElse(ref);
    }
}
