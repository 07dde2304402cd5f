package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.model.Layout;

/**
 * Finds the header among the first rows of a sheet: one row, or two when a row of years or
 * "Year 1" labels (often merged) stands over a row of quarters. Columns are given roles from the
 * mapping where there is one, else from {@link HeaderWords}; in wide layout the columns whose
 * header reads as a period hold values.
 */
final class HeaderDetector {
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{1,3}");
    private static final Pattern LETTER_RANGE = Pattern.compile("([A-Za-z]{1,3}) ?[:\\-–] ?([A-Za-z]{1,3})");

    private final ImportRequest request;
    private final PeriodParser periods;
    private final boolean date1904;

    HeaderDetector(ImportRequest request, PeriodParser periods, boolean date1904) {
        this.request = request;
        this.periods = periods;
        this.date1904 = date1904;
    }

    /** Why a candidate header is not usable, for the message when none is. */
    static final class Rejection {
        final int row;
        final String reason;
        final String[] texts;

        Rejection(int row, String reason, String[] texts) {
            this.row = row;
            this.reason = reason;
            this.texts = texts;
        }
    }

    /** The first usable header among {@code rows} (non-blank rows in order), or null. */
    Header detect(List<SheetRow> rows, List<Rejection> rejections) {
        for (int i = 0; i < rows.size(); i++) {
            SheetRow upper = rows.get(i);
            Candidate single = evaluate(upper, null);
            if (single.header != null && single.header.layout == Layout.LONG) {
                return single.header;
            }
            Candidate pair = null;
            if (i + 1 < rows.size() && rows.get(i + 1).number() == upper.number() + 1) {
                pair = evaluate(upper, rows.get(i + 1));
            }
            if (pair != null && pair.header != null && (single.header == null
                    || pair.header.periodColumns.length > single.header.periodColumns.length)) {
                return pair.header;
            }
            if (single.header != null) {
                return single.header;
            }
            rejections.add(new Rejection(upper.number(), single.reason, single.texts));
        }
        return null;
    }

    /** The header in the rows the mapping names; throws when it is not usable. */
    Header explicit(SheetRow upper, SheetRow lower, String fileName, String sheet) throws ImportException {
        Candidate candidate = evaluate(upper, lower);
        if (candidate.header != null) {
            return candidate.header;
        }
        String rows = request.headerRowEnd() > request.headerRow()
                ? "header rows " + request.headerRow() + "–" + request.headerRowEnd()
                : "header row " + request.headerRow();
        throw new ImportException(HeaderProblem.badExplicitHeader(fileName, sheet, rows, candidate.reason,
                candidate.texts, upper.number(), request), false);
    }

    static String listHeaders(String[] texts) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < texts.length && parts.size() < 40; c++) {
            if (texts[c] != null && !texts[c].isEmpty()) {
                parts.add(CellRef.columnLetters(c + 1) + " \"" + shorten(texts[c]) + "\"");
            }
        }
        return parts.isEmpty() ? "(none: the rows are empty)" : String.join(", ", parts);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    private static final class Candidate {
        Header header;
        String reason;
        String[] texts;
    }

    private Candidate evaluate(SheetRow upper, SheetRow lower) {
        int width = Math.max(upper == null ? 0 : upper.width(), lower == null ? 0 : lower.width());
        String[] texts = new String[width];
        List<List<String>> roleTexts = new ArrayList<>(width);
        Period[] columnPeriods = new Period[width];
        String carried = "";
        Period carriedPeriod = null;
        for (int c = 0; c < width; c++) {
            String top = upper == null ? "" : upper.display(c);
            Period topPeriod = numericPeriod(upper, c);
            if (topPeriod != null) {
                top = topPeriod.label();
            }
            List<String> candidates = new ArrayList<>(3);
            if (lower == null) {
                texts[c] = top;
                candidates.add(top);
                columnPeriods[c] = topPeriod != null ? topPeriod : periodOf(top);
            } else {
                String bottom = lower.display(c);
                Period bottomPeriod = numericPeriod(lower, c);
                if (bottomPeriod != null) {
                    bottom = bottomPeriod.label();
                }
                if (!top.isEmpty()) {
                    carried = top;
                    carriedPeriod = topPeriod;
                } else if (bottom.isEmpty()) {
                    carried = "";
                    carriedPeriod = null;
                }
                String over = top.isEmpty() ? carried : top;
                texts[c] = over.isEmpty() ? bottom : bottom.isEmpty() ? over : over + " " + bottom;
                candidates.add(bottom);
                candidates.add(top);
                candidates.add(texts[c]);
                if (bottomPeriod != null) {
                    columnPeriods[c] = bottomPeriod;
                } else if (over.isEmpty() || bottom.isEmpty()) {
                    columnPeriods[c] = !bottom.isEmpty() ? periodOf(bottom)
                            : topPeriod != null ? topPeriod : periodOf(top);
                } else {
                    columnPeriods[c] = periodOf(texts[c]);
                    if (columnPeriods[c] == null && carriedPeriod != null) {
                        columnPeriods[c] = periodOf(carriedPeriod.label() + " " + bottom);
                    }
                }
            }
            roleTexts.add(candidates);
        }
        Candidate candidate = new Candidate();
        candidate.texts = texts;
        Map<String, Integer> roles = new LinkedHashMap<>();
        boolean[] taken = new boolean[width];
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> mapped : request.columns().entrySet()) {
            int column = findMapped(mapped.getValue(), texts, roleTexts);
            if (column < 0) {
                missing.add(mapped.getKey() + " column \"" + mapped.getValue() + "\"");
            } else {
                roles.put(mapped.getKey(), column);
                taken[column] = true;
            }
        }
        if (!missing.isEmpty()) {
            candidate.reason = "no " + String.join(", no ", missing);
            return candidate;
        }
        for (String role : HeaderWords.ROLE_ORDER) {
            if (roles.containsKey(role) || request.layout() == Layout.WIDE && isLongOnly(role)) {
                continue;
            }
            int best = -1;
            int bestScore = 0;
            for (int c = 0; c < width; c++) {
                if (taken[c] || isLongOnly(role) && columnPeriods[c] != null) {
                    continue;
                }
                for (String text : roleTexts.get(c)) {
                    int score = HeaderWords.score(role, HeaderWords.normalise(text));
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
            }
            if (best >= 0) {
                roles.put(role, best);
                taken[best] = true;
            }
        }
        boolean hasKey = roles.containsKey("indicator") || roles.containsKey("title");
        boolean longOk = hasKey && roles.containsKey("period") && roles.containsKey("value");
        int[] periodColumns;
        try {
            periodColumns = periodColumns(texts, columnPeriods, taken);
        } catch (IllegalArgumentException e) {
            candidate.reason = e.getMessage();
            return candidate;
        }
        boolean wideOk = hasKey && periodColumns.length > 0;
        Layout layout = request.layout();
        if (layout == null) {
            layout = longOk ? Layout.LONG : wideOk ? Layout.WIDE : null;
        }
        if (layout == Layout.LONG && !longOk || layout == Layout.WIDE && !wideOk || layout == null) {
            candidate.reason = reason(roles, hasKey, layout);
            return candidate;
        }
        if (layout == Layout.LONG) {
            periodColumns = new int[0];
        } else {
            roles.remove("period");
            roles.remove("period end");
            roles.remove("value");
        }
        Period[] periodsByColumn = new Period[width];
        for (int c : periodColumns) {
            periodsByColumn[c] = columnPeriods[c];
        }
        int first = upper.number();
        int last = lower == null ? first : lower.number();
        candidate.header = new Header(first, last, layout, texts, roles, periodColumns, periodsByColumn);
        return candidate;
    }

    private static boolean isLongOnly(String role) {
        return role.equals("period") || role.equals("period end") || role.equals("value");
    }

    private static String reason(Map<String, Integer> roles, boolean hasKey, Layout layout) {
        if (!hasKey) {
            return "no indicator column (a header such as \"Indicator ID\", \"Indicator\" or \"Code\")";
        }
        if (layout == Layout.WIDE) {
            return "no column header reads as a period (e.g. \"2024-Q1\", \"Q1 FY24\", \"Mar 2024\")";
        }
        List<String> lacking = new ArrayList<>();
        if (!roles.containsKey("period")) {
            lacking.add("period column (\"Period\", \"Date\", \"Quarter\")");
        }
        if (!roles.containsKey("value")) {
            lacking.add("value column (\"Value\", \"Actual\", \"Result\")");
        }
        return "no " + String.join(" and no ", lacking) + (layout == null
                ? ", and no column header reads as a period for a wide layout" : "");
    }

    private Period numericPeriod(SheetRow row, int column) {
        if (row == null || row.kind(column) != SheetRow.CellKind.NUMBER || (row.style(column) & SheetRow.DATE) == 0) {
            return null;
        }
        PeriodParser.Result result = periods.parse(row.number(column), row.style(column), date1904);
        return result.period();
    }

    private Period periodOf(String text) {
        if (text == null || text.isEmpty() || text.length() > 40) {
            return null;
        }
        return periods.parse(text).period();
    }

    private static int findMapped(String wanted, String[] texts, List<List<String>> roleTexts) {
        String target = HeaderWords.normalise(wanted);
        for (int c = 0; c < texts.length; c++) {
            for (String text : roleTexts.get(c)) {
                if (!text.isEmpty() && HeaderWords.normalise(text).equals(target)) {
                    return c;
                }
            }
        }
        if (LETTERS.matcher(wanted.strip()).matches()) {
            return columnIndex(wanted.strip());
        }
        return -1;
    }

    private int[] periodColumns(String[] texts, Period[] columnPeriods, boolean[] taken) {
        String spec = request.periodColumns();
        List<Integer> columns = new ArrayList<>();
        if (spec.isEmpty()) {
            for (int c = 0; c < texts.length; c++) {
                if (!taken[c] && columnPeriods[c] != null) {
                    columns.add(c);
                }
            }
        } else {
            Matcher range = LETTER_RANGE.matcher(spec);
            if (range.matches()) {
                int from = columnIndex(range.group(1));
                int to = columnIndex(range.group(2));
                for (int c = Math.min(from, to); c <= Math.max(from, to) && c < SheetRow.MAX_COLUMNS; c++) {
                    if (c < texts.length && columnPeriods[c] == null && !texts[c].isEmpty()) {
                        throw new IllegalArgumentException("period column " + CellRef.columnLetters(c + 1) + " \""
                                + texts[c] + "\" is not a period");
                    }
                    if (c < texts.length && columnPeriods[c] != null) {
                        columns.add(c);
                    }
                }
            } else {
                for (String name : spec.split(",")) {
                    String target = HeaderWords.normalise(name);
                    int found = -1;
                    for (int c = 0; c < texts.length && found < 0; c++) {
                        if (HeaderWords.normalise(texts[c]).equals(target)) {
                            found = c;
                        }
                    }
                    if (found < 0) {
                        throw new IllegalArgumentException("no period column \"" + name.strip() + "\"");
                    }
                    if (columnPeriods[found] == null) {
                        throw new IllegalArgumentException("period column \"" + name.strip() + "\" is not a period");
                    }
                    columns.add(found);
                }
            }
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    static int columnIndex(String letters) {
        int column = 0;
        for (int i = 0; i < letters.length(); i++) {
            column = column * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }
}
