package org.tocworkbench.evaluator.ingest;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sheet says about its fiscal year, in its title rows, notes or headers: "The fiscal year
 * runs from October to September", "FY: 1 July - 30 June", "Financial year April-March", or a
 * quarter header that gives its months, "Q1 FY24 (Oct-Dec)". Used when
 * the data binding declares no {@code fiscal year starts}: the importer then reads fiscal periods
 * with the month the sheet states, and says so.
 */
final class FiscalYearHint {
    /** The month a sheet's fiscal year starts in, and the cell that says so. */
    record Hint(int month, int row, int column, String text) {
        String monthName() {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        String bindingLine() {
            return "fiscal year starts " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT);
        }
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern FISCAL = Pattern.compile("\\b(?:fiscal|financial|fy)\\b|\\bfy ?\\d");
    private static final String ORDINAL = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final Pattern MONTH_SPAN = Pattern.compile("(?:\\b" + ORDINAL + "\\s+)?\\b(jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+" + ORDINAL + ")?,?\\s*(?:-|–|—|to|through|until|till)\\s*(?:"
            + ORDINAL + "\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    private static final Pattern QUARTER_SPAN = Pattern.compile("\\bq([1-4])\\b[^()]*?\\(?\\s*(jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*(?:-|–|—|to)\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    private FiscalYearHint() {
    }

    /** The first text cell among {@code rows} that gives a fiscal year as a span of months (October to September). */
    static Optional<Hint> find(List<SheetRow> rows) {
        for (SheetRow row : rows) {
            for (int c = 0; c < row.width(); c++) {
                if (row.kind(c) != SheetRow.CellKind.TEXT) {
                    continue;
                }
                Optional<Integer> month = startMonth(row.text(c));
                if (month.isPresent()) {
                    return Optional.of(new Hint(month.get(), row.number(), c, row.text(c).strip()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The start month of a fiscal year the text describes: a twelve-month span named with the fiscal
     * year, or a quarter with its three months ({@code Q2 (Jan-Mar)} starts the year in October).
     */
    static Optional<Integer> startMonth(String text) {
        if (text == null || text.length() > 500) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        Matcher q = QUARTER_SPAN.matcher(t);
        if (q.find()) {
            int quarter = Integer.parseInt(q.group(1));
            int from = MONTHS.indexOf(q.group(2)) + 1;
            int to = MONTHS.indexOf(q.group(3)) + 1;
            if (from > 0 && to > 0 && (from + 1) % 12 + 1 == to) {
                return Optional.of(Math.floorMod(from - 1 - 3 * (quarter - 1), 12) + 1);
            }
        }
        if (!FISCAL.matcher(t).find()) {
            return Optional.empty();
        }
        Matcher m = MONTH_SPAN.matcher(t);
        while (m.find()) {
            int from = MONTHS.indexOf(m.group(1)) + 1;
            int to = MONTHS.indexOf(m.group(2)) + 1;
            if (from > 0 && to > 0 && (from + 10) % 12 + 1 == to) {
                return Optional.of(from);
            }
        }
        return Optional.empty();
    }

    /** The issue message for fiscal periods read as calendar periods, with one of them as the example. */
    static String calendarReading(Period example) {
        return "fiscal periods such as \"" + example.label() + "\" are read as calendar periods (" + example.start()
                + " to " + example.end() + ") because the data binding declares no fiscal year and the sheet does not"
                + " say when its fiscal year starts; if it starts in another month, write e.g."
                + " `fiscal year starts october` (US government) or `fiscal year starts july` in the data binding";
    }

    /** True when a period header is written as a fiscal period ({@code Q3 FY24}, {@code FY 2024}, {@code 2023/24}). */
    static boolean isFiscalLabel(String header) {
        if (header.indexOf('f') < 0 && header.indexOf('F') < 0 && header.indexOf('/') < 0) {
            return false;
        }
        String t = header.toLowerCase(Locale.ROOT);
        return t.matches(".*(?:\\bfy|fiscal|financial year|\\b\\d{4}/\\d{2}\\b).*");
    }
}
