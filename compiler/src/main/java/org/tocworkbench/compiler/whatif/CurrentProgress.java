package org.tocworkbench.compiler.whatif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the results stand in the monitoring data, for the what-if answer's warning: the affected
 * results that are on track today. Made by the command from an evaluation (the compiler does not
 * read monitoring data).
 *
 * @param asOf     the reporting date, as the evaluation states it
 * @param byResult each result's status, by result id
 */
public record CurrentProgress(String asOf, Map<String, Status> byResult) {
    public CurrentProgress {
        byResult = Collections.unmodifiableMap(new LinkedHashMap<>(byResult));
    }

    /**
     * One result's status.
     *
     * @param id    stable form ({@code on-track})
     * @param label as reports say it ({@code on track})
     * @param good  achieved or on track
     */
    public record Status(String id, String label, boolean good) {
    }
}
