package org.tocworkbench.evaluator.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ways monitoring sheets write a reporting period: real dates, ISO and day-first date
 * text, years, months, quarters, halves, fiscal quarters and years ({@code Q3 FY24}, named by the
 * calendar year in which the fiscal year ends), DHIS2 period codes, the numbers Excel makes of
 * such codes, and project-relative labels ({@code Year 2 Q3}, counted from the theory's start).
 * Results are cached, so a million rows with a few hundred distinct periods parse each text once.
 */
public final class PeriodParser {
    /** A period, or why the text is not one; {@code warning} is set when it was read with a caveat. */
    public record Result(Period period, String problem, String warning) {
        static Result of(Period period) {
            return new Result(period, null, null);
        }

        static Result problem(String problem) {
            return new Result(null, problem, null);
        }

        public boolean ok() {
            return period != null;
        }
    }

    private static final int CACHE_LIMIT = 8192;
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Map<String, Integer> MONTH_WORDS = monthWords();

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ]\\d{1,2}:\\d{2}.*)?");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?: \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]m)?)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YYYYMM = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern YYYYMMDD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_PART = Pattern.compile("(\\d{4}) ?-? ?([qhs])([1-4])");
    private static final Pattern PART_YEAR = Pattern.compile("([qhs])([1-4]) ?[-/,']? ?(\\d{4})");
    private static final Pattern PART_FY = Pattern.compile("([qhs])([1-4]) ?[-/,]? ?fy ?[-']?(\\d{4}|\\d{2})");
    private static final Pattern FY_PART = Pattern.compile("fy ?[-']?(\\d{4}|\\d{2}) ?[-/,]? ?([qhs])([1-4])");
    private static final Pattern FY = Pattern.compile("fy ?[-']?(\\d{4}|\\d{2})");
    private static final Pattern FY_SPLIT = Pattern.compile("(?:fy ?)?(\\d{4}) ?[/-] ?(\\d{4}|\\d{2})");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4}) ?-?w(\\d{1,2})");
    private static final Pattern OTHER_WEEK = Pattern.compile("(\\d{4})(wed|thu|sat|sun)w(\\d{1,2})");
    private static final Pattern BI_WEEK = Pattern.compile("(\\d{4})biw(\\d{1,2})");
    private static final Pattern BI_MONTH = Pattern.compile("(\\d{4})(\\d{2})b");
    private static final Pattern SIX_MONTH_SHIFTED = Pattern.compile("(\\d{4})(april|nov)s([12])");
    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})(april|july|oct|nov|sep)");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile("([a-zéû]{3,9})\\.? ?[-/,' ]? ?(\\d{4}|\\d{2})");
    private static final Pattern YEAR_MONTH_NAME = Pattern.compile("(\\d{4}) ?[-/, ] ?([a-zéû]{3,9})\\.?");
    private static final Pattern RELATIVE = Pattern.compile("(?:year|yr|y) ?0*(\\d{1,2})(?: ?[-/,]? ?([qhs])([1-4]))?");
    private static final Pattern RELATIVE_PART_FIRST = Pattern.compile("([qhs])([1-4]) ?[-/,]? ?(?:year|yr|y) ?0*(\\d{1,2})");
    private static final Pattern RANGE = Pattern.compile("(.+?) (?:to|until|through|-|–|—) (.+)");

    private final int fiscalYearStart;
    private final LocalDate projectStart;
    private final Map<String, Result> textCache = new HashMap<>();
    @SuppressWarnings("unchecked")
    private final Map<Long, Result>[] numberCaches = new Map[32];
    private long lastNumberBits;
    private int lastNumberVariant = -1;
    private Result lastNumberResult;

    /**
     * @param fiscalYearStart month (1–12) in which the fiscal year starts: 10 for the US federal year
     * @param projectStart    first day of the theory's period, for {@code Year 1}-style labels; may be null
     */
    /** The last text read and its result: a long sheet repeats one period on many rows in a row. */
    private String lastText;
    private Result lastResult;

    public PeriodParser(int fiscalYearStart, LocalDate projectStart) {
        this.fiscalYearStart = fiscalYearStart >= 1 && fiscalYearStart <= 12 ? fiscalYearStart : 1;
        this.projectStart = projectStart;
    }

    /** Reads period text. */
    public Result parse(String text) {
        if (lastResult != null && text.equals(lastText)) {
            return lastResult;
        }
        Result cached = textCache.get(text);
        if (cached != null) {
            lastText = text;
            lastResult = cached;
            return cached;
        }
        Result result;
        try {
            result = parseUncached(text);
        } catch (DateTimeException | NumberFormatException e) {
            result = Result.problem("\"" + text.strip() + "\" is not a real date");
        }
        if (textCache.size() >= CACHE_LIMIT) {
            textCache.clear();
        }
        textCache.put(text, result);
        return result;
    }

    /**
     * Reads a numeric cell: an Excel date (by its format: a day, a month for {@code mmm-yy}, a year
     * for {@code yyyy}), or a number that was a period code before Excel converted it
     * ({@code 2024}, {@code 202401}, {@code 20240315}).
     */
    public Result parse(double number, byte style, boolean date1904) {
        long bits = Double.doubleToLongBits(number);
        int variant = (style & 0x0F) << 1 | (date1904 ? 1 : 0);
        if (bits == lastNumberBits && variant == lastNumberVariant && lastNumberResult != null) {
            return lastNumberResult;
        }
        Map<Long, Result> cache = numberCaches[variant];
        if (cache == null) {
            cache = new HashMap<>();
            numberCaches[variant] = cache;
        }
        Result result = cache.get(bits);
        if (result == null) {
            result = parseNumber(number, style, date1904);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(bits, result);
        }
        lastNumberBits = bits;
        lastNumberVariant = variant;
        lastNumberResult = result;
        return result;
    }

    /** Entries in the caches, which never exceed {@value #CACHE_LIMIT} each. */
    int cacheSize() {
        int size = textCache.size();
        for (Map<Long, Result> cache : numberCaches) {
            size = Math.max(size, cache == null ? 0 : cache.size());
        }
        return size;
    }

    private Result parseNumber(double number, byte style, boolean date1904) {
        String written = CellValues.formatNumber(number);
        if ((style & SheetRow.DATE) != 0) {
            LocalDate day = CellValues.excelDate(number, date1904);
            if (day == null) {
                return Result.problem(CellValues.isExcelLeapDay(number, date1904)
                        ? "the date cell shows 29 February 1900 (serial 60), a day that never was: Excel counts 1900"
                        + " as a leap year; enter the real date"
                        : "the date cell holds " + written + ", which is not a date Excel can show");
            }
            if ((style & SheetRow.YEAR_ONLY) != 0) {
                return Result.of(year(day.getYear(), Integer.toString(day.getYear())));
            }
            if ((style & SheetRow.MONTH_ONLY) != 0) {
                YearMonth month = YearMonth.from(day);
                return Result.of(new Period(month.atDay(1), month.atEndOfMonth(), month.toString()));
            }
            return Result.of(new Period(day, day, day.toString()));
        }
        if (number == Math.rint(number) && number > 0 && number < 1e9) {
            Result coded = parseUncached(Long.toString((long) number));
            if (coded.ok()) {
                return coded;
            }
            LocalDate serial = CellValues.excelDate(number, date1904);
            if (number >= 20_000 && number <= 80_000 && serial != null) {
                return Result.problem(written + " is a number; it would be " + serial
                        + " as an Excel date: format the column as a date");
            }
        }
        return Result.problem(written + " is a number, not a period");
    }

    private Result parseUncached(String raw) {
        String label = raw.strip().replaceAll("\\s+", " ");
        String t = normalise(label);
        if (t.isEmpty()) {
            return Result.problem("no period");
        }
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return yearResult(Integer.parseInt(m.group(1)), label);
        }
        if ((m = ISO_DAY.matcher(t)).matches()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), label, null);
        }
        if ((m = YMD_SLASH.matcher(t)).matches()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), label, null);
        }
        if ((m = DMY.matcher(t)).matches()) {
            return dayFirst(m, label);
        }
        if ((m = YYYYMMDD.matcher(t)).matches()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), label, null);
        }
        if (fiscalYearStart != 1 && (m = FY_SPLIT.matcher(t)).matches() && secondYearFollows(m)) {
            return splitYear(m, label);
        }
        if ((m = YYYYMM.matcher(t)).matches() || (m = YEAR_MONTH.matcher(t)).matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), label, null);
        }
        if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), label, null);
        }
        if ((m = YEAR_PART.matcher(t)).matches()) {
            return calendarPart(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)), label);
        }
        if ((m = PART_YEAR.matcher(t)).matches()) {
            return calendarPart(Integer.parseInt(m.group(3)), m.group(1), Integer.parseInt(m.group(2)), label);
        }
        if ((m = PART_FY.matcher(t)).matches()) {
            return fiscalPart(fiscalYear(m.group(3)), m.group(1), Integer.parseInt(m.group(2)), label);
        }
        if ((m = FY_PART.matcher(t)).matches()) {
            return fiscalPart(fiscalYear(m.group(1)), m.group(2), Integer.parseInt(m.group(3)), label);
        }
        if ((m = FY.matcher(t)).matches()) {
            return fiscalPart(fiscalYear(m.group(1)), "y", 1, label);
        }
        if ((m = FY_SPLIT.matcher(t)).matches()) {
            return splitYear(m, label);
        }
        if ((m = ISO_WEEK.matcher(t)).matches()) {
            return isoWeeks(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1, label);
        }
        if ((m = BI_WEEK.matcher(t)).matches()) {
            return isoWeeks(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 2 - 1, 2, label);
        }
        if ((m = OTHER_WEEK.matcher(t)).matches()) {
            return Result.problem("\"" + label + "\" is a DHIS2 week starting on a " + m.group(2)
                    + "day; only ISO weeks (starting on Monday, e.g. 2024W10) are read");
        }
        if ((m = BI_MONTH.matcher(t)).matches()) {
            int index = Integer.parseInt(m.group(2));
            if (index < 1 || index > 6) {
                return Result.problem("\"" + label + "\": a DHIS2 bi-month code counts bi-months 01 to 06");
            }
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), index * 2 - 1);
            return Result.of(new Period(first.atDay(1), first.plusMonths(1).atEndOfMonth(), label));
        }
        if ((m = SIX_MONTH_SHIFTED.matcher(t)).matches()) {
            int startMonth = m.group(2).equals("april") ? 4 : 11;
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), startMonth).plusMonths(6L * (Integer.parseInt(m.group(3)) - 1));
            return Result.of(new Period(first.atDay(1), first.plusMonths(5).atEndOfMonth(), label));
        }
        if ((m = FINANCIAL.matcher(t)).matches()) {
            int startMonth = MONTH_WORDS.get(m.group(2));
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), startMonth);
            return Result.of(new Period(first.atDay(1), first.plusMonths(11).atEndOfMonth(), label));
        }
        if ((m = MONTH_NAME_YEAR.matcher(t)).matches() && MONTH_WORDS.containsKey(m.group(1))) {
            return namedMonth(m.group(2), m.group(1), label);
        }
        if ((m = YEAR_MONTH_NAME.matcher(t)).matches() && MONTH_WORDS.containsKey(m.group(2))) {
            return namedMonth(m.group(1), m.group(2), label);
        }
        if ((m = RELATIVE.matcher(t)).matches()) {
            return relative(Integer.parseInt(m.group(1)), m.group(2), m.group(3), label);
        }
        if ((m = RELATIVE_PART_FIRST.matcher(t)).matches()) {
            return relative(Integer.parseInt(m.group(3)), m.group(1), m.group(2), label);
        }
        if ((m = RANGE.matcher(t)).matches()) {
            Result from = parseUncached(m.group(1));
            Result to = parseUncached(m.group(2));
            if (from.ok() && to.ok() && !to.period().end().isBefore(from.period().start())) {
                return new Result(new Period(from.period().start(), to.period().end(), label), null,
                        from.warning() != null ? from.warning() : to.warning());
            }
        }
        if (t.matches("[qhs][1-4]")) {
            return Result.problem("\"" + label + "\" has no year: write it as " + label + " 2024, or put the year in the"
                    + " header row above");
        }
        return Result.problem("\"" + label + "\" is not a period this importer reads (e.g. 2024-03-31, 31/03/2024,"
                + " 2024-03, 2024-Q1, Q3 FY24, 2024W10)");
    }

    /** Lower case, one space, "quarter 1" → "q1", "1st half" → "h1", dashes made plain. */
    private static String normalise(String label) {
        String t = label.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-').replace('’', '\'');
        t = t.replaceAll("\\b(?:quarter|qtr)\\.? ?([1-4])\\b", "q$1");
        t = t.replaceAll("\\b([1-4])(?:st|nd|rd|th)? (?:quarter|qtr)\\b", "q$1");
        t = t.replaceAll("\\b(?:half|semester) ?([12])\\b", "h$1");
        t = t.replaceAll("\\b([12])(?:st|nd)? (?:half|semester)\\b", "h$1");
        t = t.replaceAll("\\bfiscal year\\b", "fy");
        t = t.replaceAll("\\bf\\.y\\.", "fy");
        return t.strip();
    }

    private Result yearResult(int year, String label) {
        if (year < 1900 || year > 2200) {
            return Result.problem(year + " is not a plausible year");
        }
        return Result.of(year(year, label));
    }

    private static Period year(int year, String label) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), label);
    }

    private static Result day(int year, int month, int day, String label, String warning) {
        if (year < 1900 || year > 2200) {
            return Result.problem("\"" + label + "\": " + year + " is not a plausible year");
        }
        LocalDate date = LocalDate.of(year, month, day);
        return new Result(new Period(date, date, label), null, warning);
    }

    /** {@code dd/mm/yyyy}; {@code mm/dd/yyyy} is recognised only to be refused. */
    private Result dayFirst(Matcher m, String label) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        String yearText = m.group(4);
        String warning = null;
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year = twoDigitYear(year);
            warning = "\"" + label + "\" has a two-digit year, read as " + year + " (00–70 → 20xx, 71–99 → 19xx);"
                    + " write four digits";
        }
        if (second > 12 && first <= 12) {
            return Result.problem("\"" + label + "\" puts the month first (US order, " + first + "/" + second
                    + "); day-first dates are read: write " + String.format(Locale.ROOT, "%04d-%02d-%02d", year, first,
                    second) + " or " + second + "/" + first + "/" + year);
        }
        if (second < 1 || second > 12 || first < 1 || first > 31) {
            return Result.problem("\"" + label + "\" is not a date (day/month/year)");
        }
        return day(year, second, first, label, warning);
    }

    private static int twoDigitYear(int yy) {
        return yy <= 70 ? 2000 + yy : 1900 + yy;
    }

    private static Result month(int year, int month, String label, String warning) {
        if (month < 1 || month > 12) {
            return Result.problem("\"" + label + "\": " + month + " is not a month");
        }
        if (year < 1900 || year > 2200) {
            return Result.problem("\"" + label + "\": " + year + " is not a plausible year");
        }
        YearMonth ym = YearMonth.of(year, month);
        return new Result(new Period(ym.atDay(1), ym.atEndOfMonth(), label), null, warning);
    }

    private static Result namedMonth(String yearText, String monthWord, String label) {
        int year = Integer.parseInt(yearText);
        String warning = null;
        if (yearText.length() == 2) {
            year = twoDigitYear(year);
            warning = "\"" + label + "\" has a two-digit year, read as " + year + "; write four digits";
        }
        return month(year, MONTH_WORDS.get(monthWord), label, warning);
    }

    private static Result calendarPart(int year, String part, int n, String label) {
        return part(YearMonth.of(year, 1), part, n, label);
    }

    private Result fiscalPart(int fiscalYear, String part, int n, String label) {
        YearMonth first = YearMonth.of(fiscalStartYear(fiscalYear), fiscalYearStart);
        return part(first, part, n, label);
    }

    /** The calendar year in which fiscal year {@code fy} (named by the year it ends in) starts. */
    private int fiscalStartYear(int fiscalYear) {
        return fiscalYearStart == 1 ? fiscalYear : fiscalYear - 1;
    }

    private static int fiscalYear(String text) {
        int n = Integer.parseInt(text);
        return text.length() == 2 ? twoDigitYear(n) : n;
    }

    private static Result part(YearMonth yearStart, String part, int n, String label) {
        int months;
        switch (part) {
            case "q":
                months = 3;
                break;
            case "h":
            case "s":
                months = 6;
                if (n > 2) {
                    return Result.problem("\"" + label + "\": a year has two halves");
                }
                break;
            default:
                months = 12;
        }
        YearMonth first = yearStart.plusMonths((long) months * (n - 1));
        return Result.of(new Period(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth(), label));
    }

    /** True when {@code 2023/24} names consecutive years; {@code 2024-03} is a month, not a fiscal year. */
    private static boolean secondYearFollows(Matcher m) {
        int startYear = Integer.parseInt(m.group(1));
        int endYear = m.group(2).length() == 2 ? startYear / 100 * 100 + Integer.parseInt(m.group(2))
                : Integer.parseInt(m.group(2));
        return endYear == startYear + 1;
    }

    /** {@code 2023/24}, {@code FY2023/24}: a fiscal year named by both calendar years it spans. */
    private Result splitYear(Matcher m, String label) {
        int startYear = Integer.parseInt(m.group(1));
        int endYear = m.group(2).length() == 2 ? startYear / 100 * 100 + Integer.parseInt(m.group(2))
                : Integer.parseInt(m.group(2));
        if (endYear != startYear + 1) {
            return Result.problem("\"" + label + "\" is not a fiscal year (the second year should follow the first)");
        }
        if (fiscalYearStart == 1) {
            return Result.problem("\"" + label + "\" is a split fiscal year, but the data binding does not say when the"
                    + " fiscal year starts (write `fiscal year starts july`)");
        }
        return fiscalPart(endYear, "y", 1, label);
    }

    private static Result isoWeeks(int year, int week, int count, String label) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        long weeksInYear = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week + count - 1 > weeksInYear) {
            return Result.problem("\"" + label + "\": " + year + " has " + weeksInYear + " ISO weeks");
        }
        LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return Result.of(new Period(monday, monday.plusDays(7L * count - 1), label));
    }

    private Result relative(int yearNumber, String part, String partNumber, String label) {
        if (projectStart == null) {
            return Result.problem("\"" + label + "\" counts from the start of the project, but the theory has no"
                    + " `period` start date");
        }
        if (yearNumber < 1 || yearNumber > 50) {
            return Result.problem("\"" + label + "\" is not a project year");
        }
        YearMonth start = YearMonth.from(projectStart).plusYears(yearNumber - 1L);
        if (part == null) {
            LocalDate first = projectStart.plusYears(yearNumber - 1L);
            return Result.of(new Period(first, first.plusYears(1).minusDays(1), label));
        }
        return part(start, part, Integer.parseInt(partNumber), label);
    }

    private static Map<String, Integer> monthWords() {
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < MONTHS.size(); i++) {
            String name = MONTHS.get(i);
            words.put(name, i + 1);
            words.put(name.substring(0, 3), i + 1);
        }
        words.put("sept", 9);
        String[] french = {"janvier", "fevrier", "février", "mars", "avril", "mai", "juin", "juillet", "aout", "août",
                "septembre", "octobre", "novembre", "decembre", "décembre"};
        int[] frenchMonths = {1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12};
        for (int i = 0; i < french.length; i++) {
            words.putIfAbsent(french[i], frenchMonths[i]);
        }
        String[] spanish = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "setiembre", "octubre", "noviembre", "diciembre"};
        int[] spanishMonths = {1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12};
        for (int i = 0; i < spanish.length; i++) {
            words.putIfAbsent(spanish[i], spanishMonths[i]);
        }
        return Map.copyOf(words);
    }
}
