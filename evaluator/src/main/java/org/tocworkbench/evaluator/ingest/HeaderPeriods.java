package org.tocworkbench.evaluator.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period a column header names, in the ways monitoring sheets write them beyond a bare
 * period ({@code Q1 FY24}):
 * <ul>
 *   <li>a period and a value word: {@code Year 01 Results}, {@code FY19 Actual}, {@code Achieved 2023}
 *   (a sibling such as {@code Year 01 Target} is not a period column);</li>
 *   <li>a label with the period in brackets: {@code Milestone 1 (March 2014)}, {@code Actual (2023)}, or a
 *   period with a remark in brackets: {@code Q1 FY24 (Oct-Dec)}, {@code 2024 (provisional)};</li>
 *   <li>a sentence that ends with the dates it covers: {@code Baseline rate: household survey,
 *   June 2010 - August 2010}.</li>
 * </ul>
 * A header whose label is a plan ({@code Target}, {@code Milestone}, {@code Planned}) names a
 * <em>planned</em> column: it holds actuals only on rows labelled Achieved or Actual, as in a DFID
 * logframe.
 */
final class HeaderPeriods {
    /** A header's period, and whether the column holds plans unless a row says Achieved. */
    record Reading(Period period, boolean planned) {
    }

    private static final Set<String> PLAN_WORDS = Set.of("target", "targets", "milestone", "milestones", "planned",
            "plan", "objective", "cible", "meta", "objetivo");
    private static final Pattern BRACKETED = Pattern.compile("(.*?)\\s*[(\\[]([^)\\]]+)[)\\]]\\s*");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String DAY = "(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})";
    private static final String SEPARATOR = "\\s*(?:-|–|—|to|until|through|till)\\s*";
    private static final Pattern MONTH_RANGE = Pattern.compile("\\b" + MONTH + "(?:\\s+(\\d{4}))?" + SEPARATOR + "\\b"
            + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern DAY_RANGE = Pattern.compile(DAY + SEPARATOR + DAY);
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:19|20)\\d{2})" + SEPARATOR + "((?:19|20)\\d{2})\\b");

    private final PeriodParser periods;

    HeaderPeriods(PeriodParser periods) {
        this.periods = periods;
    }

    /** The period a header names, or null. */
    Reading read(String text) {
        if (text == null || text.isBlank() || text.length() > 300) {
            return null;
        }
        String header = text.strip();
        Period whole = whole(header);
        if (whole != null) {
            return new Reading(whole, false);
        }
        Period withValueWord = withValueWord(header);
        if (withValueWord != null) {
            return new Reading(withValueWord, false);
        }
        Matcher bracketed = BRACKETED.matcher(header);
        if (bracketed.matches()) {
            Period inside = whole(bracketed.group(2));
            if (inside != null && !bracketed.group(1).isBlank()) {
                return new Reading(inside, isPlan(bracketed.group(1)));
            }
            Period before = whole(bracketed.group(1));
            if (before != null) {
                return new Reading(before, false);
            }
        }
        Period dated = datedSentence(header);
        return dated == null ? null : new Reading(dated, isPlan(header));
    }

    /** The whole text as a period (short texts only), or null. */
    Period whole(String text) {
        if (text == null || text.isEmpty() || text.length() > 40) {
            return null;
        }
        return periods.parse(text).period();
    }

    /**
     * True for a header word that names the actual value ({@code Actual}, {@code Results},
     * {@code Achieved}); not for a share of the target ({@code % achieved}).
     */
    static boolean isValueWord(String text) {
        String t = HeaderWords.normalise(text);
        return !t.isEmpty() && !text.contains("%") && HeaderWords.ROLES.get("value").contains(t);
    }

    /** True when a header or row label starts with a plan word ({@code Target}, {@code Milestone 1}, {@code Planned}). */
    static boolean isPlan(String text) {
        String t = HeaderWords.normalise(text);
        int space = t.indexOf(' ');
        return PLAN_WORDS.contains(space < 0 ? t : t.substring(0, space));
    }

    /** {@code Year 01 Results}, {@code FY19 Actual}, {@code Actual Q1 FY24}: a value word before or after a period. */
    private Period withValueWord(String header) {
        String[] words = header.split("\\s+");
        for (int n = 1; n <= 2 && n < words.length; n++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (isValueWord(tail)) {
                Period p = whole(String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - n)));
                if (p != null) {
                    return p;
                }
            }
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            if (isValueWord(head)) {
                Period p = whole(String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)));
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * A sentence that states the span it covers ({@code ..., June 2010 - August 2010},
     * {@code Jan-Dec 2017}, {@code 01/06/2010 to 31/08/2010}, {@code 2010-2012}): the one span it names,
     * or null when it names none or several.
     */
    Period datedSentence(String header) {
        String t = header.toLowerCase(Locale.ROOT);
        Period found = null;
        int count = 0;
        Matcher m = MONTH_RANGE.matcher(t);
        while (m.find()) {
            String toYear = m.group(4);
            String fromYear = m.group(2) != null ? m.group(2) : toYear;
            Period from = whole(m.group(1) + " " + fromYear);
            Period to = whole(m.group(3) + " " + toYear);
            if (from != null && to != null && !to.end().isBefore(from.start())) {
                found = new Period(from.start(), to.end(), header.substring(m.start(), m.end()).strip());
                count++;
            }
        }
        m = DAY_RANGE.matcher(t);
        while (m.find()) {
            Period from = whole(m.group(1));
            Period to = whole(m.group(2));
            if (from != null && to != null && !to.end().isBefore(from.start())) {
                found = new Period(from.start(), to.end(), header.substring(m.start(), m.end()).strip());
                count++;
            }
        }
        if (count == 0 && header.length() > 40) {
            m = YEAR_RANGE.matcher(t);
            while (m.find()) {
                Period from = whole(m.group(1));
                Period to = whole(m.group(2));
                if (from != null && to != null && to.end().isAfter(from.end())) {
                    found = new Period(from.start(), to.end(), header.substring(m.start(), m.end()).strip());
                    count++;
                }
            }
        }
        return count == 1 ? found : null;
    }
}
