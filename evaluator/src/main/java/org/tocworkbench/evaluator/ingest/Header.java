package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Layout;

/** A recognised header: where it is, the layout, and which column plays which role. */
final class Header {
    /**
     * A year label of a grid that was read by its position, not as printed ({@code Year 2} printed
     * over the third block of quarters is Year 3): reported as {@link DataIssue.Kind#HEADER_READ_BY_POSITION}.
     */
    record PositionNote(int row, int column, String printed, String readAs, String span) {
    }

    final int firstRow;
    final int lastRow;
    final Layout layout;
    final String[] texts;
    final Map<String, Integer> roles;
    final int[] periodColumns;
    final Period[] periods;
    /** Period columns that hold plans (targets, milestones) except on rows labelled Achieved or Actual. */
    final boolean[] planned;
    /** Long layout without a period column: the reporting period written above the table, or null. */
    final Period fixedPeriod;
    final List<PositionNote> positionNotes;

    Header(int firstRow, int lastRow, Layout layout, String[] texts, Map<String, Integer> roles, int[] periodColumns,
           Period[] periods) {
        this(firstRow, lastRow, layout, texts, roles, periodColumns, periods, new boolean[texts.length], null,
                List.of());
    }

    Header(int firstRow, int lastRow, Layout layout, String[] texts, Map<String, Integer> roles, int[] periodColumns,
           Period[] periods, boolean[] planned, Period fixedPeriod, List<PositionNote> positionNotes) {
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.layout = layout;
        this.texts = texts;
        this.roles = roles;
        this.periodColumns = periodColumns;
        this.periods = periods;
        this.planned = planned;
        this.fixedPeriod = fixedPeriod;
        this.positionNotes = List.copyOf(positionNotes);
    }

    /** The column of a role, or -1. */
    int column(String role) {
        Integer column = roles.get(role);
        return column == null ? -1 : column;
    }

    /** The column that names the indicator: its id column, else its title column. */
    int keyColumn() {
        int id = column("indicator");
        return id >= 0 ? id : column("title");
    }

    /** True when the column holds plans unless a row says Achieved. */
    boolean isPlanned(int column) {
        return column < planned.length && planned[column];
    }

    String describe(int column) {
        String text = column < texts.length ? texts[column] : "";
        return CellRef.columnLetters(column + 1) + (text.isEmpty() ? "" : " \"" + text + "\"");
    }

    Map<String, String> describeRoles() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String role : HeaderWords.ROLE_ORDER) {
            int column = column(role);
            if (column >= 0) {
                out.put(role, describe(column));
            }
        }
        return out;
    }

    List<String> describePeriodColumns() {
        List<String> out = new ArrayList<>();
        for (int column : periodColumns) {
            out.add(describe(column));
        }
        if (fixedPeriod != null) {
            out.add("every value: " + fixedPeriod.label());
        }
        return out;
    }
}
