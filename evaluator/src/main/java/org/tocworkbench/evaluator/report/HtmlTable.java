package org.tocworkbench.evaluator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table of the HTML report, written the same way by every section. The report has no script,
 * so the phone layout (under 640 px a row becomes a card) needs each data cell to carry the name
 * of its column: the table writes it itself ({@code data-label}), from its header rows, and gives
 * the cells of a column named "Status" the class {@code c-status} (the card shows them first).
 * Grouped headers (a row of period names over a row of Target, Actual, %) name a column by its
 * headings from the top down ({@code FY2026 Q2 · Target}).
 *
 * <p>Header and row-heading text is plain and escaped here; data cells take HTML that the section
 * has escaped (badges, bars, charts).
 */
final class HtmlTable {
    private final String cssClass;
    private boolean scroll;
    private String columns = "";
    private final List<List<Head>> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    /** A heading of the header: plain text, an optional class, the columns it spans. */
    record Head(String text, String cssClass, int span) {
        Head {
            text = text == null ? "" : text;
            cssClass = cssClass == null ? "" : cssClass;
            span = Math.max(1, span);
        }

        static Head of(String text) {
            return new Head(text, "", 1);
        }

        /** A heading over a column of numbers, aligned with them. */
        static Head num(String text) {
            return new Head(text, "num", 1);
        }

        Head spanning(int columns) {
            return new Head(text, cssClass, columns);
        }
    }

    HtmlTable() {
        this("");
    }

    /** @param cssClass the table's class ({@code counts}, {@code iptt}), or empty */
    HtmlTable(String cssClass) {
        this.cssClass = cssClass == null ? "" : cssClass;
    }

    /** Wrapped in {@code <div class="scroll">}: a wide table scrolls sideways on a narrow screen instead of the page. */
    HtmlTable scrolling() {
        this.scroll = true;
        return this;
    }

    /** A {@code <colgroup>} given as markup (the same widths in every table of a kind). */
    HtmlTable columns(String colgroup) {
        this.columns = colgroup;
        return this;
    }

    /** A header row; call once per row for grouped headers, top row first. */
    HtmlTable header(Head... cells) {
        header.add(List.of(cells));
        return this;
    }

    /** A header row of plain headings. */
    HtmlTable header(String... texts) {
        List<Head> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(Head.of(text));
        }
        header.add(cells);
        return this;
    }

    /** A body row. */
    Row row() {
        return row("", "");
    }

    /** A body row with a class ({@code partial}, {@code iptt-group}) and an id (an anchor), either may be empty. */
    Row row(String cssClass, String id) {
        Row row = new Row(cssClass == null ? "" : cssClass, id == null ? "" : id);
        rows.add(row);
        return row;
    }

    /** A row of the body. */
    final class Row {
        private final String cssClass;
        private final String id;
        private final List<Cell> cells = new ArrayList<>();

        private Row(String cssClass, String id) {
            this.cssClass = cssClass;
            this.id = id;
        }

        /** A data cell of HTML the caller has escaped. */
        Row cell(String html) {
            return cell("", html);
        }

        /** A data cell with a class ({@code num}). */
        Row cell(String cssClass, String html) {
            cells.add(new Cell(false, cssClass == null ? "" : cssClass, html == null ? "" : html));
            return this;
        }

        /** A right-aligned number cell. */
        Row num(String html) {
            return cell("num", html);
        }

        /** A row heading ({@code <th>}) of plain text, as the summary's "Pathways" or the IPTT's "Life of programme". */
        Row heading(String text) {
            cells.add(new Cell(true, "", HtmlText.escape(text)));
            return this;
        }
    }

    private record Cell(boolean heading, String cssClass, String html) {
    }

    /** The column names, one per column: each header row's headings over it, top down, joined by " · ". */
    List<String> labels() {
        List<List<String>> names = new ArrayList<>();
        for (List<Head> headerRow : header) {
            int column = 0;
            for (Head h : headerRow) {
                for (int k = 0; k < h.span(); k++, column++) {
                    while (names.size() <= column) {
                        names.add(new ArrayList<>());
                    }
                    if (!h.text().isBlank() && !names.get(column).contains(h.text().trim())) {
                        names.get(column).add(h.text().trim());
                    }
                }
            }
        }
        return names.stream().map(n -> String.join(" · ", n)).toList();
    }

    /** Writes the table (and its scroll wrapper) to {@code out}. */
    void appendTo(StringBuilder out) {
        if (scroll) {
            out.append("<div class=\"scroll\">\n");
        }
        out.append("<table").append(classAttribute(cssClass)).append(">\n").append(columns);
        if (!header.isEmpty()) {
            out.append("<thead>");
            for (List<Head> headerRow : header) {
                out.append("<tr>");
                for (Head h : headerRow) {
                    out.append("<th").append(classAttribute(h.cssClass()))
                            .append(h.span() > 1 ? " colspan=\"" + h.span() + "\"" : "").append('>')
                            .append(HtmlText.escape(h.text())).append("</th>");
                }
                out.append("</tr>");
            }
            out.append("</thead>\n");
        }
        out.append("<tbody>\n");
        List<String> labels = labels();
        for (Row row : rows) {
            out.append("<tr").append(classAttribute(row.cssClass))
                    .append(row.id.isEmpty() ? "" : " id=\"" + HtmlText.escape(row.id) + "\"").append('>');
            for (int column = 0; column < row.cells.size(); column++) {
                Cell cell = row.cells.get(column);
                if (cell.heading()) {
                    out.append("<th>").append(cell.html()).append("</th>");
                    continue;
                }
                Optional<String> label = column < labels.size() && !labels.get(column).isEmpty()
                        ? Optional.of(labels.get(column)) : Optional.empty();
                String classes = label.filter(l -> l.toLowerCase(Locale.ROOT).equals("status")).isPresent()
                        ? ("c-status " + cell.cssClass()).trim() : cell.cssClass();
                out.append("<td").append(classAttribute(classes))
                        .append(label.map(l -> " data-label=\"" + HtmlText.escape(l) + "\"").orElse("")).append('>')
                        .append(cell.html()).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (scroll) {
            out.append("</div>\n");
        }
    }

    private static String classAttribute(String cssClass) {
        return cssClass.isEmpty() ? "" : " class=\"" + HtmlText.escape(cssClass) + "\"";
    }
}
