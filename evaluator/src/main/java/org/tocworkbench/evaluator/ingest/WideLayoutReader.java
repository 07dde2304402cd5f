package org.tocworkbench.evaluator.ingest;

/**
 * One row per indicator [× group], one column per period: the periods come from the header
 * ({@code Q1 FY12}, or {@code Year 1} over {@code Q1}). Blank period cells are simply periods
 * without data.
 */
final class WideLayoutReader extends LayoutReader {
    WideLayoutReader(ReadContext context, Header header) {
        super(context, header);
    }

    @Override
    void row(SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        rowsRead++;
        boolean hasValues = false;
        for (int column : header.periodColumns) {
            if (!row.isBlank(column)) {
                hasValues = true;
                break;
            }
        }
        IndicatorMatcher.Match match = indicator(row, hasValues);
        if (match == null) {
            return;
        }
        String group = group(row);
        for (int column : header.periodColumns) {
            if (isMissing(row, column)) {
                missingValues++;
                continue;
            }
            value(row, column, match, header.periods[column], group);
        }
    }
}
