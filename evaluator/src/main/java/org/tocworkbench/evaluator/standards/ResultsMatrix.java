package org.tocworkbench.evaluator.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tocworkbench.compiler.draft.DraftValue;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * A results table with one row per indicator: the EU logical framework matrix (results chain |
 * indicators | baseline | current value | target | sources of verification | assumptions, the
 * level in a first column or at the start of the results chain) and the generic results framework
 * (level | result | indicator | baseline | target ...). A result's cells may be merged down over its
 * indicator rows: an empty level or result cell continues the result above.
 */
final class ResultsMatrix {
    enum Role { LEVEL, RESULT, CODE, INDICATOR, UNIT, BASELINE, BASELINE_DATE, CURRENT, MILESTONE, TARGET, TARGET_DATE,
        SOURCE, ASSUMPTIONS }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^((?:\\d+)(?:\\.\\d+)*)[.):]?\\s+(.+)$");
    private static final Pattern LEVEL_PREFIX = Pattern.compile("^([A-Za-z][A-Za-z -]*?)\\s*((?:\\d+)(?:\\.\\d+)*)?\\s*[:.–-]\\s+(.+)$");

    record Header(String sheet, int row, Map<Role, Integer> columns, Map<Integer, Role> extra, List<String> texts) {
    }

    private ResultsMatrix() {
    }

    /** The header row of the layout in any sheet (the first 30 rows are searched). */
    static Optional<Header> find(WorkbookGrid grid, SourceLayout layout) {
        for (Map.Entry<String, List<List<String>>> sheet : grid.sheets().entrySet()) {
            List<List<String>> rows = sheet.getValue();
            for (int r = 0; r < Math.min(30, rows.size()); r++) {
                Map<Role, Integer> columns = roles(rows.get(r));
                if (matches(layout, columns, rows.get(r))) {
                    return Optional.of(new Header(sheet.getKey(), r, columns, milestones(rows.get(r)), rows.get(r)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(SourceLayout layout, Map<Role, Integer> columns, List<String> header) {
        boolean indicators = columns.containsKey(Role.INDICATOR) && columns.containsKey(Role.BASELINE)
                && columns.containsKey(Role.TARGET);
        if (layout == SourceLayout.EU) {
            return indicators && columns.containsKey(Role.RESULT) && header.stream().map(ResultsMatrix::norm)
                    .anyMatch(h -> h.contains("results chain") || h.contains("intervention logic"));
        }
        return indicators && columns.containsKey(Role.LEVEL) && columns.containsKey(Role.RESULT);
    }

    private static String norm(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").replaceAll("[*@]", "").strip();
    }

    private static Map<Role, Integer> roles(List<String> header) {
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        for (int c = 0; c < header.size(); c++) {
            String h = norm(header.get(c));
            Role role = role(h);
            if (role != null && role != Role.MILESTONE) {
                columns.putIfAbsent(role, c);
            }
        }
        return columns;
    }

    private static Role role(String h) {
        if (h.isEmpty()) {
            return null;
        }
        if (h.equals("level") || h.equals("result level") || h.equals("results") || h.equals("type")) {
            return Role.LEVEL;
        }
        if (h.contains("results chain") || h.contains("intervention logic") || h.equals("result")
                || h.startsWith("result statement") || h.equals("objective") || h.contains("expected result")
                || h.equals("statement")) {
            return Role.RESULT;
        }
        if (h.equals("code") || h.equals("indicator code") || h.equals("ref") || h.equals("ref.") || h.equals("no.")
                || h.equals("indicator ref") || h.equals("indicator reference") || h.equals("#")) {
            return Role.CODE;
        }
        if (h.startsWith("indicator")) {
            return Role.INDICATOR;
        }
        if (h.equals("unit") || h.startsWith("unit of measure")) {
            return Role.UNIT;
        }
        if (h.equals("baseline year") || h.equals("baseline date")) {
            return Role.BASELINE_DATE;
        }
        if (h.equals("target year") || h.equals("target date")) {
            return Role.TARGET_DATE;
        }
        if (h.startsWith("baseline")) {
            return Role.BASELINE;
        }
        if (h.startsWith("current value") || h.startsWith("current") || h.equals("achieved") || h.startsWith("actual")) {
            return Role.CURRENT;
        }
        if (h.startsWith("milestone")) {
            return Role.MILESTONE;
        }
        if (h.startsWith("target")) {
            return Role.TARGET;
        }
        if (h.contains("verification") || h.startsWith("source")) {
            return Role.SOURCE;
        }
        if (h.startsWith("assumption")) {
            return Role.ASSUMPTIONS;
        }
        return null;
    }

    private static Map<Integer, Role> milestones(List<String> header) {
        Map<Integer, Role> extra = new java.util.TreeMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (role(norm(header.get(c))) == Role.MILESTONE) {
                extra.put(c, Role.MILESTONE);
            }
        }
        return extra;
    }

    static ImportedTheory read(WorkbookGrid grid, Header header, SourceLayout layout, String fileName) {
        List<List<String>> rows = grid.sheets().get(header.sheet);
        DraftBuilder draft = new DraftBuilder();
        DraftBuilder.ResultBuilder result = null;
        String lastLevel = "";
        String lastStatement = "";
        int current = 0;
        for (int r = header.row + 1; r < rows.size(); r++) {
            String levelCell = cell(rows, r, header, Role.LEVEL);
            String statement = cell(rows, r, header, Role.RESULT);
            String indicatorCell = cell(rows, r, header, Role.INDICATOR);
            if (levelCell.isEmpty() && statement.isEmpty() && indicatorCell.isEmpty()) {
                continue;
            }
            String levelText = levelCell.isEmpty() ? lastLevel : levelCell;
            String number = "";
            String title = statement;
            Optional<ResultLevels.Level> level = ResultLevels.parse(levelText);
            Matcher prefixed = LEVEL_PREFIX.matcher(statement);
            if (prefixed.matches() && ResultLevels.kind(prefixed.group(1).toLowerCase(Locale.ROOT)).isPresent()
                    && (level.isEmpty() || !statement.equals(lastStatement))) {
                level = ResultLevels.parse(prefixed.group(1) + " " + (prefixed.group(2) == null ? "" : prefixed.group(2)));
                title = prefixed.group(3);
            }
            if (level.isEmpty() && levelCell.isEmpty() && statement.isEmpty() && result != null) {
                // the result's cells are merged over several rows, or left blank below it: one more
                // indicator of the result above (toc export --format logframe-xlsx writes them so)
                for (String line : indicatorCell.split("\\n+")) {
                    current += indicator(draft, result, rows, r, header, line.strip(), layout);
                }
                continue;
            }
            if (level.isEmpty()) {
                draft.summary.add("not read: " + WorkbookGrid.where(header.sheet, r, 0) + " names no level (impact,"
                        + " outcome, output, activity) in \"" + (levelText.isEmpty() ? statement : levelText)
                        + "\"; row left out");
                continue;
            }
            number = level.get().number();
            Matcher numbered = LEADING_NUMBER.matcher(title);
            if (numbered.matches()) {
                number = number.isEmpty() ? numbered.group(1) : number;
                title = numbered.group(2);
            }
            boolean newResult = result == null || !levelCell.isEmpty() && !levelCell.equals(lastLevel)
                    || !statement.isEmpty() && !statement.equals(lastStatement);
            if (newResult) {
                String resultTitle = title.isEmpty() ? ResultLevels.label(level.get().kind(), number) : title;
                result = draft.result(level.get().kind(), number, "", resultTitle);
                if (title.isEmpty()) {
                    result.notes.add("the source gives no statement for this " + level.get().kind().words().get(0));
                }
                String assumptions = cell(rows, r, header, Role.ASSUMPTIONS);
                if (!assumptions.isEmpty()) {
                    for (String assumption : assumptions.split("\\n+")) {
                        String text = assumption.replaceFirst("^[-•*\\d.)\\s]+", "").strip();
                        if (!text.isEmpty()) {
                            draft.assumption(text, Optional.of(result.id));
                        }
                    }
                }
            }
            lastLevel = levelCell.isEmpty() ? lastLevel : levelCell;
            lastStatement = statement.isEmpty() ? lastStatement : statement;
            if (indicatorCell.isEmpty()) {
                continue;
            }
            for (String line : indicatorCell.split("\\n+")) {
                current += indicator(draft, result, rows, r, header, line.strip(), layout);
            }
        }
        boolean numbering = draft.results().stream().anyMatch(x -> x.number.contains("."));
        draft.inferLevelLinks(layout == SourceLayout.EU ? "the EU logframe matrix's levels" : "the results framework's levels");
        draft.summary.add(0, "read " + fileName + " sheet \"" + header.sheet + "\" (header row " + (header.row + 1) + ") as "
                + (layout == SourceLayout.EU ? "an " : "a ") + layout.description() + ": " + draft.results().size()
                + " results, " + draft.results().stream().mapToInt(x -> x.indicators.size()).sum() + " indicators"
                + (current > 0 ? ", " + current + " current values" : ""));
        List<String> top = new ArrayList<>(List.of("Imported with `toc import` from " + fileName + " (" + layout.description()
                + ", sheet \"" + header.sheet + "\")."));
        top.add("Links marked `inferred` follow the source's levels" + (numbering ? " and numbering" : "")
                + "; the source states none.");
        String title = titleAbove(rows, header.row);
        if (title.isEmpty()) {
            title = fileName.replaceFirst("\\.[^.]+$", "");
            draft.notes.add("the source gives no title; the theory is named after the file");
        }
        return new ImportedTheory(layout, draft.build(top, title, Optional.empty(), Optional.empty()), draft.actuals,
                draft.summary);
    }

    private static int indicator(DraftBuilder draft, DraftBuilder.ResultBuilder result, List<List<String>> rows, int r,
                                 Header header, String text, SourceLayout layout) {
        String code = cell(rows, r, header, Role.CODE);
        String title = text;
        Matcher numbered = LEADING_NUMBER.matcher(text);
        if (code.isEmpty() && numbered.matches()) {
            code = numbered.group(1);
            title = numbered.group(2);
        }
        DraftBuilder.IndicatorBuilder indicator = draft.indicator(result, result.id + "_" + (result.indicators.size() + 1),
                title);
        if (!code.isEmpty()) {
            indicator.codes.add(code);
        }
        String unit = cell(rows, r, header, Role.UNIT);
        if (!unit.isEmpty()) {
            String u = unit.toLowerCase(Locale.ROOT);
            if (u.startsWith("%") || u.startsWith("percent")) {
                indicator.unit = UnitKind.PERCENT;
            } else if (u.startsWith("text") || u.startsWith("qualitative")) {
                indicator.unit = UnitKind.TEXT;
            } else {
                indicator.unit = UnitKind.COUNT;
                indicator.unitLabel = u.matches("count|number|no\\.?|#|n") ? "" : unit;
            }
        }
        Optional<String> baselineDate = PlannedValues.date(cell(rows, r, header, Role.BASELINE_DATE));
        Optional<String> targetDate = PlannedValues.date(cell(rows, r, header, Role.TARGET_DATE));
        indicator.baseline = PlannedValues.parse(cell(rows, r, header, Role.BASELINE), baselineDate);
        for (Map.Entry<Integer, Role> milestone : header.extra.entrySet()) {
            PlannedValues.parse(WorkbookGrid.cell(rows, r, milestone.getKey()),
                    PlannedValues.headerDate(header.texts.get(milestone.getKey()))).ifPresent(indicator.planned::add);
        }
        PlannedValues.parse(cell(rows, r, header, Role.TARGET), targetDate.or(() -> header.columns.containsKey(Role.TARGET)
                ? PlannedValues.headerDate(header.texts.get(header.columns.get(Role.TARGET))) : Optional.empty()))
                .ifPresent(indicator.planned::add);
        indicator.source = cell(rows, r, header, Role.SOURCE).replace('\n', ' ');
        int actuals = 0;
        Optional<DraftValue> current = PlannedValues.parse(cell(rows, r, header, Role.CURRENT), Optional.empty());
        if (current.isPresent()) {
            Optional<LocalDate[]> span = current.get().date().flatMap(PlannedValues::span);
            String where = WorkbookGrid.where(header.sheet, r, header.columns.get(Role.CURRENT));
            if (span.isPresent()) {
                draft.actuals.add(new ActualValue(indicator.id, span.get()[0], span.get()[1], current.get().value(), "",
                        "", where));
                actuals++;
            } else {
                indicator.notes.add("the current value " + current.get().value() + " (" + where + ") has no date;"
                        + " add it to the monitoring data with the date it was measured");
            }
        }
        return actuals;
    }

    /** The first text above the header (a title row), without a trailing "results framework" or "logframe". */
    private static String titleAbove(List<List<String>> rows, int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            for (String cell : rows.get(r)) {
                if (!cell.isEmpty()) {
                    return cell.replaceFirst("(?i)[\\s:–-]+(results framework|logical framework( matrix)?|logframe( matrix)?)$", "")
                            .strip();
                }
            }
        }
        return "";
    }

    private static String cell(List<List<String>> rows, int r, Header header, Role role) {
        Integer column = header.columns.get(role);
        return column == null ? "" : WorkbookGrid.cell(rows, r, column);
    }
}
