package org.tocworkbench.render;

import java.util.Objects;

/**
 * One node's progress for the overlay: a status and, when known, the percentage of the way
 * from baseline to target (may be below 0 or above 100; null when there is none).
 *
 * <p>The overlay is a map from node id to {@code NodeStatus}, passed in
 * {@link DiagramOptions#withProgress}. With an overlay, nodes absent from the map are drawn white
 * ("no status") so that only statuses are coloured; nodes outside the view stay grey; ids that
 * are not nodes of the theory are ignored.
 */
public record NodeStatus(ProgressStatus status, Double percent) {
    public NodeStatus {
        Objects.requireNonNull(status, "status");
        if (percent != null && (percent.isNaN() || percent.isInfinite())) {
            percent = null;
        }
    }

    public static NodeStatus of(ProgressStatus status) {
        return new NodeStatus(status, null);
    }

    public static NodeStatus of(ProgressStatus status, double percent) {
        return new NodeStatus(status, percent);
    }

    /** "on track · 45%", or just "no data". */
    public String label() {
        return percent == null ? status.label() : status.label() + " · " + Math.round(percent) + "%";
    }
}
