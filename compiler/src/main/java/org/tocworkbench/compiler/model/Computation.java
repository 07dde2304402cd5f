package org.tocworkbench.compiler.model;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * How an indicator's values are computed from records, as an indicator reference sheet defines
 * it: the measure, the records, which records count ({@code where}), the denominator of a share
 * ({@code among}), the periods and the groups (docs/records.md).
 *
 * @param distinct   count (or share of) distinct values of {@code column} rather than records
 * @param column     the column a sum, mean, median, min, max or distinct count reads
 * @param bucket     periods from the records' date column; empty for one value of all records
 * @param at         the date of that one value; empty for the date of the latest record counted
 * @param groups     the columns the value is disaggregated by (the indicator's {@code disaggregate by})
 */
public record Computation(String indicatorId, String records, Measure measure, boolean distinct,
                          Optional<RecordColumn> column, Optional<RecordCondition> where,
                          Optional<RecordCondition> among, Optional<Bucket> bucket, Optional<PeriodDate> at,
                          List<RecordColumn> groups, Span span) {
    public Computation {
        groups = List.copyOf(groups);
    }

    /** Every column the computation reads. */
    public List<RecordColumn> columns() {
        List<RecordColumn> columns = new java.util.ArrayList<>();
        column.ifPresent(columns::add);
        where.ifPresent(c -> columns.addAll(c.columns()));
        among.ifPresent(c -> columns.addAll(c.columns()));
        columns.addAll(groups);
        return columns;
    }

    /** The definition as written, for reports and hover: {@code share of followup where ... among ...}. */
    public String definition() {
        StringBuilder s = new StringBuilder(measure.word());
        if (distinct && measure != Measure.DISTINCT) {
            s.append(" distinct");
        }
        column.ifPresent(c -> s.append(' ').append(c.name()));
        s.append(" from ").append(records);
        where.ifPresent(c -> s.append(" where ").append(c.display()));
        among.ifPresent(c -> s.append(" among ").append(c.display()));
        bucket.ifPresent(b -> s.append(", each ").append(b.word()));
        at.ifPresent(d -> s.append(" at ").append(d.text()));
        if (!groups.isEmpty()) {
            s.append(", by ").append(String.join(", ", groups.stream().map(RecordColumn::name).toList()));
        }
        return s.toString();
    }

    /** What is computed. */
    public enum Measure implements Keyword {
        COUNT("count", false), DISTINCT("distinct", true), SUM("sum", true), MEAN("mean", true),
        MEDIAN("median", true), MIN("min", true), MAX("max", true), SHARE("share", false);

        private final String word;
        private final boolean needsColumn;

        Measure(String word, boolean needsColumn) {
            this.word = word;
            this.needsColumn = needsColumn;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        /** True when the measure reads a column ({@code sum amount}). */
        public boolean needsColumn() {
            return needsColumn;
        }
    }

    /** Periods a date column is bucketed by. */
    public enum Bucket implements Keyword {
        MONTH("month"), QUARTER("quarter"), FISCAL_QUARTER("fiscal quarter"), HALF("half"), YEAR("year"),
        FISCAL_YEAR("fiscal year");

        private final String word;

        Bucket(String word) {
            this.word = word;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
