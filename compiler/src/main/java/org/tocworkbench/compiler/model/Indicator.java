package org.tocworkbench.compiler.model;

import java.util.List;
import org.tocworkbench.compiler.source.Span;

/**
 * A measure of a node or an assumption.
 *
 * @param subject           id of the node or assumption it measures
 * @param direction         given or inferred from baseline → target (see {@code directionInferred}); null if neither
 * @param baseline          null when not given
 * @param target            null when not given
 * @param milestones        in the order written
 * @param cumulative        true: each period adds to the running total; false: each value is a snapshot
 * @param responsible       actor id or null
 * @param plan              definition, threshold, method, and free-text responsible and frequency
 * @param codes             the codes data sources name it by, in the order written
 */
public record Indicator(String id, String title, String description, String subject, Unit unit, Direction direction,
                        boolean directionInferred, Measurement baseline, Measurement target,
                        List<Measurement> milestones, Aggregation aggregation, boolean cumulative,
                        List<String> disaggregations, String source, Frequency frequency, String responsible,
                        IndicatorPlan plan, Span span, Span idSpan, List<IndicatorCode> codes) {
    public Indicator {
        codes = List.copyOf(codes);
        milestones = List.copyOf(milestones);
        disaggregations = List.copyOf(disaggregations);
        description = description == null ? "" : description;
        source = source == null ? "" : source;
        plan = plan == null ? IndicatorPlan.EMPTY : plan;
    }

    /** The codes that hold in every data source, in the order written. */
    public List<String> unscopedCodes() {
        return codes.stream().filter(c -> !c.scoped()).map(IndicatorCode::code).toList();
    }
}
