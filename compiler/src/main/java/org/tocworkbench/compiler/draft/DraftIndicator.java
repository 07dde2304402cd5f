package org.tocworkbench.compiler.draft;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * One indicator of an imported result.
 *
 * @param codes           the indicator's codes in the source (kept as {@code code "..."})
 * @param unitLabel       what is counted ({@code unit count "people"}), empty when the source does not say
 * @param direction       the direction when the source states it
 * @param disaggregations the breakdowns the source reports (IATI dimension names)
 * @param notes           what the source leaves open about this indicator
 * @param scale           the labels of a scale, lowest first ({@code unit scale}); empty for other units
 * @param aggregation     how the values of several periods combine, when the source states one the
 *                        compiler would not derive ({@code aggregation mean})
 * @param cumulative      the source's values are running totals ({@code cumulative})
 * @param frequency       how often the source reports, when all its periods have one length ({@code frequency quarterly})
 */
public record DraftIndicator(String id, String title, String description, List<String> codes, UnitKind unit,
                             String unitLabel, Optional<Direction> direction, Optional<DraftValue> baseline,
                             List<DraftValue> milestones, Optional<DraftValue> target, List<String> disaggregations,
                             String source, List<String> notes, List<String> scale,
                             Optional<Aggregation> aggregation, boolean cumulative, Optional<Frequency> frequency) {
    public DraftIndicator {
        description = description == null ? "" : description;
        codes = List.copyOf(codes);
        unitLabel = unitLabel == null ? "" : unitLabel;
        milestones = List.copyOf(milestones);
        disaggregations = List.copyOf(disaggregations);
        source = source == null ? "" : source;
        notes = List.copyOf(notes);
        scale = List.copyOf(scale);
        aggregation = aggregation == null ? Optional.empty() : aggregation;
        frequency = frequency == null ? Optional.empty() : frequency;
    }

    /** An indicator whose source states no frequency. */
    public DraftIndicator(String id, String title, String description, List<String> codes, UnitKind unit,
                          String unitLabel, Optional<Direction> direction, Optional<DraftValue> baseline,
                          List<DraftValue> milestones, Optional<DraftValue> target, List<String> disaggregations,
                          String source, List<String> notes, List<String> scale,
                          Optional<Aggregation> aggregation, boolean cumulative) {
        this(id, title, description, codes, unit, unitLabel, direction, baseline, milestones, target, disaggregations,
                source, notes, scale, aggregation, cumulative, Optional.empty());
    }
}
