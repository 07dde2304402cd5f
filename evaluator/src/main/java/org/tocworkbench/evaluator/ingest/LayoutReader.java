package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Unit;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * Reads the data rows below a header into observations. What both layouts share lives here: the
 * indicator lookup, turning a cell into a value in the indicator's unit, duplicate and range
 * checks, and the issues; {@link LongLayoutReader} and {@link WideLayoutReader} walk the rows.
 */
abstract class LayoutReader {
    protected final String fileName;
    protected final String sheet;
    protected final Header header;
    protected final IndicatorMatcher matcher;
    protected final PeriodParser periods;
    protected final IssueLimiter issues;
    private final ObservationSink sink;
    private final boolean decimalComma;
    protected final boolean date1904;
    /** Rows are lines of a text file (IATI XML, DHIS2 JSON): cells are named by line, not column. */
    private final boolean linesAsRows;
    /** Further group columns after the disaggregation column: IATI's "Dimension 2 value" and on. */
    private final int[] moreGroupColumns;
    private final LocalDate timelineStart;
    private final LocalDate timelineEnd;
    private final SeenValues seen = new SeenValues();
    private final Map<String, Integer> groups = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private String lastGroupText = "";
    private String lastGroup = "";
    private final Set<String> reportedTitleMatches = new HashSet<>();
    private boolean fiscalNote;
    private CellRef fiscalNoteCell;
    private String fiscalNoteMessage;
    /** Period cells looked at for a fiscal label: the first ones tell, a long sheet is not scanned to its end. */
    private int fiscalChecks;
    /** The header's columns by role, looked up once rather than on every row (-1 when absent). */
    private final int keyColumn;
    private final int titleColumn;
    private final int disaggregationColumn;
    private final int commentColumn;
    /** The template's code column, -1 when there is none, -2 until looked for. */
    private int codeColumn = -2;

    long rowsRead;
    long observations;
    long missingValues;
    long structureRows;
    long totalsRows;
    long repeatedValues;

    LayoutReader(ReadContext context, Header header) {
        this.fileName = context.fileName();
        this.sheet = context.sheet();
        this.header = header;
        this.matcher = context.matcher();
        this.periods = context.periods();
        this.issues = context.issues();
        this.sink = context.sink();
        this.decimalComma = context.decimalComma();
        this.date1904 = context.date1904();
        this.timelineStart = context.timelineStart();
        this.timelineEnd = context.timelineEnd();
        this.linesAsRows = context.linesAsRows();
        this.moreGroupColumns = moreGroupColumns(header);
        this.keyColumn = header.keyColumn();
        this.titleColumn = header.column("title");
        this.disaggregationColumn = header.column("disaggregation");
        this.commentColumn = header.column("comment");
        groups.put("", 0);
    }

    /** Sizes the duplicate table for about this many values (a hint from the sheet's dimension or the file's length). */
    void expectValues(int values) {
        seen.reserve(values);
    }

    /** One data row below the header. */
    abstract void row(SheetRow row);

    /**
     * The indicator of a data row of a long sheet, counting the row; null for a blank row or after
     * {@link #indicator} counted or reported it.
     */
    protected final IndicatorMatcher.Match dataRow(SheetRow row, int valueColumn) {
        if (row.isBlank()) {
            return null;
        }
        rowsRead++;
        return indicator(row, !row.isBlank(valueColumn));
    }

    /** Called once after the last row: a reader that holds values back passes them on here. */
    void finish() {
    }

    protected final CellRef ref(SheetRow row, int column) {
        return ref(row.number(), column);
    }

    /** The cell at a 1-based row and 0-based column; for a source addressed by line, the line. */
    protected final CellRef ref(int rowNumber, int column) {
        return new CellRef(fileName, sheet, rowNumber, linesAsRows ? 0 : column + 1);
    }

    /**
     * The indicator named by the row (id column, then title column), or null after counting or
     * reporting the row. {@code hasValues} says whether the row holds anything to lose.
     */
    protected final IndicatorMatcher.Match indicator(SheetRow row, boolean hasValues) {
        int keyColumn = this.keyColumn;
        int titleColumn = this.titleColumn;
        String key = row.display(keyColumn);
        String title = titleColumn >= 0 && titleColumn != keyColumn ? row.display(titleColumn) : "";
        IndicatorMatcher.Match byCode = key.isEmpty() ? matchCodeColumn(row) : null;
        if (byCode != null) {
            return byCode;
        }
        if (key.isEmpty() && title.isEmpty()) {
            if (!hasValues) {
                structureRows++;
            } else if (issues.wants(DataIssue.Kind.SKIPPED_ROW)) {
                issues.report(ref(row, keyColumn), DataIssue.Kind.SKIPPED_ROW, "row " + row.number()
                        + " has data but no indicator in " + header.describe(keyColumn)
                        + " (if the indicator cell is merged over several rows, fill it in on every row)");
            } else {
                issues.count(DataIssue.Kind.SKIPPED_ROW);
            }
            return null;
        }
        IndicatorMatcher.Match match = key.isEmpty() ? null : matcher.match(key);
        boolean byKey = match != null;
        if (match == null && !title.isEmpty()) {
            match = matcher.match(title);
        }
        if (match != null) {
            if (match.byTitle() && reportedTitleMatches.add(match.indicator().id())) {
                String named = byKey ? key : title;
                issues.report(ref(row, byKey ? keyColumn : titleColumn), DataIssue.Kind.MATCHED_BY_TITLE,
                        "\"" + named + "\" matched indicator `" + match.indicator().id()
                                + "` by its title; to be safe from title edits, write the id or add `code \"" + named.strip()
                                + "\" is " + match.indicator().id() + "` to the data block",
                        named.strip(), "is `" + match.indicator().id() + "`");
            }
            return match;
        }
        String named = key.isEmpty() ? title : key;
        if (HeaderWords.isTotalsLabel(named) || firstTextIsTotal(row)) {
            totalsRows++;
            return null;
        }
        if (!hasValues || HeaderWords.normalise(named).equals(HeaderWords.normalise(header.texts[keyColumn]))) {
            structureRows++;
            return null;
        }
        if (issues.wants(DataIssue.Kind.UNKNOWN_INDICATOR)) {
            IndicatorMatcher.Unknown unknown = matcher.unknown(named);
            issues.report(ref(row, key.isEmpty() ? titleColumn : keyColumn), DataIssue.Kind.UNKNOWN_INDICATOR,
                    unknown.message(), named.strip(), unknown.hint());
        } else {
            issues.count(DataIssue.Kind.UNKNOWN_INDICATOR, named.strip());
        }
        return null;
    }

    /**
     * The indicator of the template's code column ({@link TemplateContract#CODE_HEADER}, with no role of
     * its own), for a row whose id cell is blank: the first of its codes that matches, before the title.
     */
    private IndicatorMatcher.Match matchCodeColumn(SheetRow row) {
        if (codeColumn == -2) {
            codeColumn = -1;
            for (int c = 0; c < header.texts.length; c++) {
                if (!header.roles.containsValue(c) && header.texts[c] != null
                        && header.texts[c].strip().equalsIgnoreCase(TemplateContract.CODE_HEADER)) {
                    codeColumn = c;
                }
            }
        }
        if (codeColumn < 0) {
            return null;
        }
        for (String code : row.display(codeColumn).split(",")) {
            IndicatorMatcher.Match match = code.isBlank() ? null : matcher.match(code);
            if (match != null && !match.byTitle()) {
                return match;
            }
        }
        return null;
    }

    private boolean firstTextIsTotal(SheetRow row) {
        for (int c = 0; c < row.width(); c++) {
            if (row.kind(c) == SheetRow.CellKind.TEXT && !row.isBlank(c)) {
                return HeaderWords.isTotalsLabel(row.text(c));
            }
        }
        return false;
    }

    /** True when the cell gives no value: blank, or a "no value" marker such as {@code n/a}. */
    protected static boolean isMissing(SheetRow row, int column) {
        SheetRow.CellKind kind = row.kind(column);
        if (kind == SheetRow.CellKind.BLANK) {
            return true;
        }
        if (kind == SheetRow.CellKind.TEXT) {
            return CellValues.isMissing(row.text(column));
        }
        return kind == SheetRow.CellKind.ERROR && "#N/A".equalsIgnoreCase(row.text(column).strip());
    }

    /**
     * True when the value cell gives no value (counted; a blank value beside a comment is reported as
     * {@code NO_VALUE}, so that the comment is not lost).
     */
    protected final boolean noValue(SheetRow row, int valueColumn, int commentColumn, IndicatorMatcher.Match match) {
        if (!isMissing(row, valueColumn)) {
            return false;
        }
        missingValues++;
        if (row.kind(valueColumn) == SheetRow.CellKind.BLANK && commentColumn >= 0 && !row.isBlank(commentColumn)) {
            issues.report(ref(row, valueColumn), DataIssue.Kind.NO_VALUE, "no value for `"
                    + match.indicator().id() + "`, but a comment: \"" + shorten(row.display(commentColumn)) + "\"");
        }
        return true;
    }

    /** The group of a row: "" for the total; with several dimension columns, their values joined by ", ". */
    protected final String group(SheetRow row) {
        String group = firstGroup(row);
        if (moreGroupColumns.length == 0) {
            return group;
        }
        StringBuilder joined = new StringBuilder(group);
        for (int column : moreGroupColumns) {
            String text = row.display(column).strip();
            if (!HeaderWords.isTotalGroup(text)) {
                joined.append(joined.length() == 0 ? "" : ", ").append(text);
            }
        }
        return joined.toString();
    }

    /**
     * The value columns of further dimensions ({@code Dimension 2 value}, ...) when the disaggregation
     * column is the first of such a numbered series.
     */
    private static int[] moreGroupColumns(Header header) {
        int first = header.column("disaggregation");
        if (first < 0 || !DIMENSION_VALUE.matcher(HeaderWords.normalise(header.texts[first])).matches()) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(0, header.texts.length)
                .filter(c -> c != first && DIMENSION_VALUE.matcher(HeaderWords.normalise(header.texts[c])).matches())
                .toArray();
    }

    private static final java.util.regex.Pattern DIMENSION_VALUE = java.util.regex.Pattern.compile(
            "dimension \\d+ value|dimension value \\d+");

    private String firstGroup(SheetRow row) {
        int column = disaggregationColumn;
        if (column < 0) {
            return "";
        }
        String text = row.display(column);
        if (text.equals(lastGroupText)) {
            return lastGroup;
        }
        String group = groupNames.get(text);
        if (group == null) {
            group = HeaderWords.isTotalGroup(text) ? "" : text;
            if (groupNames.size() >= 4096) {
                groupNames.clear();
            }
            groupNames.put(text, group);
        }
        lastGroupText = text;
        lastGroup = group;
        return group;
    }

    /** A cell read as a value in the indicator's unit: the number ({@code NaN} for text units) and the text. */
    record Reading(double value, String text) {
    }

    /** Reads the value cell and, when it is usable, passes the observation on. */
    protected final void value(SheetRow row, int column, IndicatorMatcher.Match match, Period period, String group) {
        Indicator indicator = match.indicator();
        if (indicator.composite() && row.kind(column) != SheetRow.CellKind.BLANK) {
            issues.report(ref(row, column), DataIssue.Kind.COMPOSITE_VALUE, "`" + indicator.id() + "` is measured"
                    + " through its parts: name one of them (" + String.join(", ", indicator.parts()) + ")");
            return;
        }
        Reading reading = read(row, column, indicator);
        if (reading == null) {
            return;
        }
        double value = reading.value();
        if (unitOf(indicator).kind() != UnitKind.TEXT) {
            int groupIndex = groupIndex(group);
            SeenValues.Earlier earlier = seen.putIfAbsent(match.index(), groupIndex, period, value, row.number(), column);
            if (earlier != null) {
                if (same(earlier.value(), value)) {
                    repeatedValues++;
                } else {
                    issues.report(ref(row, column), DataIssue.Kind.DUPLICATE_VALUE, "a second value for `"
                            + indicator.id() + "`, " + period.label() + (group.isEmpty() ? "" : ", " + group) + ": "
                            + CellValues.formatNumber(value) + " here, " + CellValues.formatNumber(earlier.value())
                            + " at " + ref(earlier.row(), earlier.column()).a1() + " (the first is kept)");
                }
                return;
            }
        }
        emit(match, period, group, reading, ref(row, column), comment(row, column));
    }

    /**
     * The comment that goes with the value in {@code column}: the row's comment or narrative
     * column, if the header has one. Layouts with several values per row say which one it belongs to.
     */
    protected String comment(SheetRow row, int column) {
        int commentColumn = this.commentColumn;
        return commentColumn < 0 || commentColumn == column || row.isBlank(commentColumn) ? ""
                : row.display(commentColumn).strip();
    }

    /** Passes a value on to the sink, noting a period outside the theory's timeline. */
    protected final void emit(IndicatorMatcher.Match match, Period period, String group, Reading reading, CellRef where) {
        emit(match, period, group, reading, where, "");
    }

    /** Passes a value and its comment on to the sink, noting a period outside the theory's timeline. */
    protected final void emit(IndicatorMatcher.Match match, Period period, String group, Reading reading, CellRef where,
                              String comment) {
        if (timelineStart != null && period.end().isBefore(timelineStart)
                || timelineEnd != null && period.start().isAfter(timelineEnd)) {
            if (issues.wants(DataIssue.Kind.OUTSIDE_TIMELINE)) {
                issues.report(where, DataIssue.Kind.OUTSIDE_TIMELINE, period.label() + " lies outside the"
                        + " theory's period (" + (timelineStart == null ? "…" : timelineStart) + " to "
                        + (timelineEnd == null ? "…" : timelineEnd) + "); the value is still used");
            } else {
                issues.count(DataIssue.Kind.OUTSIDE_TIMELINE);
            }
        }
        observations++;
        sink.observation(new Observation(match.indicator().id(), period, reading.value(), reading.text(), group, where,
                match.byTitle(), comment));
    }

    private static Unit unitOf(Indicator indicator) {
        return indicator.unit() == null ? Unit.DEFAULT : indicator.unit();
    }

    /**
     * The value of a cell in the indicator's unit, or null after reporting why it cannot be used (or
     * counting a blank). A percentage outside 0–100 is reported and not used.
     */
    protected final Reading read(SheetRow row, int column, Indicator indicator) {
        Unit unit = unitOf(indicator);
        double value;
        String text;
        SheetRow.CellKind kind = row.kind(column);
        switch (kind) {
            case NUMBER:
                text = numberText(row, column);
                value = fromNumber(row, column, unit, indicator);
                break;
            case TEXT:
                text = row.text(column).strip();
                value = fromText(row, column, text, unit, indicator);
                break;
            case BOOLEAN:
                text = row.text(column);
                value = fromBoolean(row, column, unit, indicator);
                break;
            case ERROR:
                issues.report(ref(row, column), DataIssue.Kind.CELL_ERROR, "the cell shows the error "
                        + row.text(column) + " instead of a value for `" + indicator.id() + "`");
                return null;
            case FORMULA_WITHOUT_VALUE:
                issues.report(ref(row, column), DataIssue.Kind.FORMULA_WITHOUT_VALUE, "the formula has no saved"
                        + " value (the file was written by a program and never recalculated): open and save it in"
                        + " Excel or LibreOffice");
                return null;
            default:
                missingValues++;
                return null;
        }
        if (Double.isNaN(value) && unit.kind() != UnitKind.TEXT) {
            return null;
        }
        if (Double.isInfinite(value)) {
            issues.report(ref(row, column), DataIssue.Kind.NON_FINITE_NUMBER, "\"" + shorten(text) + "\" for `"
                    + indicator.id() + "` is beyond the largest number a value can hold (about 1.8e308); not used");
            return null;
        }
        if (unit.kind() == UnitKind.PERCENT && (value < 0 || value > 100)) {
            issues.report(ref(row, column), DataIssue.Kind.OUT_OF_RANGE, CellValues.formatNumber(value) + "% for `"
                    + indicator.id() + "` is outside 0–100");
            return null;
        }
        return new Reading(value, text);
    }

    private int groupIndex(String group) {
        Integer index = groups.get(group);
        if (index == null) {
            index = groups.size();
            groups.put(group, index);
        }
        return index;
    }

    private static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String numberText(SheetRow row, int column) {
        if ((row.style(column) & SheetRow.PERCENT) != 0) {
            return CellValues.formatNumber(Math.rint(row.number(column) * 100 * 1e9) / 1e9) + "%";
        }
        String raw = row.text(column);
        return raw != null ? raw : CellValues.formatNumber(row.number(column));
    }

    private double fromNumber(SheetRow row, int column, Unit unit, Indicator indicator) {
        double number = row.number(column);
        byte style = row.style(column);
        if ((style & SheetRow.DATE) != 0 && unit.kind() != UnitKind.TEXT) {
            nonNumeric(row, column, indicator, "the cell is a date (" + periods.parse(number, style, date1904)
                    .period() + "), not a value");
            return Double.NaN;
        }
        switch (unit.kind()) {
            case PERCENT:
                return (style & SheetRow.PERCENT) != 0 ? Math.rint(number * 100 * 1e9) / 1e9 : number;
            case COUNT:
                if ((style & SheetRow.PERCENT) != 0 && indicator.population().isPresent()) {
                    return indicator.population().get().countOf(Math.rint(number * 100 * 1e9) / 1e9);
                }
                return number;
            case CURRENCY:
            case RATIO:
                return number;
            case BOOLEAN:
                if (number == 0 || number == 1) {
                    return number;
                }
                nonNumeric(row, column, indicator, CellValues.formatNumber(number) + " is not a yes/no value (1 or 0,"
                        + " true or false)");
                return Double.NaN;
            case SCALE:
                // A whole number is a label's position; a fraction is a mean score (2.9 on a 1-4 scale).
                if (number >= 1 && number <= unit.scale().size()) {
                    return number;
                }
                nonNumeric(row, column, indicator, CellValues.formatNumber(number) + " is not on the scale "
                        + String.join(" < ", unit.scale()) + " (1 to " + unit.scale().size() + ")");
                return Double.NaN;
            default:
                return Double.NaN;
        }
    }

    private double fromText(SheetRow row, int column, String text, Unit unit, Indicator indicator) {
        switch (unit.kind()) {
            case TEXT:
                return Double.NaN;
            case BOOLEAN: {
                OptionalDouble b = Unit.bool(text);
                if (b.isPresent()) {
                    return b.getAsDouble();
                }
                nonNumeric(row, column, indicator, "\"" + text + "\" is not a yes/no value (true/false, yes/no, 1/0)");
                return Double.NaN;
            }
            case SCALE:
                return scale(row, column, text, unit, indicator);
            default:
                break;
        }
        CellValues.NumberText number = CellValues.parseNumber(text, decimalComma);
        if (number == null) {
            String hint = !decimalComma && CellValues.looksLikeDecimalComma(text)
                    ? " (if it uses a decimal comma, declare `decimal comma` in the data binding)" : "";
            nonNumeric(row, column, indicator, "\"" + shorten(text) + "\" is not a number" + hint);
            return Double.NaN;
        }
        if (!number.percent()) {
            return number.value();
        }
        if (unit.kind() == UnitKind.PERCENT) {
            return number.value();
        }
        if (unit.kind() == UnitKind.RATIO) {
            return number.value() / 100;
        }
        if (unit.kind() == UnitKind.COUNT && indicator.population().isPresent()) {
            return indicator.population().get().countOf(number.value());
        }
        nonNumeric(row, column, indicator, "\"" + text + "\" is a percentage, but `" + indicator.id() + "` is measured as "
                + unit.describe());
        return Double.NaN;
    }

    private double scale(SheetRow row, int column, String text, Unit unit, Indicator indicator) {
        List<String> labels = unit.scale();
        String normal = HeaderWords.normalise(text);
        for (int i = 0; i < labels.size(); i++) {
            if (HeaderWords.normalise(labels.get(i)).equals(normal)) {
                return i + 1;
            }
        }
        CellValues.NumberText number = CellValues.parseNumber(text, decimalComma);
        if (number != null && !number.percent() && number.value() >= 1 && number.value() <= labels.size()) {
            return number.value();
        }
        nonNumeric(row, column, indicator, "\"" + shorten(text) + "\" is not on the scale " + String.join(" < ", labels)
                + " (a label, or a score or mean score from 1 to " + labels.size() + ")");
        return Double.NaN;
    }

    private double fromBoolean(SheetRow row, int column, Unit unit, Indicator indicator) {
        if (unit.kind() == UnitKind.BOOLEAN) {
            return row.number(column);
        }
        if (unit.kind() == UnitKind.TEXT) {
            return Double.NaN;
        }
        nonNumeric(row, column, indicator, "the cell holds " + row.text(column) + ", but `" + indicator.id()
                + "` is measured as " + unit.describe());
        return Double.NaN;
    }

    private void nonNumeric(SheetRow row, int column, Indicator indicator, String why) {
        if (issues.wants(DataIssue.Kind.NON_NUMERIC_VALUE)) {
            issues.report(ref(row, column), DataIssue.Kind.NON_NUMERIC_VALUE, why + " for `" + indicator.id() + "` ("
                    + indicator.unit().describe().toLowerCase(Locale.ROOT) + ")", row.display(column).strip(), "");
        } else {
            issues.count(DataIssue.Kind.NON_NUMERIC_VALUE, row.display(column).strip());
        }
    }

    protected static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /** Reports a period cell that cannot be read, with the parser's reason. */
    protected final void unreadablePeriod(SheetRow row, int column, String problem) {
        if (issues.wants(DataIssue.Kind.UNREADABLE_PERIOD)) {
            issues.report(ref(row, column), DataIssue.Kind.UNREADABLE_PERIOD, problem, row.display(column).strip(), "");
        } else {
            issues.count(DataIssue.Kind.UNREADABLE_PERIOD, row.display(column).strip());
        }
    }

    /** The period a cell names, or null after reporting why not. */
    protected final Period period(SheetRow row, int column) {
        PeriodParser.Result result;
        switch (row.kind(column)) {
            case NUMBER:
                result = periods.parse(row.number(column), row.style(column), date1904);
                break;
            case TEXT:
                result = periods.parse(row.text(column));
                break;
            case BLANK:
                result = PeriodParser.Result.problem("no period in " + header.describe(column));
                break;
            case FORMULA_WITHOUT_VALUE:
                result = PeriodParser.Result.problem("the period is a formula with no saved value");
                break;
            default:
                result = PeriodParser.Result.problem("\"" + row.text(column) + "\" is not a period");
        }
        if (!result.ok()) {
            unreadablePeriod(row, column, result.problem());
            return null;
        }
        if (result.warning() != null) {
            issues.report(ref(row, column), DataIssue.Kind.TWO_DIGIT_YEAR, result.warning());
        }
        if (fiscalNote && row.kind(column) == SheetRow.CellKind.TEXT && fiscalChecks++ < 10_000
                && FiscalYearHint.isFiscalLabel(row.text(column))) {
            fiscalNote = false;
            issues.report(fiscalNoteCell != null ? fiscalNoteCell : ref(row, column), DataIssue.Kind.FISCAL_YEAR_ASSUMED,
                    fiscalNoteMessage != null ? fiscalNoteMessage : FiscalYearHint.calendarReading(result.period()));
        }
        return result.period();
    }

    /**
     * Asks for one {@link DataIssue.Kind#FISCAL_YEAR_ASSUMED} issue when the first period cell written as
     * a fiscal period is read: at {@code where} with {@code message} (the sheet's own statement of its
     * fiscal year), or, both null, at that cell saying that fiscal periods are read as calendar periods.
     */
    final void noteFiscalPeriods(CellRef where, String message) {
        fiscalNote = true;
        fiscalNoteCell = where;
        fiscalNoteMessage = message;
    }
}
