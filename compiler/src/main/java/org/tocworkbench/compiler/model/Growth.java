package org.tocworkbench.compiler.model;

import java.time.LocalDate;
import org.tocworkbench.compiler.source.Span;

/**
 * A target trajectory stated as a rate: {@code growth 30% per year} adds 30% of the value reached
 * each year, compounding from the baseline; {@code growth 20 per quarter} adds 20 each quarter,
 * in a straight line. Between whole periods the value follows the same curve (a quarter of a year
 * at 30% a year is ×1.3^0.25), so that an expected value follows at any date. A negative amount
 * is a decline.
 *
 * @param amount  the amount per period: a percentage when {@code percent}, else in the indicator's unit
 * @param percent compounding (written with %) or linear
 */
public record Growth(double amount, boolean percent, GrowthPeriod per, String written, Span span) {
    /** Average days in a month (the Gregorian year / 12). */
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    /** Periods of growth (fractional) between two dates; 0 when {@code to} is not after {@code from}. */
    public double periodsBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? 0 : days / DAYS_PER_MONTH / per.months();
    }

    /** The value grown from {@code start} at {@code from} to the date {@code to}. */
    public double valueAt(double start, LocalDate from, LocalDate to) {
        double periods = periodsBetween(from, to);
        return percent ? start * Math.pow(1 + amount / 100, periods) : start + amount * periods;
    }

    /** True when the rate makes the value rise (false for a decline or no change). */
    public boolean rising() {
        return amount > 0;
    }

    @Override
    public String toString() {
        return written;
    }
}
