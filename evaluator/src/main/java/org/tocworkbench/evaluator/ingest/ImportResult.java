package org.tocworkbench.evaluator.ingest;

import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Layout;

/**
 * What an import read, for reports and for the user: where the data were found, how many rows
 * went where, and how many issues of each kind there were — including those beyond the limit
 * that were only counted ("and 12,345 more").
 *
 * @param columns          role → the column it was read from, e.g. {@code "indicator" → "A \"Indicator ID\""}
 * @param periodColumns    wide layout: the period columns, e.g. {@code "E \"Q1 FY12\""}
 * @param rowsRead         rows after the header that held anything
 * @param observations     observations passed to the sink
 * @param missingValues    cells left blank or marked missing ({@code n/a}, {@code -}): no value, not zero
 * @param structureRows    rows that carry no data: section headings, notes, repeated headers
 * @param totalsRows       "Total" / "Grand total" rows, not read (totals are computed, not trusted)
 * @param repeatedValues   rows that repeat an earlier value exactly (same indicator, period, group, number)
 * @param issueCounts      all issues by kind, including those not passed on
 * @param issueLimit       how many of each kind were passed on in full
 */
public record ImportResult(String file, String sheet, Layout layout, int headerRow, int headerRowEnd,
                           Map<String, String> columns, List<String> periodColumns, long rowsRead, long observations,
                           long missingValues, long structureRows, long totalsRows, long repeatedValues,
                           Map<DataIssue.Kind, Long> issueCounts, int issueLimit) {
    public ImportResult {
        columns = Map.copyOf(columns);
        periodColumns = List.copyOf(periodColumns);
        issueCounts = Map.copyOf(issueCounts);
    }

    public long issues(DataIssue.Kind kind) {
        return issueCounts.getOrDefault(kind, 0L);
    }

    public long totalIssues() {
        return issueCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Issues of this kind that were counted but not passed on. */
    public long suppressed(DataIssue.Kind kind) {
        return Math.max(0, issues(kind) - issueLimit);
    }

    public long totalSuppressed() {
        return issueCounts.keySet().stream().mapToLong(this::suppressed).sum();
    }

    /** One line for a terminal: {@code monitoring.xlsx, sheet Data (long, header row 1): 1,204 values, 3 issues}. */
    public String summary() {
        StringBuilder s = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            s.append(", sheet ").append(sheet);
        }
        s.append(" (").append(layout == null ? "?" : layout.word());
        if (headerRow > 0) {
            s.append(", header row ").append(headerRow);
            if (headerRowEnd > headerRow) {
                s.append('–').append(headerRowEnd);
            }
        }
        s.append("): ").append(String.format("%,d", observations)).append(observations == 1 ? " value" : " values");
        long issues = totalIssues();
        s.append(", ").append(String.format("%,d", issues)).append(issues == 1 ? " issue" : " issues");
        long hidden = totalSuppressed();
        if (hidden > 0) {
            s.append(" (").append(String.format("%,d", hidden)).append(" beyond the first ").append(issueLimit)
                    .append(" of a kind only counted)");
        }
        return s.toString();
    }
}
