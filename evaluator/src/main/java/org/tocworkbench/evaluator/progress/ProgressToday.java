package org.tocworkbench.evaluator.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tocworkbench.compiler.whatif.CurrentProgress;

/**
 * An evaluation's result statuses as the what-if answer reads them (docs/what-if.md): which of
 * the results a failure takes with it are on track today. For {@code toc what-if} and the
 * language server's "what if this fails?".
 */
public final class ProgressToday {
    private ProgressToday() {
    }

    public static CurrentProgress of(Evaluation evaluation) {
        Map<String, CurrentProgress.Status> byResult = new LinkedHashMap<>();
        for (NodeProgress node : evaluation.nodes().values()) {
            byResult.put(node.nodeId(), new CurrentProgress.Status(node.status().id(), node.status().label(),
                    node.status().isGood()));
        }
        return new CurrentProgress(evaluation.settings().asOf().toString(), byResult);
    }
}
