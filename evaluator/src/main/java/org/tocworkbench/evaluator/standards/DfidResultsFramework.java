package org.tocworkbench.evaluator.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.draft.DraftValue;

/**
 * The DFID logframe template's "RESULTS FRAMEWORK" sheet (SPREADSHEET-LAYOUTS.md section 7): a
 * block of rows per indicator, whose header row names the level in column A ({@code IMPACT},
 * {@code OUTCOME}, {@code OUTPUT 2}), the indicator's number in column B ({@code Output Indicator
 * 2.1}) and the Baseline, Milestone and Target columns with their dates in brackets; the row under
 * it holds the result statement, the indicator and the planned {@code value (date)} cells; an
 * Achieved row (from the 2011 template on) the values reached; a Source row and the source under
 * it. Weighting, theme and risk rows are not results and are listed in the summary.
 */
final class DfidResultsFramework {
    private static final Pattern LEVEL = Pattern.compile("^(IMPACT|OUTCOME|OUTPUT|GOAL|PURPOSE)(\\s+\\d+(\\.\\d+)*)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private enum Role { BASELINE, MILESTONE, TARGET, ASSUMPTION }

    private record Column(int index, Role role, Optional<String> date, String header) {
    }

    private DfidResultsFramework() {
    }

    /** The sheet holding the results framework, if the workbook has one. */
    static Optional<String> find(WorkbookGrid grid) {
        String best = null;
        for (Map.Entry<String, List<List<String>>> sheet : grid.sheets().entrySet()) {
            List<List<String>> rows = sheet.getValue();
            for (int r = 0; r < rows.size(); r++) {
                if (headerRow(rows, r)) {
                    if (sheet.getKey().equalsIgnoreCase("RESULTS FRAMEWORK")) {
                        return Optional.of(sheet.getKey());
                    }
                    best = best == null ? sheet.getKey() : best;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean headerRow(List<List<String>> rows, int r) {
        if (!LEVEL.matcher(WorkbookGrid.cell(rows, r, 0)).matches()) {
            return false;
        }
        List<Column> columns = columns(rows.get(r));
        return columns.stream().anyMatch(c -> c.role == Role.BASELINE) && columns.stream().anyMatch(c -> c.role == Role.TARGET);
    }

    private static List<Column> columns(List<String> header) {
        List<Column> columns = new ArrayList<>();
        for (int c = 2; c < header.size(); c++) {
            String text = header.get(c).toLowerCase(Locale.ROOT);
            Role role = text.startsWith("baseline") ? Role.BASELINE : text.startsWith("milestone") ? Role.MILESTONE
                    : text.startsWith("target") ? Role.TARGET : text.startsWith("assumption") ? Role.ASSUMPTION : null;
            if (role != null) {
                columns.add(new Column(c, role, PlannedValues.headerDate(header.get(c)), header.get(c)));
            }
        }
        return columns;
    }

    static ImportedTheory read(WorkbookGrid grid, String sheet, String fileName) {
        List<List<String>> rows = grid.sheets().get(sheet);
        DraftBuilder draft = new DraftBuilder();
        String title = "";
        DraftBuilder.ResultBuilder result = null;
        String resultLevel = "";
        int achieved = 0;
        for (int r = 0; r < rows.size(); r++) {
            String a = WorkbookGrid.cell(rows, r, 0);
            if (a.toUpperCase(Locale.ROOT).startsWith("PROGRAMME TITLE") || a.toUpperCase(Locale.ROOT).startsWith("PROJECT TITLE")) {
                title = firstFilled(rows.get(r), 1);
                continue;
            }
            if (!headerRow(rows, r)) {
                String upper = a.toUpperCase(Locale.ROOT);
                if (upper.contains("WEIGHTING") || upper.contains("THEME") || upper.contains("RISK RATING")) {
                    String value = firstFilled(rows.get(r), 1);
                    draft.summary.add("not a result: " + WorkbookGrid.where(sheet, r, 0) + " " + a
                            + (value.isEmpty() ? "" : " " + value) + " (left out)");
                }
                continue;
            }
            List<Column> columns = columns(rows.get(r));
            Optional<ResultLevels.Level> level = ResultLevels.parse(a);
            if (level.isEmpty()) {
                continue;
            }
            int values = r + 1;
            String statement = WorkbookGrid.cell(rows, values, 0);
            if (result == null || !a.equalsIgnoreCase(resultLevel)) {
                String number = level.get().number();
                result = draft.result(level.get().kind(), number, "", statement.isEmpty()
                        ? ResultLevels.label(level.get().kind(), number) : statement);
                if (statement.isEmpty()) {
                    result.notes.add("the source gives no statement for " + a + "; its title is the level's name");
                }
                resultLevel = a;
            } else if (!statement.isEmpty() && !statement.equals(result.title)) {
                result.description = result.description.isEmpty() ? statement : result.description + " " + statement;
            }
            String label = WorkbookGrid.cell(rows, r, 1);
            String name = WorkbookGrid.cell(rows, values, 1);
            DraftBuilder.IndicatorBuilder indicator = draft.indicator(result, result.id + "_"
                    + (result.indicators.size() + 1), name.isEmpty() ? label : name);
            if (!label.isEmpty()) {
                indicator.codes.add(label);
            }
            if (name.isEmpty()) {
                indicator.notes.add("the source names this indicator only \"" + label + "\"");
            }
            for (Column column : columns) {
                String cell = WorkbookGrid.cell(rows, values, column.index);
                if (column.role == Role.ASSUMPTION) {
                    if (!cell.isEmpty()) {
                        draft.assumption(cell, Optional.of(result.id));
                    }
                    continue;
                }
                Optional<DraftValue> value = PlannedValues.parse(cell, column.date);
                if (value.isEmpty()) {
                    continue;
                }
                if (value.get().date().isEmpty()) {
                    draft.summary.add("to check: " + WorkbookGrid.where(sheet, values, column.index) + " \"" + cell
                            + "\" (" + column.header + ") has no date");
                }
                if (column.role == Role.BASELINE) {
                    indicator.baseline = value;
                } else {
                    indicator.planned.add(value.get());
                }
            }
            for (int below = values + 1; below < rows.size() && !headerRow(rows, below); below++) {
                List<String> row = rows.get(below);
                if (row.stream().anyMatch(c -> c.equalsIgnoreCase("achieved"))) {
                    achieved += achievedValues(draft, indicator, columns, rows, below, sheet);
                } else if (row.stream().limit(2).anyMatch(c -> c.equalsIgnoreCase("source"))) {
                    indicator.source = firstFilled(rows.isEmpty() ? List.of() : rowAt(rows, below + 1), 1);
                    if (indicator.source.isEmpty()) {
                        indicator.notes.add("the source row is empty");
                    }
                    break;
                }
            }
        }
        if (title.isEmpty()) {
            title = fileName.replaceFirst("\\.[^.]+$", "");
            draft.notes.add("the workbook has no PROGRAMME TITLE; the theory is named after the file");
        }
        draft.inferLevelLinks("the DFID logframe's levels: output, outcome, impact");
        draft.summary.add(0, "read " + fileName + " sheet \"" + sheet + "\" as a " + SourceLayout.DFID.description()
                + ": " + draft.results().size() + " results, "
                + draft.results().stream().mapToInt(x -> x.indicators.size()).sum() + " indicators"
                + (achieved > 0 ? ", " + achieved + " achieved values" : ""));
        List<String> header = List.of("Imported with `toc import` from " + fileName + " (" + SourceLayout.DFID.description()
                + ", sheet \"" + sheet + "\").", "Links marked `inferred` follow the logframe's levels; the source"
                + " states none.");
        return new ImportedTheory(SourceLayout.DFID, draft.build(header, title, Optional.empty(), Optional.empty()),
                draft.actuals, draft.summary);
    }

    /** The Achieved row's values, each dated by its column's header, as actuals. */
    private static int achievedValues(DraftBuilder draft, DraftBuilder.IndicatorBuilder indicator, List<Column> columns,
                                      List<List<String>> rows, int r, String sheet) {
        int count = 0;
        for (Column column : columns) {
            if (column.role == Role.ASSUMPTION) {
                continue;
            }
            String cell = WorkbookGrid.cell(rows, r, column.index);
            Optional<DraftValue> value = PlannedValues.parse(cell, column.date);
            if (value.isEmpty()) {
                continue;
            }
            Optional<LocalDate[]> span = value.get().date().flatMap(PlannedValues::span);
            if (span.isEmpty()) {
                draft.summary.add("to check: " + WorkbookGrid.where(sheet, r, column.index) + " achieved \"" + cell
                        + "\" has no date; left out");
                continue;
            }
            draft.actuals.add(new ActualValue(indicator.id, span.get()[0], span.get()[1], value.get().value(), "", "",
                    WorkbookGrid.where(sheet, r, column.index)));
            count++;
        }
        return count;
    }

    private static List<String> rowAt(List<List<String>> rows, int r) {
        return r < rows.size() ? rows.get(r) : List.of();
    }

    private static String firstFilled(List<String> row, int from) {
        for (int c = from; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
                return row.get(c);
            }
        }
        return "";
    }
}
