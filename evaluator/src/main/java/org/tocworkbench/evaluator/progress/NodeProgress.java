package org.tocworkbench.evaluator.progress;

import java.util.List;

/**
 * Where a result (impact, outcome, output, activity) stands, from its indicators: progress is
 * the mean of their progress (each counted at most 100%), status the worst of their statuses.
 *
 * @param progress   NaN when no indicator has a progress
 * @param indicators the node's indicators, in declaration order
 */
public record NodeProgress(String nodeId, double progress, Status status, List<String> indicators, List<String> notes) {
    public NodeProgress {
        indicators = List.copyOf(indicators);
        notes = List.copyOf(notes);
    }
}
