package org.tocworkbench.evaluator.progress;

import java.time.Clock;
import java.time.LocalDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.series.GroupSeries;
import org.tocworkbench.evaluator.series.IndicatorSeries;
import org.tocworkbench.evaluator.series.ObservedData;

/**
 * Which date an evaluation looks at, in order of preference: the date given (e.g.
 * {@code --as-of}), the theory's {@code as of} (end of that period), the end of the latest period
 * in the data, and only then today — so that the same inputs give the same report.
 */
public record AsOfDate(LocalDate date, String source) {
    public static AsOfDate resolve(LocalDate given, Theory theory, ObservedData data, Clock clock) {
        if (given != null) {
            return new AsOfDate(given, "given");
        }
        if (theory.metadata().asOf() != null) {
            return new AsOfDate(theory.metadata().asOf().end(), "the as-of date in the theory");
        }
        LocalDate latest = null;
        for (IndicatorSeries series : data.all().values()) {
            for (GroupSeries group : series.groups()) {
                if (group.size() > 0 && (latest == null || group.end(group.size() - 1).isAfter(latest))) {
                    latest = group.end(group.size() - 1);
                }
            }
        }
        if (latest != null) {
            return new AsOfDate(latest, "the end of the latest period in the data");
        }
        return new AsOfDate(LocalDate.now(clock), "today (no `as of` in the theory and no data)");
    }
}
