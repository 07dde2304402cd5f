package org.tocworkbench.evaluator.report;

import java.util.Optional;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.series.Derivation;
import org.tocworkbench.evaluator.series.Derivation.DerivedValue;

/**
 * The "how it was made" of values computed from records, as every report writes it: the actual
 * value's own derivation ({@code 62% (31 of 50)}) and one line on the records read and left out.
 */
final class Derivations {
    private Derivations() {
    }

    /** How the indicator's actual value was made, when it was computed from records and is one period's value. */
    static Optional<String> actual(Evaluation e, IndicatorProgress p) {
        if (p.actualPeriod() == null || p.periodsUsed() > 1) {
            return Optional.empty();
        }
        return e.derivation(p.indicatorId()).flatMap(d -> value(d, p.actualPeriod(), "")).map(DerivedValue::how);
    }

    /** How a group's value in the actual period was made. */
    static Optional<String> group(Evaluation e, IndicatorProgress p, String group) {
        if (p.actualPeriod() == null || p.periodsUsed() > 1) {
            return Optional.empty();
        }
        return e.derivation(p.indicatorId()).flatMap(d -> value(d, p.actualPeriod(), group)).map(DerivedValue::how);
    }

    private static Optional<DerivedValue> value(Derivation d, String period, String group) {
        return d.values().stream().filter(v -> v.period().label().equals(period) && v.group().equals(group))
                .findFirst();
    }

    /** The section heading every report uses. */
    static final String HEADING = "How computed values were made";

    /** The sentence under the heading. */
    static final String INTRO = "Indicators computed from records (docs/records.md): the definition, the records read"
            + " and left out (and why), and each value with its numerator and denominator.";
}
