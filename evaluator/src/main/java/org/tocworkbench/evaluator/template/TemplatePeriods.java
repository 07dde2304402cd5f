package org.tocworkbench.evaluator.template;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.model.Frequency;

/**
 * The reporting periods of an indicator between two dates, labelled the way the importer reads
 * them back: {@code 2025} (annual), {@code 2025S1} (half-year), {@code 2025-Q1}, {@code 2025-03},
 * {@code 2025W10} (ISO week). A period is listed when it ends after {@code after} and on or before
 * {@code until}.
 */
public final class TemplatePeriods {
    private TemplatePeriods() {
    }

    /** A reporting period: its label as the importer reads it back, its first and last day. */
    public record Slot(String label, LocalDate start, LocalDate end) {
    }

    /** Period labels, at most {@code limit}; empty for frequencies without a regular period. */
    public static List<String> between(Frequency frequency, LocalDate after, LocalDate until, int limit) {
        return slots(frequency, after, until, limit).stream().map(Slot::label).toList();
    }

    /** The periods with their days, at most {@code limit}; empty for frequencies without a regular period. */
    public static List<Slot> slots(Frequency frequency, LocalDate after, LocalDate until, int limit) {
        List<Slot> labels = new ArrayList<>();
        if (frequency == null || after == null || until == null || !until.isAfter(after)) {
            return labels;
        }
        switch (frequency) {
            case ANNUAL:
                for (int y = after.getYear(); y <= until.getYear() && labels.size() < limit; y++) {
                    add(labels, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), after, until, Integer.toString(y));
                }
                break;
            case BIANNUAL:
                for (int y = after.getYear(); y <= until.getYear() && labels.size() < limit; y++) {
                    add(labels, LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30), after, until, y + "S1");
                    add(labels, LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31), after, until, y + "S2");
                }
                break;
            case QUARTERLY:
                for (int y = after.getYear(); y <= until.getYear() && labels.size() < limit; y++) {
                    for (int q = 1; q <= 4; q++) {
                        LocalDate end = LocalDate.of(y, q * 3, 1).withDayOfMonth(LocalDate.of(y, q * 3, 1).lengthOfMonth());
                        add(labels, LocalDate.of(y, q * 3 - 2, 1), end, after, until, y + "-Q" + q);
                    }
                }
                break;
            case MONTHLY:
                for (LocalDate m = after.withDayOfMonth(1); !m.isAfter(until) && labels.size() < limit; m = m.plusMonths(1)) {
                    add(labels, m, m.withDayOfMonth(m.lengthOfMonth()), after, until,
                            String.format(java.util.Locale.ROOT, "%d-%02d", m.getYear(), m.getMonthValue()));
                }
                break;
            case WEEKLY:
                LocalDate sunday = after.with(WeekFields.ISO.dayOfWeek(), 7);
                for (LocalDate end = sunday; !end.isAfter(until) && labels.size() < limit; end = end.plusWeeks(1)) {
                    add(labels, end.minusDays(6), end, after, until, String.format(java.util.Locale.ROOT, "%dW%d",
                            end.get(IsoFields.WEEK_BASED_YEAR), end.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                }
                break;
            default:
                break;
        }
        return labels.size() > limit ? labels.subList(0, limit) : labels;
    }

    private static void add(List<Slot> labels, LocalDate start, LocalDate end, LocalDate after, LocalDate until,
                            String label) {
        if (end.isAfter(after) && !end.isAfter(until)) {
            labels.add(new Slot(label, start, end));
        }
    }
}
