package org.tocworkbench.compiler.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as written in a .toc file — a year, a quarter, a month or a day — and the period it
 * covers. Comparisons and timelines use the period's last day: "target 12 by 2027" means by
 * 31 December 2027.
 *
 * <p>A date written relative to the theory ({@code midterm}, {@code end}, {@code year 3}) is
 * resolved by the binder: {@code text} is then the calendar date it stands for and
 * {@code written} the form as written; for a calendar date both are the same.
 */
public record PeriodDate(String text, LocalDate start, LocalDate end, String written) implements Comparable<PeriodDate> {
    public PeriodDate {
        written = written == null ? text : written;
    }

    public PeriodDate(String text, LocalDate start, LocalDate end) {
        this(text, start, end, text);
    }

    /**
     * A relative date that cannot be dated ({@code year 2} in a theory with no period): kept as
     * written, with no calendar period ({@code start} and {@code end} null; see {@link #dated()}).
     */
    public static PeriodDate undated(String written) {
        return new PeriodDate(written, null, null, written);
    }

    /** False for a relative date the theory gives no period to count from. */
    public boolean dated() {
        return end != null;
    }

    /** The same period, written as {@code written} ({@code midterm}, {@code year 3}). */
    public PeriodDate writtenAs(String form) {
        return new PeriodDate(text, start, end, form);
    }

    /** True when written relative to the theory (a point's name, {@code start}, {@code end}, {@code year N}). */
    public boolean relative() {
        return !written.equals(text);
    }

    /** As written, with the calendar date it stands for when relative: {@code midterm, 2026-06}. */
    public String describe() {
        return relative() ? written + ", " + text : text;
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** Reads {@code 2026}, {@code 2026-Q2}, {@code 2026-06} or {@code 2026-06-30}; empty if not a real date. */
    public static Optional<PeriodDate> parse(String text) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Optional.of(new PeriodDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(year, quarter * 3 - 2);
                return Optional.of(new PeriodDate(text, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new PeriodDate(text, month.atDay(1), month.atEndOfMonth()));
            }
            if (DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of(new PeriodDate(text, day, day));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static PeriodDate of(LocalDate day) {
        return new PeriodDate(day.toString(), day, day);
    }

    @Override
    public int compareTo(PeriodDate other) {
        int byEnd = end.compareTo(other.end);
        return byEnd != 0 ? byEnd : start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return text;
    }
}
