package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * The theory's title block. Dates are null when not given.
 *
 * @param ceiling the ceiling of accountability: a horizon word or a node id (null when none)
 * @param points  the named evaluation points ({@code point midterm at 2026-06}), in the order written
 * @param current the version line's date, level and reason, when it gives any
 *                ({@code version "2.0" at 2026-03-15 because "..."})
 * @param changes the {@code changes { ... }} block: earlier versions, in the order written
 * @param identifier     the IATI activity identifier ({@code identifier "GB-GOV-1-300123"}), when written
 * @param identifierSpan where it is written ({@link Span#none()} when it is not)
 * @param reportingOrg   the organisation that publishes the activity to IATI ({@code reporting org ...}), when written
 */
public record Metadata(String title, String version, List<String> authors, PeriodDate periodStart,
                       PeriodDate periodEnd, PeriodDate asOf, String ceiling, Span ceilingSpan, String description,
                       Span span, Span periodSpan, Span asOfSpan, List<EvaluationPoint> points,
                       java.util.Optional<ChangeRecord> current, List<ChangeRecord> changes,
                       java.util.Optional<String> identifier, Span identifierSpan,
                       java.util.Optional<ReportingOrganisation> reportingOrg) {
    public static final Metadata EMPTY = new Metadata("", "", List.of(), null, null, null, null, Span.none(), "",
            Span.none(), Span.none(), Span.none(), List.of());

    /** A title block without IATI publishing words. */
    public Metadata(String title, String version, List<String> authors, PeriodDate periodStart,
                    PeriodDate periodEnd, PeriodDate asOf, String ceiling, Span ceilingSpan, String description,
                    Span span, Span periodSpan, Span asOfSpan, List<EvaluationPoint> points,
                    java.util.Optional<ChangeRecord> current, List<ChangeRecord> changes) {
        this(title, version, authors, periodStart, periodEnd, asOf, ceiling, ceilingSpan, description, span,
                periodSpan, asOfSpan, points, current, changes, java.util.Optional.empty(), Span.none(),
                java.util.Optional.empty());
    }

    public Metadata(String title, String version, List<String> authors, PeriodDate periodStart,
                    PeriodDate periodEnd, PeriodDate asOf, String ceiling, Span ceilingSpan, String description,
                    Span span, Span periodSpan, Span asOfSpan, List<EvaluationPoint> points) {
        this(title, version, authors, periodStart, periodEnd, asOf, ceiling, ceilingSpan, description, span,
                periodSpan, asOfSpan, points, java.util.Optional.empty(), List.of());
    }

    public Metadata(String title, String version, List<String> authors, PeriodDate periodStart,
                    PeriodDate periodEnd, PeriodDate asOf, String ceiling, Span ceilingSpan, String description,
                    Span span, Span periodSpan, Span asOfSpan) {
        this(title, version, authors, periodStart, periodEnd, asOf, ceiling, ceilingSpan, description, span,
                periodSpan, asOfSpan, List.of());
    }

    public Metadata {
        authors = List.copyOf(authors);
        points = points == null ? List.of() : List.copyOf(points);
        current = current == null ? java.util.Optional.empty() : current;
        changes = changes == null ? List.of() : List.copyOf(changes);
        identifier = identifier == null ? java.util.Optional.empty() : identifier;
        identifierSpan = identifierSpan == null ? Span.none() : identifierSpan;
        reportingOrg = reportingOrg == null ? java.util.Optional.empty() : reportingOrg;
        title = title == null ? "" : title;
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        periodSpan = periodSpan == null ? span : periodSpan;
        asOfSpan = asOfSpan == null ? span : asOfSpan;
    }

    /**
     * The record of changes: the {@code changes} entries in the order written, then the current
     * version's own line when it says when or why and the block does not list that version.
     */
    public List<ChangeRecord> changeLog() {
        List<ChangeRecord> log = new java.util.ArrayList<>(changes);
        current.filter(c -> changes.stream().noneMatch(e -> e.version().equals(c.version()))).ifPresent(log::add);
        return List.copyOf(log);
    }
}
