package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.ReportingOrganisation;

/**
 * IATI's rule for activity identifiers: the reporting organisation's identifier, a hyphen, then
 * the activity's own id ({@code GB-GOV-1} publishes {@code GB-GOV-1-300123}), so that identifiers
 * are unique across publishers. A mismatch is usually a typing slip in one of the two, or an
 * activity published by another organisation than the one named.
 */
public final class ActivityIdentifierPrefixRule implements Rule {
    @Override
    public Code code() {
        return Code.IDENTIFIER_WITHOUT_ORG_PREFIX;
    }

    @Override
    public void check(RuleContext context) {
        Metadata metadata = context.theory().metadata();
        if (metadata.identifier().isEmpty() || metadata.reportingOrg().isEmpty()) {
            return;
        }
        String id = metadata.identifier().get();
        ReportingOrganisation org = metadata.reportingOrg().get();
        if (id.isBlank() || org.ref().isBlank() || id.startsWith(org.ref() + "-")) {
            return;
        }
        context.report(Diagnostic.of(code(), metadata.identifierSpan(), "the activity identifier `" + id
                        + "` does not start with the reporting organisation's identifier `" + org.ref() + "-`")
                .label("IATI expects `" + org.ref() + "-` first")
                .note("the reporting organisation is named at " + org.span())
                .note("an IATI activity identifier is its publisher's identifier, a hyphen and the activity's own id,"
                        + " e.g. `" + org.ref() + "-P12`")
                .help("correct the identifier or the `reporting org`, whichever has the slip"));
    }
}
