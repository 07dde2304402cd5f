package org.tocworkbench.evaluator.progress;

import java.util.Collection;

/**
 * Where a result stands at the as-of date. The first four are ratings (from best to worst); the
 * others say why there is no rating.
 */
public enum Status {
    ACHIEVED("achieved", 0),
    ON_TRACK("on track", 1),
    AT_RISK("at risk", 2),
    OFF_TRACK("off track", 3),
    /** Data were expected by the as-of date and there are none. */
    NO_DATA("no data", -1),
    /** Nothing is expected yet (the as-of date is on or before the baseline) and nothing was reported. */
    NOT_STARTED("not started", -1),
    /** No rating is possible: no target, qualitative text, or no indicator at all. */
    NOT_RATED("not rated", -1);

    private final String label;
    private final int severity;

    Status(String label, int severity) {
        this.label = label;
        this.severity = severity;
    }

    /** As shown in reports: {@code on track}. */
    public String label() {
        return label;
    }

    /** Stable machine-readable form: {@code on-track}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** True for achieved, on track, at risk and off track. */
    public boolean isRated() {
        return severity >= 0;
    }

    /** True for achieved and on track. */
    public boolean isGood() {
        return this == ACHIEVED || this == ON_TRACK;
    }

    /** 0 (achieved) to 3 (off track); -1 when not rated. */
    public int severity() {
        return severity;
    }

    /**
     * The worst rating among {@code statuses}; when none is rated: {@code no data} if any has no
     * data, else {@code not started} if any has not started, else {@code not rated}.
     */
    public static Status worstOf(Collection<Status> statuses) {
        Status worst = null;
        for (Status s : statuses) {
            if (s.isRated() && (worst == null || s.severity > worst.severity)) {
                worst = s;
            }
        }
        if (worst != null) {
            return worst;
        }
        if (statuses.contains(NO_DATA)) {
            return NO_DATA;
        }
        return statuses.contains(NOT_STARTED) ? NOT_STARTED : NOT_RATED;
    }
}
