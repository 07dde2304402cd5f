package org.tocworkbench.evaluator.standards;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.draft.DraftValue;

/**
 * Reads the values logframes write in a cell: {@code 60%}, {@code 1,200}, {@code 61% (March 2014)},
 * {@code 0 (2019)}, and the dates in headers and brackets ({@code March 2014}, {@code Mar-14},
 * {@code 2012-13}, {@code 31/03/2016}, {@code Q1 2015}), into {@code .toc} values and dates.
 */
final class PlannedValues {
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^(-?[\\d,]*\\.?\\d+)\\s*(%?)$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(-\\d{2}(-\\d{2})?)?$");
    private static final Pattern FISCAL = Pattern.compile("^(\\d{4})\\s*[-/–]\\s*(\\d{2}|\\d{4})$");
    private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$");
    private static final Pattern QUARTER = Pattern.compile("^Q([1-4])\\s*(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]+)\\.?[\\s-]*(\\d{4}|\\d{2})$");

    private PlannedValues() {
    }

    /** A cell's value and its bracketed date; empty for a blank cell. */
    static Optional<DraftValue> parse(String cell, Optional<String> defaultDate) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> date = defaultDate;
        Matcher bracket = BRACKETED.matcher(text);
        if (bracket.matches()) {
            Optional<String> inside = date(bracket.group(2));
            if (inside.isPresent()) {
                text = bracket.group(1).strip();
                date = inside;
            }
        }
        Matcher number = NUMBER.matcher(text.replace(" ", ""));
        if (number.matches()) {
            String digits = number.group(1).replace(",", "");
            return Optional.of(new DraftValue(digits, !number.group(2).isEmpty(), date));
        }
        return Optional.of(new DraftValue(text, false, date));
    }

    /** The date in a header such as {@code Milestone 1 (March 2014)}, if it has one. */
    static Optional<String> headerDate(String header) {
        Matcher bracket = BRACKETED.matcher(header.strip());
        return bracket.matches() ? date(bracket.group(2)) : Optional.empty();
    }

    /** A date as logframes write it, in {@code .toc} form. */
    static Optional<String> date(String written) {
        String text = written.strip();
        Matcher m;
        if ((m = FISCAL.matcher(text)).matches()) {
            // A financial year (2012-13, 2012/2013) is two consecutive years and ends in the second;
            // read before the ISO month, which 2012-13 would otherwise pass for.
            int first = Integer.parseInt(m.group(1));
            String second = m.group(2);
            int next = second.length() == 4 ? Integer.parseInt(second)
                    : (first / 100) * 100 + Integer.parseInt(second) + (second.equals("00") ? 100 : 0);
            if (next == first + 1) {
                return Optional.of(Integer.toString(next));
            }
        }
        if ((m = ISO.matcher(text)).matches()) {
            // 2016-03 is a month, 2016-03-31 a day; 2016-14 is neither.
            return org.tocworkbench.compiler.model.PeriodDate.parse(text).isPresent() ? Optional.of(text)
                    : Optional.empty();
        }
        if ((m = DAY_FIRST.matcher(text)).matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).toString());
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return Optional.of(m.group(2) + "-Q" + m.group(1));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            Optional<Month> month = month(m.group(1));
            if (month.isPresent()) {
                String year = m.group(2).length() == 2 ? "20" + m.group(2) : m.group(2);
                return Optional.of(year + "-" + String.format("%02d", month.get().getValue()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.startsWith(lower) || (lower.equals("sept") && month == Month.SEPTEMBER)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** The first and last day of a {@code .toc} date ({@code 2016-03}: March 2016). */
    static Optional<LocalDate[]> span(String tocDate) {
        return org.tocworkbench.compiler.model.PeriodDate.parse(tocDate)
                .map(p -> new LocalDate[] {p.start(), p.end()});
    }
}
