package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Layout;

/** A recognised header: where it is, the layout, and which column plays which role. */
final class Header {
    final int firstRow;
    final int lastRow;
    final Layout layout;
    final String[] texts;
    final Map<String, Integer> roles;
    final int[] periodColumns;
    final Period[] periods;

    Header(int firstRow, int lastRow, Layout layout, String[] texts, Map<String, Integer> roles, int[] periodColumns,
           Period[] periods) {
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.layout = layout;
        this.texts = texts;
        this.roles = roles;
        this.periodColumns = periodColumns;
        this.periods = periods;
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
        return out;
    }
}
