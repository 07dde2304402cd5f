package org.tocworkbench.evaluator.records;

import java.time.LocalDate;
import java.time.YearMonth;
import org.tocworkbench.compiler.model.Computation.Bucket;
import org.tocworkbench.evaluator.ingest.Period;

/**
 * The period a record's date falls in: a month ({@code 2025-03}), quarter ({@code 2025-Q1}),
 * half ({@code 2025-H1}), year ({@code 2025}), fiscal quarter ({@code FY2026-Q1}) or fiscal year
 * ({@code FY2026}). A fiscal year is named by the calendar year in which it ends.
 */
final class Buckets {
    private final Bucket bucket;
    private final int fiscalStart;

    Buckets(Bucket bucket, int fiscalYearStart) {
        this.bucket = bucket;
        this.fiscalStart = fiscalYearStart;
    }

    /** Records mostly come in date order: the last day asked and its key. */
    private long lastDay = Long.MIN_VALUE;
    private int lastKey;

    /** A number that orders and identifies the period of a day (the index of its first month). */
    int key(long epochDay) {
        if (epochDay == lastDay) {
            return lastKey;
        }
        lastKey = keyOf(epochDay);
        lastDay = epochDay;
        return lastKey;
    }

    private int keyOf(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int month = d.getYear() * 12 + d.getMonthValue() - 1;
        return switch (bucket) {
            case MONTH -> month;
            case QUARTER -> month - month % 3;
            case HALF -> month - month % 6;
            case YEAR -> month - month % 12;
            case FISCAL_QUARTER -> fiscalFloor(month, 3);
            case FISCAL_YEAR -> fiscalFloor(month, 12);
        };
    }

    private int fiscalFloor(int month, int size) {
        int shifted = month - (fiscalStart - 1);
        return shifted - Math.floorMod(shifted, size) + (fiscalStart - 1);
    }

    Period period(int key) {
        YearMonth first = YearMonth.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
        int months = switch (bucket) {
            case MONTH -> 1;
            case QUARTER, FISCAL_QUARTER -> 3;
            case HALF -> 6;
            case YEAR, FISCAL_YEAR -> 12;
        };
        YearMonth last = first.plusMonths(months - 1);
        int fiscalYear;
        if (fiscalStart == 1) {
            fiscalYear = first.getYear();
        } else {
            YearMonth yearStart = first.minusMonths(Math.floorMod(first.getMonthValue() - fiscalStart, 12));
            fiscalYear = yearStart.plusMonths(11).getYear();
        }
        String label = switch (bucket) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case HALF -> first.getYear() + "-H" + ((first.getMonthValue() - 1) / 6 + 1);
            case YEAR -> String.valueOf(first.getYear());
            case FISCAL_QUARTER -> "FY" + fiscalYear + "-Q" + (Math.floorMod(first.getMonthValue() - fiscalStart, 12) / 3 + 1);
            case FISCAL_YEAR -> "FY" + fiscalYear;
        };
        return new Period(first.atDay(1), last.atEndOfMonth(), label);
    }
}
