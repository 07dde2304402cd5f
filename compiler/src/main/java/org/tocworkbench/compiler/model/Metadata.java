package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * The theory's title block. Dates are null when not given.
 *
 * @param ceiling the ceiling of accountability: a horizon word or a node id (null when none)
 * @param points  the named evaluation points ({@code point midterm at 2026-06}), in the order written
 */
public record Metadata(String title, String version, List<String> authors, PeriodDate periodStart,
                       PeriodDate periodEnd, PeriodDate asOf, String ceiling, Span ceilingSpan, String description,
                       Span span, Span periodSpan, Span asOfSpan, List<EvaluationPoint> points) {
    public static final Metadata EMPTY = new Metadata("", "", List.of(), null, null, null, null, Span.none(), "",
            Span.none(), Span.none(), Span.none(), List.of());

    public Metadata(String title, String version, List<String> authors, PeriodDate periodStart,
                    PeriodDate periodEnd, PeriodDate asOf, String ceiling, Span ceilingSpan, String description,
                    Span span, Span periodSpan, Span asOfSpan) {
        this(title, version, authors, periodStart, periodEnd, asOf, ceiling, ceilingSpan, description, span,
                periodSpan, asOfSpan, List.of());
    }

    public Metadata {
        authors = List.copyOf(authors);
        points = points == null ? List.of() : List.copyOf(points);
        title = title == null ? "" : title;
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        periodSpan = periodSpan == null ? span : periodSpan;
        asOfSpan = asOfSpan == null ? span : asOfSpan;
    }
}
