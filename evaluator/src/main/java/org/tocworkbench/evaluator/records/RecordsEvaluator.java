package org.tocworkbench.evaluator.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.RecordFormat;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.series.SeriesStore;

/**
 * Computes the indicators defined over records (docs/records.md) and puts their values into the
 * same {@link SeriesStore} as values read from monitoring workbooks, with how each was made. Each
 * records source is read once (twice when duplicates are to be found) for all the indicators
 * computed from it; nothing but the tallies is held.
 */
public final class RecordsEvaluator {
    static final String OUTSIDE_PERIOD = "outside the period";
    private static final List<String> DEFAULT_DATE_COLUMNS = List.of("_submission_time", "_submission__submission_time");

    private RecordsEvaluator() {
    }

    /**
     * Reads every records source the theory declares and adds the computed values to {@code store}.
     *
     * @throws ImportException when a source cannot be read at all (a missing file, a database that
     *     cannot be reached, a query that fails)
     */
    public static void evaluate(Theory theory, SeriesStore store) throws ImportException {
        for (RecordSource source : theory.records().values()) {
            List<Computation> computations = theory.computations().values().stream()
                    .filter(c -> c.records().equals(source.id())).toList();
            if (source.format() == RecordFormat.DATABASE) {
                DatabaseRecords.evaluate(theory, source, computations, store);
            } else if (!computations.isEmpty()) {
                try (RecordTable table = SheetRecordTable.open(source)) {
                    compute(theory, source, table, computations, store);
                }
            }
        }
    }

    /** One source: clean each record once, then let every computation test it. */
    static void compute(Theory theory, RecordSource source, RecordTable table, List<Computation> computations,
                        SeriesStore store) throws ImportException {
        int dateColumn = dateColumn(source, table, store);
        Cleaning cleaning = new Cleaning(source, table, dateColumn, store);
        List<ComputationRun> runs = new ArrayList<>();
        for (Computation c : computations) {
            ComputationRun.of(c, table, dateColumn, source.fiscalYearStart(), store).ifPresent(runs::add);
        }
        if (cleaning.needsFirstPass()) {
            cleaning.learn(table);
        }
        long first = theory.metadata().periodStart() == null ? Long.MIN_VALUE
                : theory.metadata().periodStart().start().toEpochDay();
        long last = Optional.ofNullable(theory.metadata().periodEnd()).map(PeriodDate::end)
                .map(java.time.LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        Map<String, Long> excluded = new LinkedHashMap<>();
        long[] read = {0};
        table.read(r -> {
            read[0]++;
            String reason = cleaning.reason(r);
            long day = dateColumn < 0 ? RecordDates.BLANK : RecordDates.epochDay(r, dateColumn, table.date1904());
            if (reason == null && day != RecordDates.BLANK && day != RecordDates.UNREADABLE && (day < first || day > last)) {
                reason = OUTSIDE_PERIOD;
            }
            if (reason != null) {
                excluded.merge(reason, 1L, Long::sum);
                return;
            }
            for (ComputationRun run : runs) {
                run.accept(r, day);
            }
        });
        for (ComputationRun run : runs) {
            run.finish(read[0], excluded);
        }
    }

    private static int dateColumn(RecordSource source, RecordTable table, SeriesStore store) {
        if (source.dateColumn().isPresent()) {
            try {
                return ConditionMatcher.column(source.dateColumn().get(), table.columns());
            } catch (ConditionMatcher.MissingColumn e) {
                store.issue(new org.tocworkbench.evaluator.ingest.DataIssue(
                        new org.tocworkbench.evaluator.ingest.CellRef(table.fileName(), table.sheet(), 1, 0),
                        org.tocworkbench.evaluator.ingest.DataIssue.Kind.MISSING_COLUMN,
                        "records " + source.id() + ": date column: " + e.getMessage()));
                return -1;
            }
        }
        for (String name : DEFAULT_DATE_COLUMNS) {
            Optional<Integer> found = table.columns().find(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return -1;
    }
}
