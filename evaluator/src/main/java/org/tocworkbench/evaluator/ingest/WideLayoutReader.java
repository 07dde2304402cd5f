package org.tocworkbench.evaluator.ingest;

import java.util.Set;

/**
 * One row per indicator [× group], one column per period: the periods come from the header
 * ({@code Q1 FY12}, or {@code Year 1} over {@code Q1}). Blank period cells are simply periods
 * without data.
 *
 * <p>Rows that a person reads by their place in a block are read the same way: a row with a group
 * (Male, Female) or labelled Achieved under an indicator's row, with its own indicator cell blank
 * (merged over the block), belongs to that indicator; a row labelled Planned or Target holds plans,
 * not actuals; a row that repeats the header's period labels (a logframe repeats them over every
 * indicator) is a header, not data.
 */
final class WideLayoutReader extends LayoutReader {
    private static final Set<String> PLAN_ROWS = Set.of("planned", "plan", "target", "targets", "milestone",
            "milestones", "planned value", "target value", "prevu", "cible", "meta", "previsto");
    private static final Set<String> ACTUAL_ROWS = Set.of("achieved", "actual", "actuals", "achievement",
            "actual value", "result", "results", "realise", "real", "logrado", "alcanzado");

    private enum RowLabel { NONE, PLANNED, ACTUAL }

    private final int disaggregationColumn;
    private IndicatorMatcher.Match lastMatch;

    WideLayoutReader(ReadContext context, Header header) {
        super(context, header);
        this.disaggregationColumn = header.column("disaggregation");
    }

    @Override
    void row(SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        rowsRead++;
        if (repeatsHeader(row)) {
            structureRows++;
            lastMatch = null;
            return;
        }
        RowLabel label = label(row);
        boolean hasValues = hasValues(row, label);
        IndicatorMatcher.Match match;
        if (lastMatch != null && hasValues && namesNoIndicator(row)
                && (label == RowLabel.ACTUAL || disaggregationColumn >= 0 && !row.isBlank(disaggregationColumn))) {
            match = lastMatch;
        } else {
            match = indicator(row, hasValues && label != RowLabel.PLANNED);
        }
        lastMatch = match;
        if (match == null) {
            return;
        }
        if (label == RowLabel.PLANNED) {
            structureRows++;
            return;
        }
        String group = group(row);
        for (int column : header.periodColumns) {
            if (header.isPlanned(column) && label != RowLabel.ACTUAL) {
                continue;
            }
            if (isMissing(row, column)) {
                missingValues++;
                continue;
            }
            value(row, column, match, header.periods[column], group);
        }
    }

    /** A row's comment belongs to its latest value: the rightmost period column with a value. */
    @Override
    protected String comment(SheetRow row, int column) {
        for (int c = header.periodColumns.length - 1; c >= 0; c--) {
            int candidate = header.periodColumns[c];
            if (candidate == column) {
                return super.comment(row, column);
            }
            if (!header.isPlanned(candidate) && !row.isBlank(candidate) && !isMissing(row, candidate)) {
                return "";
            }
        }
        return "";
    }

    private boolean namesNoIndicator(SheetRow row) {
        int key = header.keyColumn();
        int title = header.column("title");
        return row.display(key).isEmpty() && (title < 0 || row.display(title).isEmpty());
    }

    /** True when the row's period cells repeat the header's labels ("Milestone 1 (March 2014)" over every block). */
    private boolean repeatsHeader(SheetRow row) {
        int same = 0;
        for (int column : header.periodColumns) {
            if (row.kind(column) == SheetRow.CellKind.TEXT && !header.texts[column].isEmpty()
                    && HeaderWords.normalise(row.text(column)).equals(HeaderWords.normalise(header.texts[column]))) {
                same++;
            }
        }
        return same > 0 && same * 2 >= header.periodColumns.length;
    }

    /** A row labelled Planned / Target (plans) or Achieved / Actual, in a cell outside the indicator and period columns. */
    private RowLabel label(SheetRow row) {
        int key = header.keyColumn();
        int title = header.column("title");
        for (int c = 0; c < row.width(); c++) {
            if (c == key || c == title || c == disaggregationColumn || row.kind(c) != SheetRow.CellKind.TEXT
                    || row.text(c).length() > 20 || c < header.periods.length && header.periods[c] != null) {
                continue;
            }
            String t = HeaderWords.normalise(row.text(c));
            if (PLAN_ROWS.contains(t)) {
                return RowLabel.PLANNED;
            }
            if (ACTUAL_ROWS.contains(t)) {
                return RowLabel.ACTUAL;
            }
        }
        return RowLabel.NONE;
    }

    /** True when a period cell the row would read holds a value: a number, or text that reads as one. */
    private boolean hasValues(SheetRow row, RowLabel label) {
        for (int column : header.periodColumns) {
            if (row.isBlank(column) || header.isPlanned(column) && label != RowLabel.ACTUAL) {
                continue;
            }
            SheetRow.CellKind kind = row.kind(column);
            if (kind != SheetRow.CellKind.TEXT) {
                return true;
            }
            String text = row.text(column);
            if (!CellValues.isMissing(text) && (CellValues.parseNumber(text, false) != null
                    || CellValues.parseNumber(text, true) != null || text.strip().length() <= 12)) {
                return true;
            }
        }
        return false;
    }
}
