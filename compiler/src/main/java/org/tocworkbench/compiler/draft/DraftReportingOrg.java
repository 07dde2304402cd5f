package org.tocworkbench.compiler.draft;

import java.util.Optional;
import org.tocworkbench.compiler.model.OrganisationType;

/**
 * The organisation that publishes an imported activity (an IATI file's {@code reporting-org}),
 * written into the theory as {@code reporting org "REF" "NAME" type WORD}.
 *
 * @param name the organisation's name, when the source gives one other than its ref
 * @param type its IATI organisation type, when the source gives a known one
 */
public record DraftReportingOrg(String ref, Optional<String> name, Optional<OrganisationType> type) {
    public DraftReportingOrg {
        name = name == null ? Optional.empty() : name.map(String::strip).filter(n -> !n.isEmpty() && !n.equals(ref));
        type = type == null ? Optional.empty() : type;
    }
}
