package org.tocworkbench.evaluator.records;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.evaluator.ingest.CellValues;

/**
 * Reads the date of a record: an Excel date cell, an ISO date or date-time as KoboToolbox writes
 * {@code _submission_time} and {@code today} ({@code 2025-03-14T10:22:31}, with or without a zone),
 * or {@code 14/03/2025} (day first, as outside the United States).
 */
final class RecordDates {
    static final long UNREADABLE = Long.MIN_VALUE;
    static final long BLANK = Long.MIN_VALUE + 1;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?: .*)?");

    private RecordDates() {
    }

    /** The record's date in the column as an epoch day; {@link #BLANK} or {@link #UNREADABLE} otherwise. */
    static long epochDay(RecordRow r, int column, boolean date1904) {
        if (r.isBlank(column)) {
            return BLANK;
        }
        if (r.isDateNumber(column)) {
            return CellValues.excelDate(r.number(column), date1904).toEpochDay();
        }
        return epochDay(r.display(column));
    }

    /** A date or date-time written as text, as an epoch day; {@link #UNREADABLE} when it is not one. */
    static long epochDay(String text) {
        long iso = isoDay(text);
        if (iso != UNREADABLE) {
            return iso;
        }
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toEpochDay();
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).toEpochDay();
            }
        } catch (java.time.DateTimeException e) {
            return UNREADABLE;
        }
        return UNREADABLE;
    }

    /** {@code yyyy-mm-dd} at the start of the text (then the end, a space or a {@code T}), read without a pattern. */
    private static long isoDay(String t) {
        if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-'
                || t.length() > 10 && t.charAt(10) != 'T' && t.charAt(10) != ' ') {
            return UNREADABLE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return UNREADABLE;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return UNREADABLE;
        }
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The time of day of an ISO date-time as seconds (to order submissions of one day), 0 when there is none. */
    static long secondOfDay(String text) {
        int t = text.indexOf('T');
        if (t < 0) {
            t = text.indexOf(' ');
        }
        if (t < 0 || text.length() < t + 9) {
            return 0;
        }
        try {
            return Integer.parseInt(text.substring(t + 1, t + 3)) * 3600L + Integer.parseInt(text.substring(t + 4, t + 6)) * 60L
                    + Integer.parseInt(text.substring(t + 7, t + 9));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
