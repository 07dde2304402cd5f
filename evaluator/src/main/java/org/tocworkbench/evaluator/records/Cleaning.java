package org.tocworkbench.evaluator.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.model.RecordExclusion;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.series.SeriesStore;

/**
 * The cleaning rules of a records declaration bound to a table, applied in the order written:
 * each record is left out for the first rule it meets. Duplicates by a key keep the latest
 * submission by {@code _submission_time} (else the date column, else the last row), among the
 * records that the rules written before survive; for a repeat group keyed by a column of its main
 * sheet, the main sheet's submissions are the ones compared.
 */
final class Cleaning {
    static final String NOT_APPROVED = "not approved";
    static final String DUPLICATE = "duplicate";
    static final String NO_MAIN_SUBMISSION = "no main submission";
    private static final List<String> STATUS_COLUMNS = List.of("_validation_status", "_submission__validation_status");
    private static final List<String> TIME_COLUMNS = List.of("_submission_time", "_submission__submission_time");

    private interface Rule {
        /** The reason to leave the record out, or null to keep it. */
        String test(RecordRow r);
    }

    private final List<Rule> rules = new ArrayList<>();
    private final List<LatestByKey> duplicates = new ArrayList<>();

    Cleaning(RecordSource source, RecordTable table, int dateColumn, SeriesStore store) {
        RecordColumns columns = table.columns();
        CellRef header = new CellRef(table.fileName(), table.sheet(), 1, 0);
        for (RecordExclusion e : source.exclusions()) {
            switch (e.kind()) {
                case UNAPPROVED -> {
                    Optional<Integer> status = first(columns, STATUS_COLUMNS);
                    if (status.isEmpty()) {
                        store.issue(new DataIssue(header, DataIssue.Kind.MISSING_COLUMN, "records " + source.id()
                                + ": `exclude unapproved` needs the `_validation_status` column, and "
                                + columns.missing("_validation_status") + "; no record was left out as not approved"));
                        continue;
                    }
                    int col = status.get();
                    rules.add(r -> Approval.isApproved(r.display(col)) ? null : NOT_APPROVED);
                }
                case WHERE -> {
                    try {
                        ConditionMatcher m = new ConditionMatcher(e.condition().orElseThrow(), columns, table.date1904());
                        String reason = e.reason();
                        rules.add(r -> {
                            int v = m.test(r);
                            return v == ConditionMatcher.YES ? reason
                                    : v == ConditionMatcher.UNREADABLE ? ComputationRun.UNREADABLE_CONDITION : null;
                        });
                    } catch (ConditionMatcher.MissingColumn missing) {
                        store.issue(new DataIssue(header, DataIssue.Kind.MISSING_COLUMN, "records " + source.id()
                                + ": `exclude \"" + e.reason() + "\"`: " + missing.getMessage()
                                + "; no record was left out for it"));
                    }
                }
                case DUPLICATES -> {
                    try {
                        int key = ConditionMatcher.column(e.key().orElseThrow(), columns);
                        int time = first(columns, TIME_COLUMNS).orElse(dateColumn);
                        LatestByKey latest = new LatestByKey(key, time, table.date1904(), rules.size());
                        duplicates.add(latest);
                        rules.add(r -> latest.isLatest(r) ? null : DUPLICATE);
                    } catch (ConditionMatcher.MissingColumn missing) {
                        store.issue(new DataIssue(header, DataIssue.Kind.MISSING_COLUMN, "records " + source.id()
                                + ": `exclude duplicates`: " + missing.getMessage() + "; no duplicate was left out"));
                    }
                }
            }
        }
    }

    private static Optional<Integer> first(RecordColumns columns, List<String> names) {
        for (String name : names) {
            Optional<Integer> found = columns.find(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** True when a first pass over the records is needed to find the latest of each key. */
    boolean needsFirstPass() {
        return !duplicates.isEmpty();
    }

    /** The first pass: each duplicates rule learns the latest record of each key among those the rules before it keep. */
    void learn(RecordTable table) throws ImportException {
        table.read(r -> {
            for (LatestByKey latest : duplicates) {
                if (passes(r, latest.rulesBefore)) {
                    latest.offer(r);
                }
            }
        });
    }

    private boolean passes(RecordRow r, int ruleCount) {
        for (int i = 0; i < ruleCount; i++) {
            if (rules.get(i).test(r) != null) {
                return false;
            }
        }
        return true;
    }

    /** Why the record is left out, or null when it is kept. */
    String reason(RecordRow r) {
        if (r.orphan()) {
            return NO_MAIN_SUBMISSION;
        }
        for (Rule rule : rules) {
            String reason = rule.test(r);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** For one duplicates rule: the latest submission of each key, by key hash. */
    private static final class LatestByKey {
        private final int keyColumn;
        private final int timeColumn;
        private final boolean date1904;
        final int rulesBefore;
        private final Map<Long, long[]> latest = new HashMap<>();

        LatestByKey(int keyColumn, int timeColumn, boolean date1904, int rulesBefore) {
            this.keyColumn = keyColumn;
            this.timeColumn = timeColumn;
            this.date1904 = date1904;
            this.rulesBefore = rulesBefore;
        }

        private long identity(RecordRow r) {
            return r.isParentColumn(keyColumn) ? -r.parentRowNumber() : r.number();
        }

        private long time(RecordRow r) {
            if (timeColumn < 0) {
                return 0;
            }
            long day = RecordDates.epochDay(r, timeColumn, date1904);
            if (day == RecordDates.BLANK || day == RecordDates.UNREADABLE) {
                return Long.MIN_VALUE;
            }
            long seconds = r.isDateNumber(timeColumn)
                    ? Math.round((r.number(timeColumn) % 1) * 86_400)
                    : RecordDates.secondOfDay(r.display(timeColumn));
            return day * 86_400 + seconds;
        }

        void offer(RecordRow r) {
            if (r.isBlank(keyColumn)) {
                return;
            }
            long hash = DistinctSet.hash(r.display(keyColumn));
            long time = time(r);
            long identity = identity(r);
            long[] best = latest.get(hash);
            if (best == null) {
                latest.put(hash, new long[] {time, identity});
            } else if (time > best[0] || time == best[0] && Math.abs(identity) >= Math.abs(best[1])) {
                best[0] = time;
                best[1] = identity;
            }
        }

        boolean isLatest(RecordRow r) {
            if (r.isBlank(keyColumn)) {
                return true;
            }
            long[] best = latest.get(DistinctSet.hash(r.display(keyColumn)));
            return best == null || best[1] == identity(r);
        }
    }
}
