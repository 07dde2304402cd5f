package org.tocworkbench.evaluator.progress;

import java.util.List;

/**
 * Where a pathway stands: its nodes in chain order (upstream first), its progress (mean of its
 * nodes' progress), its status (the worst of its nodes'), and its bottleneck — the most upstream
 * node that is off track — with the nodes downstream of it that it holds up.
 *
 * @param bottleneck null when no node is off track
 * @param heldUp     pathway nodes downstream of the bottleneck, in chain order
 */
public record PathwayProgress(String pathwayId, String title, List<Step> steps, double progress, Status status,
                              String bottleneck, List<String> heldUp, List<InconsistentLink> inconsistentLinks,
                              List<String> notes) {
    public PathwayProgress {
        steps = List.copyOf(steps);
        heldUp = List.copyOf(heldUp);
        inconsistentLinks = List.copyOf(inconsistentLinks);
        notes = List.copyOf(notes);
    }

    /** One node of the pathway, in chain order. */
    public record Step(String nodeId, Status status, double progress) {
    }
}
