package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.model.Layout;

/**
 * The message for a sheet whose header cannot be made sense of: the sheet, the rows tried, what
 * the most header-like rows hold, why each is not a header, and the lines of a {@code data} block
 * that would read the sheet ({@code header row 4}, {@code indicator column "No."},
 * {@code layout wide}, ...), guessed from the best row. Detection itself is {@link HeaderDetector}'s.
 */
final class HeaderProblem {
    /** Rows shown with their cells; the others are only counted. */
    private static final int ROWS_SHOWN = 2;
    private static final int CELLS_SHOWN = 8;
    private static final Pattern PERIOD_LIKE = Pattern.compile("(?i).*(\\b(19|20)\\d{2}\\b|\\bfy ?\\d{2}\\b|\\bq[1-4]\\b"
            + "|\\bh[12]\\b|\\byear \\d+\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b).*");

    private HeaderProblem() {
    }

    /** No row among the first ones searched is a usable header. */
    static String noHeader(String fileName, String sheet, List<HeaderDetector.Rejection> tried, int searched,
                           ImportRequest request) {
        StringBuilder out = new StringBuilder(where(fileName, sheet));
        if (tried.isEmpty()) {
            return out.append("the sheet has no rows").toString();
        }
        int first = tried.get(0).row;
        int last = tried.get(tried.size() - 1).row;
        List<HeaderDetector.Rejection> best = mostHeaderLike(tried);
        out.append("no header found in the first ").append(searched).append(" non-blank rows (")
                .append(first == last ? "row " + first : "rows " + first + "–" + last).append(" tried); ")
                .append(best.size() == 1 ? "the row most like one:" : "the rows most like one:");
        for (HeaderDetector.Rejection row : best) {
            out.append("\n  row ").append(row.row).append(": ").append(cells(row.texts)).append(" — ").append(row.reason);
        }
        out.append("\nto read this sheet, say where its header is in the data block:\n")
                .append(block(fileName, sheet, best.get(0), request));
        return out.toString();
    }

    /** One line per sheet for a workbook where no sheet has a header, then the fix for the most likely sheet. */
    static String noSheet(String fileName, List<String> sheets, List<List<HeaderDetector.Rejection>> tried,
                          ImportRequest request) {
        StringBuilder out = new StringBuilder(fileName).append(": no sheet has a recognisable header (a row with an"
                + " indicator column and either period and value columns, or periods as column headers)");
        HeaderDetector.Rejection overall = null;
        String overallSheet = "";
        for (int i = 0; i < sheets.size(); i++) {
            List<HeaderDetector.Rejection> rows = tried.get(i);
            out.append("\n  sheet \"").append(sheets.get(i)).append("\": ");
            if (rows.isEmpty()) {
                out.append("no rows");
                continue;
            }
            HeaderDetector.Rejection best = mostHeaderLike(rows).get(0);
            out.append("row ").append(best.row).append(" (").append(cells(best.texts)).append(") has ").append(best.reason);
            if (overall == null || filled(best.texts) > filled(overall.texts)) {
                overall = best;
                overallSheet = sheets.get(i);
            }
        }
        if (overall != null) {
            out.append("\nto read sheet \"").append(overallSheet).append("\", name it and its header in the data block:\n")
                    .append(block(fileName, overallSheet, overall, request));
        }
        return out.toString();
    }

    /** The header rows the binding names are not usable: what is there, and the lines that would read it. */
    static String badExplicitHeader(String fileName, String sheet, String rows, String reason, String[] texts,
                                    int row, ImportRequest request) {
        return fileName + ", sheet \"" + sheet + "\", " + rows + ": " + reason + "; the headers there are "
                + HeaderDetector.listHeaders(texts) + "\nto read these rows, the data block could say:\n"
                + block(fileName, sheet, new HeaderDetector.Rejection(row, reason, texts), request);
    }

    private static String where(String fileName, String sheet) {
        return sheet.isEmpty() ? fileName + ": " : fileName + ", sheet \"" + sheet + "\": ";
    }

    /** The rows with the most text cells (not numbers), in sheet order. */
    private static List<HeaderDetector.Rejection> mostHeaderLike(List<HeaderDetector.Rejection> tried) {
        List<HeaderDetector.Rejection> ranked = new ArrayList<>(tried);
        ranked.sort(Comparator.comparingInt((HeaderDetector.Rejection r) -> filled(r.texts)).reversed());
        List<HeaderDetector.Rejection> best = new ArrayList<>(ranked.subList(0, Math.min(ROWS_SHOWN, ranked.size())));
        if (best.size() > 1 && filled(best.get(1).texts) < 2) {
            best.remove(1);
        }
        return best;
    }

    private static int filled(String[] texts) {
        int filled = 0;
        for (String text : texts) {
            if (isText(text)) {
                filled++;
            }
        }
        return filled;
    }

    private static boolean isText(String text) {
        return text != null && !text.isBlank() && CellValues.parseNumber(text, false) == null;
    }

    private static String cells(String[] texts) {
        List<String> parts = new ArrayList<>();
        int more = 0;
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null || texts[c].isBlank()) {
                continue;
            }
            if (parts.size() < CELLS_SHOWN) {
                parts.add(CellRef.columnLetters(c + 1) + " \"" + shorten(texts[c].strip(), 40) + "\"");
            } else {
                more++;
            }
        }
        if (parts.isEmpty()) {
            return "(empty)";
        }
        return String.join(", ", parts) + (more > 0 ? ", … (" + more + " more)" : "");
    }

    /** A data block with the lines guessed from the best row; lines the request already has are left out. */
    private static String block(String fileName, String sheet, HeaderDetector.Rejection row, ImportRequest request) {
        List<String> lines = new ArrayList<>();
        if (!sheet.isEmpty() && request.sheet().isEmpty()) {
            lines.add("sheet \"" + sheet + "\"");
        }
        if (request.headerRow() == 0) {
            lines.add("header row " + row.row);
        }
        String[] texts = row.texts;
        request.columns().forEach((role, wanted) -> {
            if (!present(wanted, texts)) {
                int column = bestColumn(texts, role);
                if (column < 0) {
                    column = closest(wanted, texts);
                }
                lines.add(role + " column \"" + (column >= 0 ? quoted(texts[column]) : "...") + "\"");
            }
        });
        int key = bestColumn(texts, "indicator", "title");
        if (key < 0) {
            for (int c = 0; c < texts.length && key < 0; c++) {
                key = isText(texts[c]) && !PERIOD_LIKE.matcher(texts[c]).matches() ? c : -1;
            }
            if (!request.columns().containsKey("indicator") && !request.columns().containsKey("title")) {
                lines.add("indicator column \"" + (key >= 0 ? quoted(texts[key]) : "...") + "\"");
            }
        }
        List<Integer> periodLike = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            if (c != key && isText(texts[c]) && PERIOD_LIKE.matcher(texts[c]).matches()) {
                periodLike.add(c);
            }
        }
        if (!periodLike.isEmpty() && request.layout() != Layout.LONG) {
            if (request.layout() == null) {
                lines.add("layout wide");
            }
            if (request.periodColumns().isEmpty()) {
                String from = CellRef.columnLetters(periodLike.get(0) + 1);
                String to = CellRef.columnLetters(periodLike.get(periodLike.size() - 1) + 1);
                lines.add("period columns \"" + (from.equals(to) ? from : from + ":" + to) + "\"");
            }
        } else {
            List<String> missing = new ArrayList<>();
            for (String role : List.of("period", "value")) {
                if (!request.columns().containsKey(role) && bestColumn(texts, role) < 0) {
                    missing.add(role + " column \"...\"");
                }
            }
            if (!missing.isEmpty() && request.layout() == null) {
                lines.add("layout long");
            }
            lines.addAll(missing);
        }
        StringBuilder out = new StringBuilder("    data \"").append(quoted(fileName)).append("\" {");
        lines.forEach(line -> out.append("\n        ").append(line));
        return out.append("\n    }").toString();
    }

    /** The column whose header best names one of the roles, by the words the importer recognises; -1 if none. */
    private static int bestColumn(String[] texts, String... roles) {
        for (String role : roles) {
            int best = -1;
            int bestScore = 0;
            for (int c = 0; c < texts.length; c++) {
                int score = texts[c] == null ? 0 : HeaderWords.score(role, HeaderWords.normalise(texts[c]));
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    private static boolean present(String wanted, String[] texts) {
        String target = HeaderWords.normalise(wanted);
        for (String text : texts) {
            if (text != null && !text.isEmpty() && HeaderWords.normalise(text).equals(target)) {
                return true;
            }
        }
        return wanted.strip().matches("[A-Za-z]{1,3}");
    }

    private static int closest(String wanted, String[] texts) {
        List<String> headers = new ArrayList<>();
        for (String text : texts) {
            headers.add(text == null ? "" : text);
        }
        return org.tocworkbench.compiler.diagnostics.Suggestions.closest(wanted, headers).map(headers::indexOf).orElse(-1);
    }

    private static String quoted(String text) {
        return text.strip().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
