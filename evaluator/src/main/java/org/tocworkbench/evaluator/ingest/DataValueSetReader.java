package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * A DHIS2 data value set (SPREADSHEET-LAYOUTS.md section 10): one row per data element × period ×
 * org unit × category option combo, as the server exports it to CSV (lower-case or camelCase
 * header, with or without a leading {@code dataSet} column, {@code lastupdated} or
 * {@code timestamp}), as Excel saves that CSV, or as the JSON form read by {@link DataValueSetJson}.
 *
 * <p>What a plain long sheet does not do, and this reader does:
 * <ul>
 * <li>a row with {@code deleted = true} is never used; its value is reported ({@code DELETED_VALUE});
 * <li>two values for the same data element, period, org unit and combos are one value updated: the
 *     newest {@code lastupdated}/{@code timestamp} holds and the older is reported
 *     ({@code SUPERSEDED_VALUE}); with equal or missing times the first holds ({@code DUPLICATE_VALUE});
 * <li>{@code followup = true} is reported with the comment ({@code FOLLOW_UP}); the value is used;
 * <li>the category option combo is the group, the default combo ({@code HllvX50cXC0}) or none the
 *     total; a non-default attribute option combo is added to it; when the file holds several org
 *     units, the org unit is part of the group (one org unit: it is the total).
 * </ul>
 * Columns are found by name, and a DHIS2 column whose name is misspelt (the server's own test
 * file writes {@code dataelelement}) by its place in the DHIS2 order, counted from the period
 * column. Values are held back until the end of the file (the newest may come last) in a
 * {@link LatestValues} table, 24 bytes per distinct value, and handed on in the order their keys
 * first appeared.
 */
final class DataValueSetReader extends LayoutReader {
    /** The DHIS2 columns in their export order. */
    private static final List<String> ORDER = List.of("dataelement", "period", "orgunit", "categoryoptioncombo",
            "attributeoptioncombo", "value", "storedby", "lastupdated", "comment", "followup", "deleted");
    private static final Map<String, String> ALIASES = Map.of("dataelelement", "dataelement", "timestamp", "lastupdated",
            "data element", "dataelement", "org unit", "orgunit", "category option combo", "categoryoptioncombo",
            "attribute option combo", "attributeoptioncombo", "last updated", "lastupdated", "stored by", "storedby",
            "follow up", "followup");
    private static final String DEFAULT_COMBO = "HllvX50cXC0";
    private static final Pattern STAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?.*)?");
    /** Seconds are counted from 2000 so that a time fits an int until 2068. */
    private static final long EPOCH_2000 = LocalDate.of(2000, 1, 1).toEpochDay() * 86_400L;
    private static final int NO_TIME = Integer.MIN_VALUE;

    private final int periodColumn;
    private final int orgUnitColumn;
    private final int comboColumn;
    private final int attributeColumn;
    private final int valueColumn;
    private final int stampColumn;
    private final int commentColumn;
    private final int followupColumn;
    private final int deletedColumn;

    private final Map<String, Integer> orgUnits = new HashMap<>();
    private final List<String> orgUnitNames = new ArrayList<>();
    private final Map<String, Integer> combos = new HashMap<>();
    private final List<String> comboNames = new ArrayList<>();
    private final Map<Period, Integer> periodIndex = new HashMap<>();
    private final List<Period> periodList = new ArrayList<>();
    /** Matched indicators by their index in the theory. */
    private IndicatorMatcher.Match[] matches = new IndicatorMatcher.Match[16];
    /** Text of values of text-unit indicators, by row: the only cell text held. */
    private final Map<Integer, String> texts = new HashMap<>();
    /** The comment of each row that has one, by row number: shown beside the value in reports. */
    private final Map<Integer, String> comments = new HashMap<>();
    private final LatestValues values = new LatestValues();
    private String lastOrgUnit = "";
    private int lastOrgUnitIndex = -1;
    private String lastCombo;
    private String lastAttribute;
    private int lastComboIndex = -1;
    private Period lastPeriod;
    private int lastPeriodIndex = -1;
    /** Values read but not yet put into {@link #values}: their table slots are read together. */
    private static final int PENDING = 32;
    private final long[] pendingKeys = new long[PENDING];
    private final double[] pendingValues = new double[PENDING];
    private final int[] pendingStamps = new int[PENDING];
    private final int[] pendingRows = new int[PENDING];
    private int pending;
    private boolean putting;
    /** The rows in {@link #comments}: most rows have none, and a bit is cheaper to ask than the map. */
    private final BitSet commentRows = new BitSet();
    /** The org unit and combo bits of a packed key. */
    private static final long GROUP_BITS = ((long) LatestValues.MAX_ORG_UNITS << 28) | ((long) LatestValues.MAX_COMBOS << 16);
    private long lastGroupKey = -1;
    private String lastGroupName;
    /** Group names by org unit and combo index, made once each. */
    private final Map<Long, String> groupNames = new HashMap<>();

    DataValueSetReader(ReadContext context, Header header) {
        super(context, header);
        int[] columns = columns(header.texts);
        this.periodColumn = columns[1];
        this.orgUnitColumn = columns[2];
        this.comboColumn = columns[3];
        this.attributeColumn = columns[4];
        this.valueColumn = columns[5];
        this.stampColumn = columns[7];
        this.commentColumn = columns[8];
        this.followupColumn = columns[9];
        this.deletedColumn = columns[10];
        issues.beforeEachIssue(this::putPending);
    }

    /** True for the header of a DHIS2 data value set: a period, org unit and category option combo column. */
    static boolean recognises(Header header) {
        int[] byName = byName(header.texts);
        return byName[1] >= 0 && byName[2] >= 0 && byName[3] >= 0;
    }

    private static int[] byName(String[] texts) {
        int[] columns = new int[ORDER.size()];
        Arrays.fill(columns, -1);
        for (int c = 0; c < texts.length; c++) {
            String name = HeaderWords.normalise(texts[c]);
            name = ALIASES.getOrDefault(name, name);
            int role = ORDER.indexOf(name);
            if (role >= 0 && columns[role] < 0) {
                columns[role] = c;
            }
        }
        return columns;
    }

    /** Columns by name; a DHIS2 column not found by name is taken at its place counted from the period column. */
    private static int[] columns(String[] texts) {
        int[] columns = byName(texts);
        int offset = columns[1] - 1;
        for (int role = 0; role < columns.length; role++) {
            int place = offset + role;
            if (columns[role] < 0 && place >= 0 && place < texts.length && !taken(columns, place)
                    && ORDER.indexOf(ALIASES.getOrDefault(HeaderWords.normalise(texts[place]),
                            HeaderWords.normalise(texts[place]))) < 0) {
                columns[role] = place;
            }
        }
        return columns;
    }

    private static boolean taken(int[] columns, int column) {
        for (int c : columns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }

    @Override
    void row(SheetRow row) {
        IndicatorMatcher.Match match = dataRow(row, valueColumn);
        if (match == null) {
            return;
        }
        boolean hasValue = !row.isBlank(valueColumn);
        if (flag(row, deletedColumn)) {
            if (hasValue && !issues.wants(DataIssue.Kind.DELETED_VALUE)) {
                issues.count(DataIssue.Kind.DELETED_VALUE);
            } else if (hasValue) {
                issues.report(ref(row, valueColumn), DataIssue.Kind.DELETED_VALUE, "deleted in DHIS2 (deleted = true):"
                        + " the value " + row.display(valueColumn) + " for `" + match.indicator().id() + "`, "
                        + row.display(periodColumn) + ", is not used" + comment(row));
            } else {
                missingValues++;
            }
            return;
        }
        if (noValue(row, valueColumn, commentColumn, match)) {
            return;
        }
        Period period = period(row, periodColumn);
        if (period == null) {
            return;
        }
        Reading reading = read(row, valueColumn, match.indicator());
        if (reading == null) {
            return;
        }
        if (flag(row, followupColumn) && !issues.wants(DataIssue.Kind.FOLLOW_UP)) {
            issues.count(DataIssue.Kind.FOLLOW_UP);
        } else if (flag(row, followupColumn)) {
            issues.report(ref(row, valueColumn), DataIssue.Kind.FOLLOW_UP, "marked for follow-up in DHIS2: "
                    + row.display(valueColumn) + " for `" + match.indicator().id() + "`, " + period.label()
                    + comment(row) + "; the value is used");
        }
        if (match.index() >= matches.length) {
            matches = Arrays.copyOf(matches, Math.max(match.index() + 1, matches.length * 2));
        }
        matches[match.index()] = match;
        if (textUnit(match.indicator())) {
            texts.put(row.number(), reading.text());
        }
        if (commentColumn >= 0 && !row.isBlank(commentColumn)) {
            comments.put(row.number(), row.display(commentColumn).strip());
            commentRows.set(row.number());
        }
        int stamp = stamp(row);
        long key = LatestValues.key(match.index(), orgUnit(row), combo(row), periodIndex(period));
        if (key == LatestValues.NO_KEY) {
            issues.report(ref(row, valueColumn), DataIssue.Kind.SKIPPED_ROW, "the data value set has more org units ("
                    + LatestValues.MAX_ORG_UNITS + "), combos or periods than one import holds; split the export");
            return;
        }
        pendingKeys[pending] = key;
        pendingValues[pending] = reading.value();
        pendingStamps[pending] = stamp;
        pendingRows[pending] = row.number();
        if (++pending == PENDING) {
            putPending();
        }
    }

    /**
     * Puts the values held back into the table, their slots read first in one go
     * ({@link LatestValues#prefetch}); a key seen before is resolved as the rows come. Also run
     * before any issue is reported, so that issues keep the order of the file.
     */
    private void putPending() {
        if (putting || pending == 0) {
            return;
        }
        putting = true;
        values.prefetch(pendingKeys, pending);
        for (int i = 0; i < pending; i++) {
            long key = pendingKeys[i];
            int place = values.put(key, pendingValues[i], pendingStamps[i], pendingRows[i]);
            if (place != LatestValues.ADDED) {
                resolve(matches[LatestValues.indicator(key)], periodList.get(LatestValues.period(key)), pendingValues[i],
                        pendingStamps[i], pendingRows[i], place);
            }
        }
        pending = 0;
        putting = false;
    }

    @Override
    void expectValues(int rows) {
        values.reserve(rows);
    }

    /** A second value for the same key: the newer holds. {@code place} is the earlier's entry. */
    private void resolve(IndicatorMatcher.Match match, Period period, double value, int stamp, int rowNumber, int place) {
        double earlierValue = values.value(place);
        int earlierStamp = values.stamp(place);
        int earlierRow = values.row(place);
        if (earlierValue == value) {
            repeatedValues++;
            if (stamp != NO_TIME && (earlierStamp == NO_TIME || stamp > earlierStamp)) {
                values.replace(place, value, stamp, rowNumber);
            }
            return;
        }
        if (stamp != NO_TIME && earlierStamp != NO_TIME && stamp != earlierStamp) {
            boolean newer = stamp > earlierStamp;
            if (newer) {
                values.replace(place, value, stamp, rowNumber);
            }
            if (!issues.wants(DataIssue.Kind.SUPERSEDED_VALUE)) {
                issues.count(DataIssue.Kind.SUPERSEDED_VALUE);
                return;
            }
            int oldRow = newer ? earlierRow : rowNumber;
            int keptRow = newer ? rowNumber : earlierRow;
            issues.report(ref(oldRow, valueColumn), DataIssue.Kind.SUPERSEDED_VALUE, "an older value for "
                    + what(match, period, place) + ": "
                    + CellValues.formatNumber(newer ? earlierValue : value) + " (updated " + time(newer ? earlierStamp : stamp)
                    + ") was replaced by " + CellValues.formatNumber(newer ? value : earlierValue) + " at "
                    + ref(keptRow, valueColumn).a1() + " (updated " + time(newer ? stamp : earlierStamp)
                    + "); the newer is used");
            return;
        }
        if (!issues.wants(DataIssue.Kind.DUPLICATE_VALUE)) {
            issues.count(DataIssue.Kind.DUPLICATE_VALUE);
            return;
        }
        issues.report(ref(rowNumber, valueColumn), DataIssue.Kind.DUPLICATE_VALUE, "a second value for "
                + what(match, period, place) + ": "
                + CellValues.formatNumber(value) + " here, " + CellValues.formatNumber(earlierValue) + " at "
                + ref(earlierRow, valueColumn).a1() + ", with " + (stamp == NO_TIME ? "no update time" : "the same update time")
                + " (the first is kept)");
    }

    private String what(IndicatorMatcher.Match match, Period period, int place) {
        return "`" + match.indicator().id() + "`, " + period.label() + group(values.key(place));
    }

    @Override
    void finish() {
        putPending();
        for (int place = 0; place < values.size(); place++) {
            long key = values.key(place);
            IndicatorMatcher.Match match = matches[LatestValues.indicator(key)];
            Period period = periodList.get(LatestValues.period(key));
            int rowNumber = values.row(place);
            double value = values.value(place);
            String text = textUnit(match.indicator()) ? texts.get(rowNumber) : CellValues.formatNumber(value);
            String comment = commentRows.get(rowNumber) ? comments.getOrDefault(rowNumber, "") : "";
            emit(match, period, groupName(key), new Reading(value, text), ref(rowNumber, valueColumn), comment);
        }
    }

    private String group(long key) {
        String group = groupName(key);
        return group.isEmpty() ? "" : ", " + group;
    }

    /** The combo (and attribute combo) when not the default; prefixed by the org unit when the file has several. */
    private String groupName(long key) {
        String combo = comboNames.get(LatestValues.combo(key));
        if (orgUnitNames.size() <= 1) {
            return combo;
        }
        long pair = key & GROUP_BITS;
        if (pair == lastGroupKey) {
            return lastGroupName;
        }
        lastGroupKey = pair;
        lastGroupName = groupNames.computeIfAbsent((long) LatestValues.orgUnit(key) << 32 | LatestValues.combo(key), k -> {
            String unit = orgUnitNames.get(LatestValues.orgUnit(key));
            return combo.isEmpty() ? unit : unit + ", " + combo;
        });
        return lastGroupName;
    }

    private static boolean textUnit(Indicator indicator) {
        return indicator.unit() != null && indicator.unit().kind() == UnitKind.TEXT;
    }

    private int orgUnit(SheetRow row) {
        String unit = orgUnitColumn < 0 ? "" : row.display(orgUnitColumn);
        if (unit.equals(lastOrgUnit) && lastOrgUnitIndex >= 0) {
            return lastOrgUnitIndex;
        }
        Integer index = orgUnits.get(unit);
        if (index == null) {
            index = orgUnitNames.size();
            orgUnits.put(unit, index);
            orgUnitNames.add(unit);
        }
        lastOrgUnit = unit;
        lastOrgUnitIndex = index;
        return index;
    }

    private int combo(SheetRow row) {
        String combo = comboColumn < 0 ? "" : row.display(comboColumn);
        String attribute = attributeColumn < 0 ? "" : row.display(attributeColumn);
        if (lastComboIndex >= 0 && combo.equals(lastCombo) && attribute.equals(lastAttribute)) {
            return lastComboIndex;
        }
        lastCombo = combo;
        lastAttribute = attribute;
        lastComboIndex = comboIndex(combo, attribute);
        return lastComboIndex;
    }

    private int comboIndex(String combo, String attribute) {
        String pair = combo + "|" + attribute;
        Integer index = combos.get(pair);
        if (index == null) {
            index = comboNames.size();
            combos.put(pair, index);
            String name = HeaderWords.isTotalGroup(combo) || combo.equals(DEFAULT_COMBO) ? "" : combo;
            if (!attribute.isEmpty() && !attribute.equals(DEFAULT_COMBO)) {
                name = name.isEmpty() ? attribute : name + ", " + attribute;
            }
            comboNames.add(name);
        }
        return index;
    }

    private int periodIndex(Period period) {
        if (period == lastPeriod) {
            return lastPeriodIndex;
        }
        Integer index = periodIndex.get(period);
        if (index == null) {
            index = periodList.size();
            periodIndex.put(period, index);
            periodList.add(period);
        }
        lastPeriod = period;
        lastPeriodIndex = index;
        return index;
    }

    private String comment(SheetRow row) {
        return commentColumn < 0 || row.isBlank(commentColumn) ? "" : " (comment: \"" + shorten(row.display(commentColumn)) + "\")";
    }

    /** A true/false cell: a boolean, 1/0, or text such as true, t, yes. */
    private static boolean flag(SheetRow row, int column) {
        if (column < 0) {
            return false;
        }
        switch (row.kind(column)) {
            case BOOLEAN:
            case NUMBER:
                return row.number(column) == 1;
            case TEXT:
                String t = row.text(column).strip();
                return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("t") || t.equalsIgnoreCase("yes") || t.equals("1");
            default:
                return false;
        }
    }

    /** The row's update time in seconds from 2000, or {@link #NO_TIME}. */
    private int stamp(SheetRow row) {
        if (stampColumn < 0) {
            return NO_TIME;
        }
        long seconds;
        switch (row.kind(stampColumn)) {
            case NUMBER: {
                double serial = row.number(stampColumn);
                LocalDate day = CellValues.excelDate(serial, date1904);
                if (day == null) {
                    return NO_TIME;
                }
                seconds = day.toEpochDay() * 86_400L + Math.round((serial - Math.floor(serial)) * 86_400);
                break;
            }
            case TEXT: {
                String text = row.text(stampColumn);
                long fast = isoStamp(text);
                if (fast != Long.MIN_VALUE) {
                    seconds = fast;
                    break;
                }
                Matcher m = STAMP.matcher(text.strip().toLowerCase(Locale.ROOT));
                if (!m.matches()) {
                    return NO_TIME;
                }
                try {
                    LocalDateTime time = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                            m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                    seconds = time.toEpochSecond(ZoneOffset.UTC);
                } catch (java.time.DateTimeException e) {
                    return NO_TIME;
                }
                break;
            }
            default:
                return NO_TIME;
        }
        long fromEpoch = seconds - EPOCH_2000;
        return fromEpoch <= NO_TIME || fromEpoch > Integer.MAX_VALUE ? NO_TIME : (int) fromEpoch;
    }

    /**
     * {@code 2020-07-28T16:44:10.000} and shorter forms ({@code 2020-07-28}, {@code 2020-07-28 16:44})
     * read by position, as DHIS2 writes them; {@link Long#MIN_VALUE} for anything else.
     */
    static long isoStamp(String text) {
        int n = text.length();
        if (n < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (n > 10) {
            char t = text.charAt(10);
            if (n < 16 || t != 'T' && t != ' ' || text.charAt(13) != ':') {
                return Long.MIN_VALUE;
            }
            hour = digits(text, 11, 2);
            minute = digits(text, 14, 2);
            if (n >= 19 && text.charAt(16) == ':') {
                second = digits(text, 17, 2);
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        if (day > monthLength(year, month)) {
            return Long.MIN_VALUE;
        }
        return epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /**
     * Days from 1970-01-01 to a valid date of the proleptic Gregorian calendar, as
     * {@code LocalDate.of(year, month, day).toEpochDay()} gives them, without making a date:
     * the update time of every row of a million-row export is read (H. Hinnant's days-from-civil).
     */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static String time(int stamp) {
        return LocalDateTime.ofEpochSecond(EPOCH_2000 + stamp, 0, ZoneOffset.UTC).toString().replace('T', ' ');
    }
}
