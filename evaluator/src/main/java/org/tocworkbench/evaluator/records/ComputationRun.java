package org.tocworkbench.evaluator.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.Computation.Measure;
import org.tocworkbench.compiler.model.RecordColumn;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.CellValues;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.Period;
import org.tocworkbench.evaluator.series.Derivation;
import org.tocworkbench.evaluator.series.Derivation.DerivedValue;
import org.tocworkbench.evaluator.series.SeriesStore;

/**
 * One computed indicator over one pass of its records: tests each clean record against the
 * definition, adds it to the tally of its period and groups, and at the end turns the tallies
 * into observations and their {@link Derivation}.
 */
final class ComputationRun {
    static final String UNREADABLE_CONDITION = "condition unreadable";
    /** A cell of a {@code sum}/{@code mean}/... column that is not a number: no condition involved. */
    static final String UNREADABLE_VALUE = "value unreadable";
    static final String NO_DATE = "no date";
    static final String DATE_UNREADABLE = "date unreadable";
    /** The group of records with no answer in a disaggregation column. */
    static final String NOT_STATED = "not stated";

    private final Computation computation;
    private final RecordTable table;
    private final SeriesStore store;
    private final ConditionMatcher where;
    private final ConditionMatcher among;
    private final int valueColumn;
    private final int[] groupColumns;
    private final int dateColumn;
    private final Buckets buckets;
    private final Map<String, Long> excluded = new LinkedHashMap<>();
    /** Period key → group → tally; the total has group "". */
    private final Map<Integer, Map<String, Tally>> tallies = new HashMap<>();
    private long counted;
    /** Consecutive records mostly fall in the same period: its tallies, looked up once. */
    private int lastKey;
    private Map<String, Tally> lastByGroup;
    private Tally lastTotal;
    /** Per group column, the group of the last record counted and its tally in {@link #lastByGroup}. */
    private final String[] lastGroups;
    private final Tally[] lastGroupTallies;
    private long latestDay = Long.MIN_VALUE;
    /** Periods that have clean records, so that a count with none that match is 0 rather than missing. */
    private final java.util.Set<Integer> seenKeys = new java.util.HashSet<>();
    /** The period key added to {@link #seenKeys} last: consecutive records mostly share it. */
    private int lastSeenKey;

    private ComputationRun(Computation computation, RecordTable table, SeriesStore store, ConditionMatcher where,
                           ConditionMatcher among, int valueColumn, int[] groupColumns, int dateColumn,
                           Buckets buckets) {
        this.computation = computation;
        this.table = table;
        this.store = store;
        this.where = where;
        this.among = among;
        this.valueColumn = valueColumn;
        this.groupColumns = groupColumns;
        this.dateColumn = dateColumn;
        this.buckets = buckets;
        this.lastGroups = new String[groupColumns.length];
        this.lastGroupTallies = new Tally[groupColumns.length];
    }

    /**
     * The run of a computation over a table, or empty after a data issue naming the column the
     * records do not have (with the columns there are).
     */
    static Optional<ComputationRun> of(Computation c, RecordTable table, int dateColumn, int fiscalYearStart,
                                       SeriesStore store) {
        RecordColumns columns = table.columns();
        try {
            ConditionMatcher where = c.where().isPresent()
                    ? new ConditionMatcher(c.where().get(), columns, table.date1904()) : null;
            ConditionMatcher among = c.among().isPresent()
                    ? new ConditionMatcher(c.among().get(), columns, table.date1904()) : null;
            int valueColumn = c.column().isPresent() ? ConditionMatcher.column(c.column().get(), columns) : -1;
            int[] groups = new int[c.groups().size()];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = ConditionMatcher.column(c.groups().get(i), columns);
            }
            if (c.bucket().isPresent() && dateColumn < 0) {
                store.issue(new DataIssue(new CellRef(table.fileName(), table.sheet(), 1, 0),
                        DataIssue.Kind.MISSING_COLUMN, "indicator " + c.indicatorId() + ": periods (each "
                        + c.bucket().get().word() + ") need a date column, and the records have no `_submission_time`;"
                        + " name one with `date column` in records " + c.records()));
                return Optional.empty();
            }
            Buckets buckets = c.bucket().map(b -> new Buckets(b, fiscalYearStart)).orElse(null);
            return Optional.of(new ComputationRun(c, table, store, where, among, valueColumn, groups, dateColumn,
                    buckets));
        } catch (ConditionMatcher.MissingColumn e) {
            store.issue(new DataIssue(new CellRef(table.fileName(), table.sheet(), 1, 0), DataIssue.Kind.MISSING_COLUMN,
                    "indicator " + c.indicatorId() + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    Computation computation() {
        return computation;
    }

    /** Tests a clean record; {@code day} is its date (an epoch day, or {@link RecordDates#BLANK}/UNREADABLE). */
    void accept(RecordRow r, long day) {
        int key = 0;
        if (buckets != null) {
            if (day == RecordDates.BLANK) {
                exclude(NO_DATE);
                return;
            }
            if (day == RecordDates.UNREADABLE) {
                exclude(DATE_UNREADABLE);
                return;
            }
            key = buckets.key(day);
            if (key != lastSeenKey || seenKeys.isEmpty()) {
                seenKeys.add(key);
                lastSeenKey = key;
            }
        } else if (day != RecordDates.BLANK && day != RecordDates.UNREADABLE) {
            latestDay = Math.max(latestDay, day);
        }
        if (among != null) {
            int in = among.test(r);
            if (in == ConditionMatcher.NO) {
                return;
            }
            if (in == ConditionMatcher.UNREADABLE) {
                unreadable(r, among.unreadableColumn());
                return;
            }
        }
        boolean inNumerator = true;
        if (where != null) {
            int yes = where.test(r);
            if (yes == ConditionMatcher.UNREADABLE) {
                unreadable(r, where.unreadableColumn());
                return;
            }
            if (yes == ConditionMatcher.NO) {
                if (computation.measure() != Measure.SHARE) {
                    return;
                }
                inNumerator = false;
            }
        }
        double value = 0;
        long keyHash = 0;
        if (valueColumn >= 0) {
            if (r.isBlank(valueColumn)) {
                exclude("no " + computation.column().orElseThrow().name());
                return;
            }
            if (computation.distinct()) {
                keyHash = r.keyHash(valueColumn);
            } else {
                value = r.number(valueColumn);
                if (Double.isNaN(value)) {
                    unreadableValue(r, valueColumn);
                    return;
                }
            }
        }
        counted++;
        if (lastByGroup == null || key != lastKey) {
            lastByGroup = tallies.computeIfAbsent(key, k -> new HashMap<>());
            lastTotal = lastByGroup.computeIfAbsent("", g -> new Tally());
            lastKey = key;
            java.util.Arrays.fill(lastGroupTallies, null);
        }
        Map<String, Tally> byGroup = lastByGroup;
        lastTotal.add(computation, inNumerator, value, keyHash);
        for (int i = 0; i < groupColumns.length; i++) {
            int g = groupColumns[i];
            String group = r.isBlank(g) ? NOT_STATED : r.display(g);
            Tally tally = lastGroupTallies[i];
            if (tally == null || !group.equals(lastGroups[i])) {
                tally = byGroup.computeIfAbsent(group, x -> new Tally());
                lastGroups[i] = group;
                lastGroupTallies[i] = tally;
            }
            tally.add(computation, inNumerator, value, keyHash);
        }
    }

    private void unreadable(RecordRow r, int column) {
        exclude(UNREADABLE_CONDITION);
        issue(r, column, "is not a number or date the condition can compare");
    }

    private void unreadableValue(RecordRow r, int column) {
        exclude(UNREADABLE_VALUE);
        issue(r, column, "is not a number the " + computation.measure().word()
                + " can use");
    }

    private void issue(RecordRow r, int column, String what) {
        CellRef cell = r.isParentColumn(column)
                ? new CellRef(table.fileName(), table.parentSheet(), r.parentRowNumber(), r.sheetColumn(column))
                : new CellRef(table.fileName(), table.sheet(), r.number(), r.sheetColumn(column));
        store.issue(new DataIssue(cell, DataIssue.Kind.UNREADABLE_RECORD_VALUE, "indicator "
                + computation.indicatorId() + ": `" + CellValues.capText(r.display(column)) + "` in column "
                + table.columns().headers().get(column) + " " + what + "; the record is left out"));
    }

    private void exclude(String reason) {
        excluded.merge(reason, 1L, Long::sum);
    }

    /** Emits the values as observations and records how they were made. */
    void finish(long recordsRead, Map<String, Long> sourceExclusions) {
        Map<String, Long> allExcluded = new LinkedHashMap<>(sourceExclusions);
        excluded.forEach((k, v) -> allExcluded.merge(k, v, Long::sum));
        List<DerivedValue> values = new ArrayList<>();
        CellRef origin = new CellRef(table.fileName(), table.sheet(), 1, 0);
        for (Map.Entry<Integer, Map<String, Tally>> e : new TreeMap<>(tallies).entrySet()) {
            Period period = period(e.getKey());
            if (period == null) {
                continue;
            }
            List<String> groups = new ArrayList<>(e.getValue().keySet());
            groups.sort((a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : -1) : b.isEmpty() ? 1 : a.compareTo(b));
            for (String group : groups) {
                Tally t = e.getValue().get(group);
                double value = t.value(computation);
                if (Double.isNaN(value)) {
                    continue;
                }
                String how = how(t, value);
                values.add(new DerivedValue(period, group, value, t.numerator(computation),
                        t.denominator(computation), how));
                store.observation(new Observation(computation.indicatorId(), period, value, how, group, origin, false));
            }
        }
        if (computation.measure() == Measure.COUNT || computation.measure() == Measure.DISTINCT
                || computation.measure() == Measure.SUM) {
            java.util.Set<Integer> empty = new java.util.TreeSet<>(buckets != null ? seenKeys
                    : latestDay != Long.MIN_VALUE || computation.at().isPresent() ? java.util.Set.of(0) : java.util.Set.of());
            empty.removeAll(tallies.keySet());
            for (int key : empty) {
                Period period = period(key);
                values.add(new DerivedValue(period, "", 0, 0, 0, "0 records"));
                store.observation(new Observation(computation.indicatorId(), period, 0, "0 records", "", origin, false));
            }
            values.sort(java.util.Comparator.comparing(DerivedValue::period));
        }
        store.derivation(new Derivation(computation.indicatorId(), computation.definition(), table.description(),
                recordsRead, allExcluded, counted, values, false));
    }

    private Period period(int key) {
        if (buckets != null) {
            return buckets.period(key);
        }
        if (computation.at().isPresent()) {
            var at = computation.at().get();
            return new Period(at.start(), at.end(), at.text());
        }
        if (latestDay == Long.MIN_VALUE) {
            return null;
        }
        LocalDate day = LocalDate.ofEpochDay(latestDay);
        return new Period(day, day, day.toString());
    }

    private String how(Tally t, double value) {
        String column = computation.column().map(RecordColumn::name).orElse("");
        return switch (computation.measure()) {
            case SHARE -> Figures.percent(value) + " (" + String.format("%,d", t.numerator(computation)) + " of "
                    + String.format("%,d", t.denominator(computation)) + ")";
            case COUNT, DISTINCT -> computation.distinct()
                    ? String.format("%,d", (long) value) + " distinct " + column + " in "
                    + String.format("%,d", t.records) + " records"
                    : String.format("%,d", (long) value) + " records";
            case SUM -> Figures.number(value) + " (sum of " + String.format("%,d", t.records) + " values)";
            case MEAN -> Figures.number(value) + " (mean of " + String.format("%,d", t.records) + " values)";
            case MEDIAN -> Figures.number(value) + " (median of " + String.format("%,d", t.records) + " values)";
            case MIN -> Figures.number(value) + " (lowest of " + String.format("%,d", t.records) + " values)";
            case MAX -> Figures.number(value) + " (highest of " + String.format("%,d", t.records) + " values)";
        };
    }
}
