package org.tocworkbench.evaluator.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.iptt.IpttBuilder;
import org.tocworkbench.evaluator.iptt.IpttPeriods;
import org.tocworkbench.evaluator.series.ObservedData;

/**
 * Joins a theory with its observed data at an as-of date: indicators, then nodes, links,
 * pathways, assumptions and roll-ups, each by its own rule. Pure: the same inputs give the same
 * {@link Evaluation}.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * The usual entry point: resolves the as-of date ({@link AsOfDate}: the one given, else the
     * theory's, else the latest period in the data, else today) and evaluates.
     *
     * @param givenAsOf the date from the command line, or null
     */
    public static Evaluation evaluate(Theory theory, ObservedData data, LocalDate givenAsOf, StatusBands bands) {
        return evaluate(theory, data, givenAsOf, bands, IpttPeriods.MONTHS);
    }

    /** As {@link #evaluate(Theory, ObservedData, LocalDate, StatusBands)}, with the IPTT in the periods chosen. */
    public static Evaluation evaluate(Theory theory, ObservedData data, LocalDate givenAsOf, StatusBands bands,
                                      IpttPeriods ipttPeriods) {
        AsOfDate asOf = AsOfDate.resolve(givenAsOf, theory, data, Clock.systemDefaultZone());
        return evaluate(theory, data, new ProgressSettings(asOf.date(), bands, ipttPeriods), asOf.source());
    }

    public static Evaluation evaluate(Theory theory, ObservedData data, ProgressSettings settings) {
        return evaluate(theory, data, settings, "given");
    }

    public static Evaluation evaluate(Theory theory, ObservedData data, ProgressSettings settings, String asOfSource) {
        Map<String, IndicatorProgress> indicators = new LinkedHashMap<>();
        for (Indicator indicator : theory.indicators().values()) {
            indicators.put(indicator.id(), IndicatorRule.evaluate(indicator, data.series(indicator.id()).orElse(null),
                    settings, theory.metadata().periodStart(), theory.metadata().periodEnd()));
        }
        for (Indicator indicator : theory.indicators().values()) {
            if (indicator.composite()) {
                indicators.put(indicator.id(), CompositeRule.evaluate(indicator, indicators));
            }
        }
        Map<String, NodeProgress> nodes = new LinkedHashMap<>();
        for (Node node : theory.nodes().values()) {
            nodes.put(node.id(), NodeRule.evaluate(node, indicators));
        }
        List<InconsistentLink> inconsistent = InconsistentLinkRule.find(theory, nodes);
        List<PathwayProgress> pathways = new ArrayList<>();
        for (Pathway pathway : theory.pathways()) {
            pathways.add(PathwayRule.evaluate(theory, pathway, nodes, inconsistent));
        }
        List<AssumptionProgress> assumptions = new ArrayList<>();
        for (Assumption assumption : theory.assumptions().values()) {
            assumptions.add(AssumptionRule.evaluate(theory, assumption, indicators));
        }
        return new Evaluation(theory, settings, asOfSource, indicators, nodes, pathways, inconsistent, assumptions,
                RollupRule.byActor(theory, nodes, indicators), RollupRule.byFunction(theory, nodes),
                AggregationOverflow.issues(theory.indicators().values(), data),
                data.observationCount(), data.derivations(), IpttBuilder.build(theory, data, indicators, settings));
    }
}
