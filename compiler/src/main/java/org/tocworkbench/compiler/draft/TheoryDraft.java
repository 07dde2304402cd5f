package org.tocworkbench.compiler.draft;

import java.util.List;
import java.util.Optional;

/**
 * A theory read from another format (a donor logframe, an IATI activity, a JSON model) before it
 * is written as a {@code .toc} file: only what the source says, plus the notes that tell the
 * evaluator what the source left open. {@link org.tocworkbench.compiler.format.DraftWriter} turns
 * it into text.
 *
 * @param header      comment lines for the top of the file (where the theory came from)
 * @param title       the theory's title
 * @param periodStart the first date of the theory's period, in {@code .toc} date form
 * @param periodEnd   the last date of the period
 * @param results     the results, in the order the source lists them
 * @param links       the links the source states or implies
 * @param assumptions assumptions with a home (a result) or without one ({@code result} empty)
 * @param notes       what the source does not say about the theory as a whole
 * @param data        monitoring files to bind (e.g. the actuals of an IATI file), relative to the theory
 * @param description the theory's description, as the source gives it (may span lines)
 * @param identifier  the IATI activity identifier the source gives
 * @param reportingOrg the organisation that publishes the activity, as the source gives it
 */
public record TheoryDraft(List<String> header, String title, Optional<String> periodStart, Optional<String> periodEnd,
                          List<DraftResult> results, List<DraftLink> links, List<DraftAssumption> assumptions,
                          List<String> notes, List<String> data, String description, Optional<String> identifier,
                          Optional<DraftReportingOrg> reportingOrg) {
    /** A draft that names no IATI activity or publisher. */
    public TheoryDraft(List<String> header, String title, Optional<String> periodStart, Optional<String> periodEnd,
                       List<DraftResult> results, List<DraftLink> links, List<DraftAssumption> assumptions,
                       List<String> notes, List<String> data, String description) {
        this(header, title, periodStart, periodEnd, results, links, assumptions, notes, data, description,
                Optional.empty(), Optional.empty());
    }

    public TheoryDraft {
        identifier = identifier == null ? Optional.empty() : identifier.map(String::strip).filter(i -> !i.isEmpty());
        reportingOrg = reportingOrg == null ? Optional.empty() : reportingOrg;
        header = List.copyOf(header);
        results = List.copyOf(results);
        links = List.copyOf(links);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
        data = List.copyOf(data);
        description = description == null ? "" : description.strip();
    }

    /** The same draft binding a monitoring file. */
    public TheoryDraft withData(String file) {
        List<String> files = new java.util.ArrayList<>(data);
        files.add(file);
        return new TheoryDraft(header, title, periodStart, periodEnd, results, links, assumptions, notes, files,
                description, identifier, reportingOrg);
    }

    /** The same draft with a description. */
    public TheoryDraft withDescription(String text) {
        return new TheoryDraft(header, title, periodStart, periodEnd, results, links, assumptions, notes, data, text,
                identifier, reportingOrg);
    }

    /** The same draft naming its IATI activity and the organisation that publishes it. */
    public TheoryDraft withPublishing(Optional<String> activityIdentifier, Optional<DraftReportingOrg> publisher) {
        return new TheoryDraft(header, title, periodStart, periodEnd, results, links, assumptions, notes, data,
                description, activityIdentifier, publisher);
    }

    /** Every indicator of every result, in order. */
    public List<DraftIndicator> indicators() {
        return results.stream().flatMap(r -> r.indicators().stream()).toList();
    }
}
