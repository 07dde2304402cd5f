package org.tocworkbench.evaluator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.evaluator.iptt.IpttIndicator;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.Status;

/**
 * The indicators at risk or off track with the narrative the data give for each (the latest
 * comment or deviation narrative up to the as-of date): what a donor reads first. Off track
 * before at risk, then in the theory's order.
 */
final class Deviations {
    /** Shown where the data give no narrative, so that the officer knows to write one. */
    static final String NONE = "no explanation given in the data";

    record Deviation(IndicatorProgress progress, Optional<IpttIndicator.Narrative> narrative) {
    }

    private Deviations() {
    }

    /**
     * What the reports say when no indicator is at risk or off track: that every rated one is on
     * track or achieved, or, when none is rated (nothing reported by the as-of date), just that.
     */
    static String noneSentence(Evaluation e) {
        boolean anyRated = e.indicators().values().stream().anyMatch(p -> p.status().isRated());
        return anyRated ? "None: every rated indicator is on track or achieved."
                : "None rated: no indicator has a status as of " + e.settings().asOf()
                        + " (no values reported yet, or no targets to rate them against).";
    }

    static List<Deviation> of(Evaluation e) {
        List<Deviation> deviations = new ArrayList<>();
        for (Status status : List.of(Status.OFF_TRACK, Status.AT_RISK)) {
            for (IndicatorProgress p : e.indicators().values()) {
                if (p.status() == status) {
                    deviations.add(new Deviation(p, e.iptt().indicator(p.indicatorId())
                            .flatMap(IpttIndicator::narrative)));
                }
            }
        }
        return deviations;
    }
}
