package org.tocworkbench.evaluator.series;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the monitoring data, frozen: one series per indicator (in the order the
 * indicators were first seen), the data issues, and how many observations were read.
 */
public final class ObservedData {
    public static final ObservedData EMPTY = new ObservedData(Map.of(), DataIssues.NONE, 0, Map.of());

    private final Map<String, IndicatorSeries> series;
    private final DataIssues issues;
    private final long observationCount;
    private final Map<String, Derivation> derivations;

    ObservedData(Map<String, IndicatorSeries> series, DataIssues issues, long observationCount,
                 Map<String, Derivation> derivations) {
        this.derivations = Collections.unmodifiableMap(new LinkedHashMap<>(derivations));
        this.series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        this.issues = issues;
        this.observationCount = observationCount;
    }

    public Optional<IndicatorSeries> series(String indicatorId) {
        return Optional.ofNullable(series.get(indicatorId));
    }

    public Map<String, IndicatorSeries> all() {
        return series;
    }

    public DataIssues issues() {
        return issues;
    }

    public long observationCount() {
        return observationCount;
    }

    /** How the values of indicators computed from records were made, by indicator id. */
    public Map<String, Derivation> derivations() {
        return derivations;
    }
}
