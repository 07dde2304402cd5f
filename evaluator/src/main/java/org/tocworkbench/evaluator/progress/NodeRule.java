package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Node;

/**
 * A node's progress from its indicators: the mean progress (each indicator counted at most 100%,
 * so that one target far exceeded does not hide another one missed) and the worst status (a
 * result is only as far along as its weakest measure says). Indicators without a rating are left
 * out of both and mentioned in a note.
 */
public final class NodeRule {
    /** Said in reports, so that readers know how a node's status was reached. */
    public static final String METHOD = "node progress is the mean of its indicators' progress (each at most 100%);"
            + " node status is the worst status among its indicators";

    private NodeRule() {
    }

    public static NodeProgress evaluate(Node node, Map<String, IndicatorProgress> indicators) {
        List<String> ids = node.indicators().stream().filter(indicators::containsKey).toList();
        if (ids.isEmpty()) {
            return new NodeProgress(node.id(), Double.NaN, Status.NOT_RATED, List.of(), List.of("no indicator"));
        }
        List<Status> statuses = new ArrayList<>();
        double sum = 0;
        int counted = 0;
        int unrated = 0;
        for (String id : ids) {
            IndicatorProgress p = indicators.get(id);
            statuses.add(p.status());
            if (!p.status().isRated()) {
                unrated++;
            }
            if (p.status().isRated() && !Double.isNaN(p.progress())) {
                sum += Math.min(p.progress(), 100);
                counted++;
            }
        }
        Status status = Status.worstOf(statuses);
        List<String> notes = new ArrayList<>();
        if (status.isRated() && unrated > 0) {
            notes.add(unrated + " of " + ids.size() + " indicators not rated (no data, not started or no target)");
        }
        return new NodeProgress(node.id(), counted == 0 ? Double.NaN : sum / counted, status, ids, notes);
    }
}
