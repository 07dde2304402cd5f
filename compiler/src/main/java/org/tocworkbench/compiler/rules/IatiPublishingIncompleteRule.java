package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.ReportingOrganisation;

/**
 * An IATI activity file names its activity and its publisher with a type: a theory that writes
 * one of the publishing words ({@code identifier}, {@code reporting org}) but not the rest leaves
 * {@code toc export --format iati} asking for the missing part on every run. A theory that writes
 * none of them is not meant for IATI and is left alone.
 */
public final class IatiPublishingIncompleteRule implements Rule {
    @Override
    public Code code() {
        return Code.IATI_PUBLISHER_INCOMPLETE;
    }

    @Override
    public void check(RuleContext context) {
        Metadata metadata = context.theory().metadata();
        if (metadata.identifier().isPresent() && metadata.reportingOrg().isEmpty()) {
            String id = metadata.identifier().get();
            int dash = id.lastIndexOf('-');
            String ref = dash > 0 ? id.substring(0, dash) : "REF";
            context.report(Diagnostic.of(code(), metadata.identifierSpan(), "the theory names its IATI activity but"
                            + " not the organisation that publishes it")
                    .label("no `reporting org` in the theory")
                    .help("add `reporting org \"" + ref + "\" \"NAME\" type TYPE` to the theory block (or give"
                            + " --reporting-org and --reporting-org-type at every export)"));
        }
        if (metadata.reportingOrg().isEmpty()) {
            return;
        }
        ReportingOrganisation org = metadata.reportingOrg().get();
        if (metadata.identifier().isEmpty()) {
            context.report(Diagnostic.of(code(), org.span(), "the theory names its IATI publisher but not the"
                            + " activity's identifier")
                    .label("no `identifier` in the theory")
                    .help("add `identifier \"" + org.ref() + "-...\"` (the organisation's identifier, a hyphen, the"
                            + " activity's own id) to the theory block, or give --identifier at every export"));
        }
        if (org.type().isEmpty() && org.typeSpan().isNone()) {
            context.report(Diagnostic.of(code(), org.span(), "`reporting org` without a type: an IATI file gives"
                            + " its publisher's organisation type")
                    .label("no `type`")
                    .help("end the line with `type` and the IATI organisation type, e.g. `type international-ngo`"
                            + " (21) or `type government` (10)"));
        }
    }
}
