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
 */
public record TheoryDraft(List<String> header, String title, Optional<String> periodStart, Optional<String> periodEnd,
                          List<DraftResult> results, List<DraftLink> links, List<DraftAssumption> assumptions,
                          List<String> notes, List<String> data, String description) {
    public TheoryDraft {
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
                description);
    }

    /** The same draft with a description. */
    public TheoryDraft withDescription(String text) {
        return new TheoryDraft(header, title, periodStart, periodEnd, results, links, assumptions, notes, data, text);
    }

    /** Every indicator of every result, in order. */
    public List<DraftIndicator> indicators() {
        return results.stream().flatMap(r -> r.indicators().stream()).toList();
    }
}
