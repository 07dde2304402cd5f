package org.tocworkbench.evaluator.progress;

import java.util.List;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.Level;

/**
 * What is known about an assumption at the as-of date: its declared evidence status and risk,
 * the status of the indicators that monitor it, and the resulting outlook.
 *
 * @param risk             null when not rated
 * @param monitoring       the worst status among its monitoring indicators ({@code not rated} when none)
 * @param indicators       ids of the monitoring indicators
 * @param outlook          see {@link Outlook}
 * @param reason           why the outlook is what it is, in plain words
 * @param links            the links that rest on it, as "from -> to"
 * @param nodes            the nodes that rest on it
 */
public record AssumptionProgress(String assumptionId, Level risk, EvidenceStatus evidence, Status monitoring,
                                 List<String> indicators, Outlook outlook, String reason, List<String> links,
                                 List<String> nodes) {
    public AssumptionProgress {
        indicators = List.copyOf(indicators);
        links = List.copyOf(links);
        nodes = List.copyOf(nodes);
    }

    /** Whether the assumption still looks safe to rely on. */
    public enum Outlook {
        /** Refuted by evidence, or a monitoring indicator is off track. */
        FAILING("failing"),
        /** Contested, a monitoring indicator at risk, or high risk and still untested. */
        WATCH("watch"),
        /** Supported, or monitored with every indicator on track, and nothing against it. */
        HOLDING("holding"),
        /** Untested and not (yet) monitored. */
        UNKNOWN("unknown");

        private final String label;

        Outlook(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
