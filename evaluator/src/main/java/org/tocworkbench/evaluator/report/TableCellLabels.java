package org.tocworkbench.evaluator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every data cell of the report's tables the name of its column ({@code data-label}), and
 * the cells of a "Status" column the class {@code c-status}, so that the phone layout can show a
 * row as a card (each cell under its column's name, the status first) with CSS alone: the report
 * has no script. Works on the report's own markup after it is written, so that every section,
 * whoever adds it, gets the same treatment; a table without a {@code <thead>} is left as it is.
 */
final class TableCellLabels {
    private static final Pattern TABLE = Pattern.compile("(?s)<table\\b[^>]*>.*?</table>");
    private static final Pattern HEAD = Pattern.compile("(?s)<thead>(.*?)</thead>");
    private static final Pattern HEAD_CELL = Pattern.compile("(?s)<th\\b([^>]*)>(.*?)</th>");
    private static final Pattern ROW = Pattern.compile("(?s)<tr\\b[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<t([dh])\\b([^>]*)>");
    private static final Pattern SPAN = Pattern.compile("colspan=\"(\\d+)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private TableCellLabels() {
    }

    static String label(String html) {
        Matcher table = TABLE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + html.length() / 8);
        while (table.find()) {
            table.appendReplacement(out, Matcher.quoteReplacement(labelTable(table.group())));
        }
        table.appendTail(out);
        return out.toString();
    }

    private static String labelTable(String table) {
        Matcher head = HEAD.matcher(table);
        if (!head.find()) {
            return table;
        }
        List<String> columns = new ArrayList<>();
        Matcher th = HEAD_CELL.matcher(head.group(1));
        while (th.find()) {
            String text = TAG.matcher(th.group(2)).replaceAll("").trim();
            for (int i = span(th.group(1)); i > 0; i--) {
                columns.add(text);
            }
        }
        StringBuilder out = new StringBuilder(table.length() + 64);
        out.append(table, 0, head.end());
        Matcher row = ROW.matcher(table);
        row.region(head.end(), table.length());
        int copied = head.end();
        while (row.find()) {
            out.append(table, copied, row.start(1));
            out.append(labelRow(row.group(1), columns));
            copied = row.end(1);
        }
        out.append(table, copied, table.length());
        return out.toString();
    }

    private static String labelRow(String row, List<String> columns) {
        Matcher cell = CELL.matcher(row);
        StringBuilder out = new StringBuilder(row.length() + 64);
        int column = 0;
        while (cell.find()) {
            String attributes = cell.group(2);
            String name = column < columns.size() ? columns.get(column) : "";
            column += span(attributes);
            if (!cell.group(1).equals("d") || name.isEmpty() || attributes.contains("data-label=")) {
                cell.appendReplacement(out, Matcher.quoteReplacement(cell.group()));
                continue;
            }
            String added = " data-label=\"" + name.replace("\"", "&quot;") + "\"";
            if (name.equalsIgnoreCase("status")) {
                attributes = attributes.contains("class=\"") ? attributes.replaceFirst("class=\"", "class=\"c-status ")
                        : attributes + " class=\"c-status\"";
            }
            cell.appendReplacement(out, Matcher.quoteReplacement("<td" + attributes + added + ">"));
        }
        cell.appendTail(out);
        return out.toString();
    }

    private static int span(String attributes) {
        Matcher m = SPAN.matcher(attributes);
        return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : 1;
    }
}
