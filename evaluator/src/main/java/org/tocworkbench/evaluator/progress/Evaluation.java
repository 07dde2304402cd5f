package org.tocworkbench.evaluator.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.series.DataIssues;
import org.tocworkbench.evaluator.series.Derivation;

/**
 * The finished evaluation of a theory against its monitoring data at an as-of date: everything
 * a report shows, computed. Report writers read it and compute nothing. Maps and lists follow
 * the theory's declaration order.
 *
 * @param asOfSource where the as-of date came from (e.g. {@code the theory's as of})
 * @param observationCount how many observations were read
 * @param derivations how the values of indicators computed from records were made, by indicator id
 * @param iptt        the Indicator Performance Tracking Table: every indicator period by period
 */
public record Evaluation(Theory theory, ProgressSettings settings, String asOfSource,
                         Map<String, IndicatorProgress> indicators, Map<String, NodeProgress> nodes,
                         List<PathwayProgress> pathways, List<InconsistentLink> inconsistentLinks,
                         List<AssumptionProgress> assumptions, List<Rollup> byActor, List<Rollup> byFunction,
                         DataIssues issues, long observationCount, Map<String, Derivation> derivations,
                         org.tocworkbench.evaluator.iptt.Iptt iptt) {
    public Evaluation {
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        pathways = List.copyOf(pathways);
        inconsistentLinks = List.copyOf(inconsistentLinks);
        assumptions = List.copyOf(assumptions);
        byActor = List.copyOf(byActor);
        byFunction = List.copyOf(byFunction);
        derivations = Collections.unmodifiableMap(new LinkedHashMap<>(derivations));
    }

    /** How an indicator computed from records got its values, if it is one. */
    public java.util.Optional<Derivation> derivation(String indicatorId) {
        return java.util.Optional.ofNullable(derivations.get(indicatorId));
    }

    /** The theory read as a network's: functions, actors, backbone, diversity, structures, learning (docs/network.md). */
    public NetworkLens network() {
        return NetworkLensRule.of(this);
    }

    /** The rules behind node and pathway figures, as reports state them. */
    public static List<String> methods() {
        return List.of(IndicatorRule.METHOD, NodeRule.METHOD, PathwayRule.METHOD);
    }
}
