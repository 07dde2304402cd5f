package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.List;
import org.tocworkbench.compiler.model.Direction;

/**
 * Where one indicator stands at the as-of date. Numbers are NaN and dates null when unknown.
 *
 * @param direction     the direction used (given, inferred by the compiler, or from the data)
 * @param baseline      the baseline used: as declared, or the first value when none is declared
 * @param actual        the actual at the as-of date (see {@link ActualRule})
 * @param actualText    the latest text reported, for qualitative indicators (or null)
 * @param actualDate    the end of the last period that went into the actual
 * @param actualPeriod  that period as the sheet wrote it
 * @param progress      percent of the way from baseline to target (see {@link ProgressRule})
 * @param expected      the expected progress at the as-of date (see {@link Trajectory})
 * @param notes         why a value or status is what it is, in plain words
 * @param history       the actual at the end of each period up to the as-of date
 * @param expectedPath  the expected trajectory: baseline, milestones, target
 * @param groups        each disaggregation group on its own
 * @param valuesAfterAsOf periods reported that start after the as-of date, left out
 * @param partialPeriods periods counted that had not ended by the as-of date
 * @param uncounted     every reported value not counted, with why (docs/progress.md, "Dates")
 */
public record IndicatorProgress(String indicatorId, Direction direction, double baseline, LocalDate baselineDate,
                                double target, LocalDate targetDate, double actual, String actualText,
                                LocalDate actualDate, String actualPeriod, int periodsUsed, double progress,
                                double expected, Status status, List<String> notes, List<TrendPoint> history,
                                List<TrendPoint> expectedPath, List<GroupProgress> groups, int valuesAfterAsOf,
                                List<String> partialPeriods, List<UncountedValue> uncounted) {
    public IndicatorProgress {
        partialPeriods = List.copyOf(partialPeriods);
        uncounted = List.copyOf(uncounted);
        notes = List.copyOf(notes);
        history = List.copyOf(history);
        expectedPath = List.copyOf(expectedPath);
        groups = List.copyOf(groups);
    }

    /** Points behind the expected progress (negative: ahead); NaN when either is unknown. */
    public double behind() {
        return expected - progress;
    }

    /**
     * One disaggregation group. Progress and status only for units where a group can reach the
     * indicator's target on its own (percent, ratio, scale, boolean); counts and currency show the
     * actual only, since a group is a part of the total target.
     */
    public record GroupProgress(String group, double actual, double progress, Status status) {
    }
}
