package org.tocworkbench.evaluator.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import org.tocworkbench.compiler.model.Frequency;

/**
 * A span of days that is exactly one calendar year, half, quarter, month or ISO week, with the
 * label the rest of the tool reads and prints for it ({@code 2025}, {@code 2025-H1},
 * {@code 2025-Q1}, {@code 2025-03}, {@code 2025-W05}) and the frequency of periods of that length.
 * Imported sources (an IATI period is two dates) are written with these labels, not date ranges,
 * and the IPTT shows such a span by its own label for periods of that length.
 */
public record PlainPeriod(String label, Frequency frequency) {
    /** The plain period of exactly these days; empty for any other span (a fiscal year, 10 days, ...). */
    public static Optional<PlainPeriod> of(LocalDate start, LocalDate end) {
        int year = start.getYear();
        if (start.getDayOfMonth() == 1 && end.getYear() == year && end.equals(end.withDayOfMonth(end.lengthOfMonth()))) {
            int months = end.getMonthValue() - start.getMonthValue() + 1;
            int first = start.getMonthValue();
            if (months == 12) {
                return Optional.of(new PlainPeriod(String.valueOf(year), Frequency.ANNUAL));
            }
            if (months == 6 && (first == 1 || first == 7)) {
                return Optional.of(new PlainPeriod(year + "-H" + (first == 1 ? 1 : 2), Frequency.BIANNUAL));
            }
            if (months == 3 && (first - 1) % 3 == 0) {
                return Optional.of(new PlainPeriod(year + "-Q" + ((first - 1) / 3 + 1), Frequency.QUARTERLY));
            }
            if (months == 1) {
                return Optional.of(new PlainPeriod(String.format("%d-%02d", year, first), Frequency.MONTHLY));
            }
        }
        if (start.getDayOfWeek() == DayOfWeek.MONDAY && end.equals(start.plusDays(6))) {
            return Optional.of(new PlainPeriod(String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), Frequency.WEEKLY));
        }
        return Optional.empty();
    }
}
