package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Pattern LABEL_NUMBER = Pattern.compile("(\\d+)(\\D*)$");
    private static final Set<String> GROUPING_WORDS = Set.of("group", "category", "groupe", "grupo", "categorie",
            "categoria");

    private final ImportRequest request;
    private final PeriodParser periods;
    private final HeaderPeriods headerPeriods;
    private final boolean date1904;

    HeaderDetector(ImportRequest request, PeriodParser periods, boolean date1904) {
        this.request = request;
        this.periods = periods;
        this.headerPeriods = new HeaderPeriods(periods);
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
        Period reporting = null;
        for (int i = 0; i < rows.size(); i++) {
            SheetRow upper = rows.get(i);
            if (i > 0) {
                Period stated = reportingPeriod(rows.get(i - 1));
                reporting = stated != null ? stated : reporting;
            }
            Candidate single = evaluate(upper, null, reporting);
            if (single.header != null && single.header.layout == Layout.LONG) {
                return single.header;
            }
            Candidate pair = null;
            if (i + 1 < rows.size() && rows.get(i + 1).number() == upper.number() + 1) {
                pair = evaluate(upper, rows.get(i + 1), reporting);
            }
            if (pair != null && pair.header != null && looksLikeHeader(rows.get(i + 1)) && (single.header == null
                    || pair.header.periodColumns.length > single.header.periodColumns.length
                    || pair.header.periodColumns.length == single.header.periodColumns.length
                    && labelsAPeriodColumn(rows.get(i + 1), pair.header))) {
                return pair.header;
            }
            if (single.header != null) {
                return single.header;
            }
            rejections.add(new Rejection(upper.number(), single.reason, single.texts));
        }
        return null;
    }

    /**
     * The reporting period a title row states ("Reporting period: January to December 2015",
     * "Data as of 31/12/2015"), for sheets with one value per indicator and no period column; or null.
     */
    Period reportingPeriod(SheetRow row) {
        for (int c = 0; c < row.width(); c++) {
            if (row.kind(c) != SheetRow.CellKind.TEXT) {
                continue;
            }
            String text = row.text(c).strip();
            String t = HeaderWords.normalise(text);
            if (!(t.contains("period") || t.startsWith("as of") || t.startsWith("as at") || t.contains(" as of ")
                    || t.contains("reporting") || t.contains("periode") || t.contains("periodo"))) {
                continue;
            }
            int colon = text.indexOf(':');
            String stated = colon >= 0 ? text.substring(colon + 1).strip() : text;
            HeaderPeriods.Reading reading = stated.isEmpty() ? null : headerPeriods.read(stated);
            String[] words = stated.split("\\s+");
            for (int w = 1; reading == null && w < words.length && w < 12; w++) {
                Period rest = headerPeriods.whole(String.join(" ", java.util.Arrays.copyOfRange(words, w, words.length)));
                reading = periodReading(rest);
            }
            if (reading == null && (stated.isEmpty() || text.length() <= 30)) {
                for (int next = c + 1; next < row.width(); next++) {
                    if (!row.isBlank(next)) {
                        reading = row.kind(next) == SheetRow.CellKind.NUMBER ? periodReading(numericPeriod(row, next))
                                : headerPeriods.read(row.display(next));
                        break;
                    }
                }
            }
            if (reading != null) {
                return reading.period();
            }
        }
        return null;
    }

    private static HeaderPeriods.Reading periodReading(Period period) {
        return period == null ? null : new HeaderPeriods.Reading(period, false);
    }

    /**
     * A second header row holds words, periods or years, never other numbers (those are data),
     * whether typed (a workbook) or written as text (a CSV file).
     */
    private boolean looksLikeHeader(SheetRow row) {
        for (int c = 0; c < row.width(); c++) {
            SheetRow.CellKind kind = row.kind(c);
            if (kind == SheetRow.CellKind.NUMBER && (row.style(c) & SheetRow.DATE) == 0
                    && !(row.number(c) == Math.rint(row.number(c)) && row.number(c) >= 1900 && row.number(c) <= 2200)
                    || kind == SheetRow.CellKind.BOOLEAN || kind == SheetRow.CellKind.ERROR
                    || kind == SheetRow.CellKind.TEXT && CellValues.parseNumber(row.text(c), false) != null
                    && headerPeriods.whole(row.text(c)) == null) {
                return false;
            }
        }
        return true;
    }

    /** True when the lower row of a pair names one of the pair's period columns ({@code Actual} under {@code FY2015}). */
    private static boolean labelsAPeriodColumn(SheetRow lower, Header pair) {
        for (int column : pair.periodColumns) {
            if (!lower.isBlank(column)) {
                return true;
            }
        }
        return false;
    }

    /** The header in the rows the mapping names; throws when it is not usable. */
    Header explicit(SheetRow upper, SheetRow lower, Period reporting, String fileName, String sheet)
            throws ImportException {
        Candidate candidate = evaluate(upper, lower, reporting);
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

    private Candidate evaluate(SheetRow upper, SheetRow lower, Period reporting) {
        int width = Math.max(upper == null ? 0 : upper.width(), lower == null ? 0 : lower.width());
        String[] texts = new String[width];
        List<List<String>> roleTexts = new ArrayList<>(width);
        Period[] columnPeriods = new Period[width];
        boolean[] planned = new boolean[width];
        List<Header.PositionNote> notes = new ArrayList<>();
        String[] tops = lower == null ? null : upperLabels(upper, lower, width, notes);
        String carried = "";
        Period carriedPeriod = null;
        for (int c = 0; c < width; c++) {
            String top = upper == null ? "" : upper.display(c);
            Period topPeriod = numericPeriod(upper, c);
            if (topPeriod != null) {
                top = topPeriod.label();
            }
            if (tops != null && tops[c] != null) {
                top = tops[c];
                topPeriod = null;
            }
            List<String> candidates = new ArrayList<>(3);
            HeaderPeriods.Reading reading;
            if (lower == null) {
                texts[c] = top;
                candidates.add(top);
                reading = topPeriod != null ? periodReading(topPeriod) : headerPeriods.read(top);
            } else {
                String bottom = lower.display(c);
                Period bottomPeriod = numericPeriod(lower, c);
                if (bottomPeriod != null) {
                    bottom = bottomPeriod.label();
                }
                if (!top.isEmpty()) {
                    carried = top;
                    carriedPeriod = topPeriod != null ? topPeriod : headerPeriods.whole(top);
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
                    reading = periodReading(bottomPeriod);
                } else if (over.isEmpty()) {
                    reading = headerPeriods.read(bottom);
                } else if (bottom.isEmpty()) {
                    reading = top.isEmpty() ? null : topPeriod != null ? periodReading(topPeriod) : headerPeriods.read(top);
                } else {
                    reading = pairReading(over, carriedPeriod, bottom);
                    if (reading != null && headerPeriods.whole(bottom) != null) {
                        texts[c] = bottom;
                    }
                }
            }
            if (reading != null) {
                columnPeriods[c] = reading.period();
                planned[c] = reading.planned();
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
        Integer grouping = roles.get("disaggregation");
        if (grouping != null && !request.columns().containsKey("disaggregation")) {
            int key = roles.containsKey("indicator") ? roles.get("indicator") : roles.getOrDefault("title", -1);
            if (key > grouping && GROUPING_WORDS.contains(HeaderWords.normalise(texts[grouping]))) {
                roles.remove("disaggregation");
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
        boolean snapshot = !longOk && hasKey && reporting != null && roles.containsKey("value")
                && !roles.containsKey("period") && request.layout() != Layout.WIDE;
        Layout layout = request.layout();
        if (layout == null) {
            layout = longOk || snapshot && !wideOk ? Layout.LONG : wideOk ? Layout.WIDE : null;
        }
        if (layout == Layout.LONG && !longOk && snapshot) {
            longOk = true;
        } else {
            snapshot = false;
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
        candidate.header = new Header(first, last, layout, texts, roles, periodColumns, periodsByColumn,
                layout == Layout.WIDE ? planned : new boolean[width], snapshot ? reporting : null,
                layout == Layout.WIDE ? notes : List.of());
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
                ? ", and no column header reads as a period for a wide layout" : "")
                + (roles.containsKey("value") && !roles.containsKey("period")
                ? " (a table with one value per indicator takes its period from a line above it, such as"
                + " \"Reporting period: January to December 2024\")" : "");
    }

    private Period numericPeriod(SheetRow row, int column) {
        if (row == null || row.kind(column) != SheetRow.CellKind.NUMBER || (row.style(column) & SheetRow.DATE) == 0) {
            return null;
        }
        PeriodParser.Result result = periods.parse(row.number(column), row.style(column), date1904);
        return result.period();
    }

    /**
     * The period of a column under a two-row header: the lower cell alone ({@code Q1 FY24} under
     * {@code FY 2024}), both together ({@code Year 1} over {@code Q1}, {@code FY 2024} over {@code Q1}),
     * or the upper period over a value word ({@code FY2015} over {@code Actual}); a sibling under the same
     * period ({@code Target}, {@code % achieved}) is not a period column.
     */
    private HeaderPeriods.Reading pairReading(String over, Period overPeriod, String bottom) {
        Period alone = headerPeriods.whole(bottom);
        if (alone != null) {
            return periodReading(alone);
        }
        Period both = headerPeriods.whole(over + " " + bottom);
        if (both == null && overPeriod != null) {
            both = headerPeriods.whole(overPeriod.label() + " " + bottom);
        }
        if (both != null) {
            return periodReading(both);
        }
        if (overPeriod != null && HeaderPeriods.isValueWord(bottom)) {
            return periodReading(overPeriod);
        }
        return null;
    }

    /**
     * The upper labels of a two-row header where year labels of equal blocks repeat or skip
     * ({@code Year 1, Year 2, Year 2, Year 4, Year 5} over quarters): each such block gets the label of
     * its position (the first label plus its rank), and the replacement is noted. A block is a label
     * merged (or written again in every cell) over its columns, up to where the lower labels start
     * over. Null entries keep the cell's own text.
     */
    private String[] upperLabels(SheetRow upper, SheetRow lower, int width, List<Header.PositionNote> notes) {
        List<int[]> blocks = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String label = upper.display(c);
            if (!label.isEmpty()) {
                int end = c;
                while (end + 1 < width && !lower.display(end + 1).isEmpty()
                        && (upper.display(end + 1).isEmpty() || upper.display(end + 1).equals(label))
                        && !lower.display(end + 1).equals(lower.display(c))) {
                    end++;
                }
                blocks.add(new int[] {c, end});
                c = end;
            }
        }
        String[] labels = new String[width];
        int runStart = 0;
        while (runStart < blocks.size()) {
            String shape = yearShape(upper.display(blocks.get(runStart)[0]));
            if (shape == null) {
                runStart++;
                continue;
            }
            int span = blocks.get(runStart)[1] - blocks.get(runStart)[0];
            int runEnd = runStart;
            while (runEnd + 1 < blocks.size() && shape.equals(yearShape(upper.display(blocks.get(runEnd + 1)[0])))
                    && blocks.get(runEnd + 1)[0] == blocks.get(runEnd)[1] + 1
                    && blocks.get(runEnd + 1)[1] - blocks.get(runEnd + 1)[0] == span) {
                runEnd++;
            }
            if (runEnd > runStart && span > 0) {
                int first = labelNumber(upper.display(blocks.get(runStart)[0]));
                for (int b = runStart + 1; b <= runEnd; b++) {
                    int column = blocks.get(b)[0];
                    String printed = upper.display(column);
                    int expected = first + (b - runStart);
                    if (labelNumber(printed) != expected) {
                        Matcher m = LABEL_NUMBER.matcher(printed);
                        if (!m.find()) {
                            continue;
                        }
                        String digits = String.format("%0" + m.group(1).length() + "d", expected);
                        String readAs = printed.substring(0, m.start(1)) + digits + printed.substring(m.end(1));
                        for (int col = column; col <= blocks.get(b)[1]; col++) {
                            if (!upper.display(col).isEmpty()) {
                                labels[col] = readAs;
                            }
                        }
                        notes.add(new Header.PositionNote(upper.number(), column, printed, readAs,
                                CellRef.columnLetters(column + 1) + ":" + CellRef.columnLetters(blocks.get(b)[1] + 1)));
                    }
                }
            }
            runStart = runEnd + 1;
        }
        return labels;
    }

    /** {@code "year #"} for {@code Year 2}, {@code "fy#"} for {@code FY24}, {@code "#"} for {@code 2024}; null for others. */
    private String yearShape(String label) {
        if (label.isEmpty() || headerPeriods.whole(label) == null) {
            return null;
        }
        Matcher m = LABEL_NUMBER.matcher(label);
        if (!m.find()) {
            return null;
        }
        String shape = label.substring(0, m.start(1)).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return shape.isEmpty() || shape.equals("year") || shape.equals("yr") || shape.equals("y") || shape.equals("fy")
                || shape.equals("annee") || shape.equals("ano") ? shape + "#" + m.group(2).strip() : null;
    }

    private static int labelNumber(String label) {
        Matcher m = LABEL_NUMBER.matcher(label);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
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
