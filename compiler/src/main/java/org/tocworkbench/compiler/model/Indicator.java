package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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
 * @param growth            a target trajectory stated as a rate ({@code growth 30% per year})
 * @param population        the denominator of a count ({@code population 1200 "households"})
 * @param parts             ids of the parts of a composite indicator ({@code OP2_1.rooms}), in order
 * @param partOf            the composite indicator this one is a part of
 */
public record Indicator(String id, String title, String description, String subject, Unit unit, Direction direction,
                        boolean directionInferred, Measurement baseline, Measurement target,
                        List<Measurement> milestones, Aggregation aggregation, boolean cumulative,
                        List<String> disaggregations, String source, Frequency frequency, String responsible,
                        IndicatorPlan plan, Span span, Span idSpan, List<IndicatorCode> codes, Optional<Growth> growth,
                        Optional<Population> population, List<String> parts, Optional<String> partOf) {
    public Indicator {
        codes = List.copyOf(codes);
        milestones = List.copyOf(milestones);
        disaggregations = List.copyOf(disaggregations);
        description = description == null ? "" : description;
        source = source == null ? "" : source;
        plan = plan == null ? IndicatorPlan.EMPTY : plan;
        growth = growth == null ? Optional.empty() : growth;
        population = population == null ? Optional.empty() : population;
        parts = List.copyOf(parts);
        partOf = partOf == null ? Optional.empty() : partOf;
    }

    /** An indicator with no growth, population or parts. */
    public Indicator(String id, String title, String description, String subject, Unit unit, Direction direction,
                     boolean directionInferred, Measurement baseline, Measurement target,
                     List<Measurement> milestones, Aggregation aggregation, boolean cumulative,
                     List<String> disaggregations, String source, Frequency frequency, String responsible,
                     IndicatorPlan plan, Span span, Span idSpan, List<IndicatorCode> codes) {
        this(id, title, description, subject, unit, direction, directionInferred, baseline, target, milestones,
                aggregation, cumulative, disaggregations, source, frequency, responsible, plan, span, idSpan, codes,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * The number a value stands for: as {@link Unit#numeric(Value)} reads it, except that on a
     * count with a population a percentage is that share of the population (80% of 1,200 is 960).
     */
    public OptionalDouble numeric(Value value) {
        return numeric(unit, population, value);
    }

    /** {@link #numeric(Value)} for a unit and population not yet in an indicator. */
    public static OptionalDouble numeric(Unit unit, Optional<Population> population, Value value) {
        if (value.kind() == Value.Kind.PERCENT && unit.kind() == UnitKind.COUNT && population.isPresent()) {
            OptionalDouble share = Unit.DEFAULT.numeric(new Value(value.raw(), Value.Kind.NUMBER, value.span()));
            return share.isPresent() ? OptionalDouble.of(population.get().countOf(share.getAsDouble())) : share;
        }
        return unit.numeric(value);
    }

    /** The baseline, the milestones and the target, those given, in that order. */
    public List<Measurement> measurements() {
        List<Measurement> all = new java.util.ArrayList<>(milestones.size() + 2);
        if (baseline != null) {
            all.add(baseline);
        }
        all.addAll(milestones);
        if (target != null) {
            all.add(target);
        }
        return all;
    }

    /** True for a composite indicator, whose progress is that of its parts. */
    public boolean composite() {
        return !parts.isEmpty();
    }

    /** The codes that hold in every data source, in the order written. */
    public List<String> unscopedCodes() {
        return codes.stream().filter(c -> !c.scoped()).map(IndicatorCode::code).toList();
    }
}
