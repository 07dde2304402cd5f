package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;

/**
 * A reporting period read from a sheet: a day, week, month, quarter, half-year, (fiscal) year.
 * {@code label} is how the sheet wrote it (e.g. {@code Q3 FY24}, {@code 2024Q1}).
 */
public record Period(LocalDate start, LocalDate end, String label) implements Comparable<Period> {
    @Override
    public int compareTo(Period other) {
        int byEnd = end.compareTo(other.end);
        return byEnd != 0 ? byEnd : start.compareTo(other.start);
    }
}
