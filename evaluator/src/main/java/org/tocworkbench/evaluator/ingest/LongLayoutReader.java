package org.tocworkbench.evaluator.ingest;

/**
 * One row per indicator × period [× group]: the indicator, period and value are columns. A blank
 * value is "no value" (not zero), reported only when the row says more (a comment).
 */
final class LongLayoutReader extends LayoutReader {
    private final int periodColumn;
    private final int periodEndColumn;
    private final int valueColumn;
    private final int commentColumn;

    LongLayoutReader(ReadContext context, Header header) {
        super(context, header);
        this.periodColumn = header.column("period");
        this.periodEndColumn = header.column("period end");
        this.valueColumn = header.column("value");
        this.commentColumn = header.column("comment");
    }

    @Override
    void row(SheetRow row) {
        IndicatorMatcher.Match match = dataRow(row, valueColumn);
        if (match == null) {
            return;
        }
        if (noValue(row, valueColumn, commentColumn, match)) {
            return;
        }
        Period period = period(row, periodColumn);
        if (period == null) {
            return;
        }
        if (periodEndColumn >= 0 && !row.isBlank(periodEndColumn)) {
            Period end = period(row, periodEndColumn);
            if (end == null) {
                return;
            }
            if (end.end().isBefore(period.start())) {
                unreadablePeriod(row, periodEndColumn, "the period ends (" + end.label() + ") before it starts ("
                        + period.label() + ")");
                return;
            }
            period = new Period(period.start(), end.end(), period.label() + " – " + end.label());
        }
        value(row, valueColumn, match, period, group(row));
    }
}
