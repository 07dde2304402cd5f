package org.tocworkbench.evaluator.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How cell contents written by people are read: numbers with thousands separators, decimal commas
 * and percent signs; the many ways of writing "no value"; Excel date serials.
 */
public final class CellValues {
    /** Excel's limit on the characters of a cell; longer text is cut there. */
    public static final int MAX_TEXT = 32_767;

    /**
     * Written in place of a value to say there is none. Compared after trimming and lower-casing.
     * Missing is not zero: such a cell gives no observation and no issue.
     */
    public static final Set<String> MISSING_MARKERS = Set.of("", "n/a", "na", "n.a.", "n.a", "#n/a", "-", "--", "---",
            "—", "–", "..", "...", "…", "null", "nil", "not available", "no data", "n.d.");

    private static final Pattern POINT_GROUPED = Pattern.compile("\\d{1,3}(?:([,' \u00a0\u202f\u2009])\\d{3})(?:\\1\\d{3})*(?:\\.\\d*)?");
    private static final Pattern POINT_PLAIN = Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(?:([.' \u00a0\u202f\u2009])\\d{3})(?:\\1\\d{3})*(?:,\\d*)?");
    private static final Pattern COMMA_PLAIN = Pattern.compile("\\d+(?:,\\d*)?|,\\d+");
    private static final Pattern LOOKS_DECIMAL_COMMA = Pattern.compile("\\d+,(?:\\d{1,2}|\\d{4,})|\\d{1,3}(?:\\.\\d{3})+,\\d+");
    private static final Pattern CURRENCY = Pattern.compile("^(?:[$€£¥₹₦₵]|(?:USD|EUR|GBP|KES|UGX|TZS|NGN|GHS|ZAR|XOF|INR|US\\$)\\s*)|(?:\\s*(?:[$€£¥₹₦₵]|USD|EUR|GBP))$");

    private CellValues() {
    }

    /** A number read from text. */
    public record NumberText(double value, boolean percent) {
    }

    public static boolean isMissing(String text) {
        if (text == null) {
            return true;
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return true;
        }
        // every marker starts with one of these: a value such as 12 or "yes" is not looked up
        char c = text.charAt(i);
        if (c != 'n' && c != 'N' && c != '-' && c != '#' && c != '.' && c != '\u2014' && c != '\u2013' && c != '\u2026') {
            return false;
        }
        String t = text.strip();
        if (t.length() > 15) {
            return false;
        }
        if (!isAscii(t)) {
            return MISSING_MARKERS.contains(t.toLowerCase(Locale.ROOT));
        }
        // ASCII text (most answers, "no" among them): compared with the markers of its length, nothing made
        for (String marker : MARKERS_BY_LENGTH[t.length()]) {
            if (sameAsciiLowerCase(t, marker)) {
                return true;
            }
        }
        return false;
    }

    /** The missing markers by their length (at most 15). */
    private static final String[][] MARKERS_BY_LENGTH = new String[16][];

    static {
        for (int length = 0; length < MARKERS_BY_LENGTH.length; length++) {
            int l = length;
            MARKERS_BY_LENGTH[length] = MISSING_MARKERS.stream().filter(m -> m.length() == l).sorted().toArray(String[]::new);
        }
    }

    private static boolean isAscii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when the ASCII text {@code t}, lower-cased, is {@code lower}. */
    private static boolean sameAsciiLowerCase(String t, String lower) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads {@code 1234}, {@code 1,234.5}, {@code 1 234}, {@code 45%}, {@code 87.5 %}, {@code (12)},
     * {@code $1,200}, or with a decimal comma {@code 1.234,5}, {@code 12,5}. Null when the text is not
     * a number.
     */
    public static NumberText parseNumber(String text, boolean decimalComma) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        double quick = shortDecimal(t);
        if (!Double.isNaN(quick)) {
            return new NumberText(quick, false);
        }
        if (isPlainDecimal(t)) {
            try {
                return new NumberText(Double.parseDouble(t), false);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        boolean negative = false;
        boolean percent = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.endsWith("%")) {
            percent = true;
            t = t.substring(0, t.length() - 1).strip();
        }
        Matcher currency = CURRENCY.matcher(t);
        if (currency.find()) {
            t = currency.replaceAll("").strip();
        }
        if (t.startsWith("-") || t.startsWith("−") || t.startsWith("+")) {
            negative ^= !t.startsWith("+");
            t = t.substring(1).strip();
        }
        if (t.isEmpty()) {
            return null;
        }
        String normal;
        if (decimalComma) {
            if (COMMA_PLAIN.matcher(t).matches()) {
                normal = t.replace(',', '.');
            } else if (COMMA_GROUPED.matcher(t).matches()) {
                normal = t.replaceAll("[.' \u00a0\u202f\u2009]", "").replace(',', '.');
            } else {
                return null;
            }
        } else if (POINT_PLAIN.matcher(t).matches()) {
            normal = t;
        } else if (POINT_GROUPED.matcher(t).matches()) {
            normal = t.replaceAll("[,' \u00a0\u202f\u2009]", "");
        } else {
            return null;
        }
        try {
            double value = Double.parseDouble(normal);
            return new NumberText(negative ? -value : value, percent);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True for text such as {@code 12,5} that is a number only with a decimal comma. */
    public static boolean looksLikeDecimalComma(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return LOOKS_DECIMAL_COMMA.matcher(t).matches();
    }

    /** 10⁰ to 10²²: every one a double exactly. */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /**
     * {@code 7919}, {@code -12.5}, {@code 0.045}: a plain decimal of at most 15 digits read without
     * {@link Double#parseDouble} — the digits make a whole number below 2⁵³ and one division by an
     * exact power of ten rounds once, so the result is the same double. NaN for anything else.
     */
    static double shortDecimal(String t) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && t.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 15) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
            } else if (c == '.' && fraction < 0) {
                fraction = i;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double value = fraction < 0 ? digits : digits / POWERS_OF_TEN[n - 1 - fraction];
        return negative ? -value : value;
    }

    private static boolean isPlainDecimal(String t) {
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == '.' || (c == '-' && i == 0))) {
                return false;
            }
        }
        return digits > 0;
    }

    /** {@code 12}, {@code 0.45}, {@code 1234.5}: whole numbers without a trailing {@code .0}. */
    public static String formatNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * The day an Excel serial number stands for, or null when out of range. In the 1900 system Excel
     * counts a 29 February 1900 that never was: serial 60 is that day and gives null (see
     * {@link #isExcelLeapDay}); serials from 61 on are shifted back by that day.
     */
    public static LocalDate excelDate(double serial, boolean date1904) {
        if (Double.isNaN(serial) || serial < 0 || serial >= 2_958_466) {
            return null;
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        if (days == 0) {
            return null;
        }
        if (days == 60) {
            return null;
        }
        if (days < 61) {
            return LocalDate.of(1899, 12, 31).plusDays(days);
        }
        return LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /** True for serial 60 of the 1900 system: the 29 February 1900 that Excel shows but that never was. */
    public static boolean isExcelLeapDay(double serial, boolean date1904) {
        return !date1904 && serial >= 60 && serial < 61;
    }

    public static String capText(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
