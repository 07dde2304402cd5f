package org.tocworkbench.evaluator.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The IATI results of a theory: one activity with its identifier, reporting organisation and
 * dates, and a {@code result} per result that has indicators. Built by {@link IatiResultsBuilder},
 * written by {@link IatiXmlWriter} and {@link IatiCsvWriter}, which compute nothing.
 *
 * @param status activity status code (1 pipeline, 2 implementation, 3 finalisation)
 */
public record IatiActivity(String identifier, ReportingOrg reportingOrg, String title, String description,
                           int status, LocalDate start, Optional<LocalDate> end, List<Result> results) {
    public IatiActivity {
        results = List.copyOf(results);
    }

    /** The organisation that publishes the file ({@code reporting-org @ref @type}, its name). */
    public record ReportingOrg(String ref, String type, String name) {
    }

    /** A result: {@code type} 1 output, 2 outcome, 3 impact, 9 other. */
    public record Result(String reference, int type, boolean aggregation, String title, String description,
                         List<Indicator> indicators) {
        public Result {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * An indicator: {@code measure} 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative.
     *
     * @param references the indicator's id first, then its codes
     * @param ascending  true when higher is better, false when lower is; empty when the theory states
     *                   neither and infers neither (no direction, or {@code maintain})
     */
    public record Indicator(List<String> references, int measure, Optional<Boolean> ascending, boolean aggregation,
                            String title,
                            String description, Optional<Baseline> baseline, List<Period> periods) {
        public Indicator {
            references = List.copyOf(references);
            periods = List.copyOf(periods);
        }
    }

    /** A baseline: the year (required by the schema), the day when the theory gives one, the value. */
    public record Baseline(int year, Optional<LocalDate> date, String value, String comment) {
    }

    /** A reporting period with its targets and actuals (each total or one group). */
    public record Period(LocalDate start, LocalDate end, List<Value> targets, List<Value> actuals) {
        public Period {
            targets = List.copyOf(targets);
            actuals = List.copyOf(actuals);
        }
    }

    /** A target or actual: a number as text (empty for a qualitative value), its dimensions, a comment. */
    public record Value(String value, List<Dimension> dimensions, String comment) {
        public Value {
            dimensions = List.copyOf(dimensions);
        }
    }

    /** A disaggregation: {@code sex} = {@code female}. */
    public record Dimension(String name, String value) {
    }
}
