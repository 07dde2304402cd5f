package org.tocworkbench.evaluator.standards;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link IatiActivity} as the IATI results sheet spreadsheet tools take (the IATI
 * workbench's {@code spreadsheets2iati} results sheet, SPREADSHEET-LAYOUTS.md section 9a): one
 * row per result × indicator × period value (each target and actual, total or group), dates as
 * dd/mm/yyyy text as that tool asks. RFC 4180 CSV, UTF-8.
 */
public final class IatiCsvWriter {
    static final List<String> HEADERS = List.of("IATI activity identifier", "Result type", "Aggregation status",
            "Result reference", "Result title", "Result description", "Indicator reference", "Indicator title",
            "Indicator description", "Indicator measure", "Ascending", "Baseline year", "Baseline", "Baseline comment",
            "Dimension 1 name", "Dimension 1 value", "Dimension 2 name", "Dimension 2 value", "Start date", "End date",
            "Target", "Target comment", "Actual", "Actual comment");

    private IatiCsvWriter() {
    }

    public static String write(IatiActivity activity) {
        StringBuilder out = new StringBuilder();
        for (List<String> cells : rows(activity)) {
            row(out, cells);
        }
        return out.toString();
    }

    /** The sheet's rows, the header first. */
    static List<List<String>> rows(IatiActivity activity) {
        List<List<String>> out = new ArrayList<>();
        out.add(HEADERS);
        for (IatiActivity.Result result : activity.results()) {
            for (IatiActivity.Indicator indicator : result.indicators()) {
                List<String> lead = List.of(activity.identifier(), String.valueOf(result.type()),
                        result.aggregation() ? "1" : "0", result.reference(), result.title(), result.description(),
                        indicator.references().get(0), indicator.title(), indicator.description(),
                        String.valueOf(indicator.measure()), indicator.ascending().map(a -> a ? "1" : "0").orElse(""),
                        indicator.baseline().map(b -> String.valueOf(b.year())).orElse(""),
                        indicator.baseline().map(IatiActivity.Baseline::value).orElse(""),
                        indicator.baseline().map(IatiActivity.Baseline::comment).orElse(""));
                if (indicator.periods().isEmpty()) {
                    List<String> cells = new ArrayList<>(lead);
                    while (cells.size() < HEADERS.size()) {
                        cells.add("");
                    }
                    out.add(cells);
                }
                for (IatiActivity.Period period : indicator.periods()) {
                    for (IatiActivity.Value target : period.targets()) {
                        out.add(cells(lead, period, target, true));
                    }
                    for (IatiActivity.Value actual : period.actuals()) {
                        out.add(cells(lead, period, actual, false));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> cells(List<String> lead, IatiActivity.Period period, IatiActivity.Value value,
                                      boolean target) {
        List<String> cells = new ArrayList<>(lead);
        for (int d = 0; d < 2; d++) {
            boolean has = d < value.dimensions().size();
            cells.add(has ? value.dimensions().get(d).name() : "");
            cells.add(has ? value.dimensions().get(d).value() : "");
        }
        cells.add(date(period.start()));
        cells.add(date(period.end()));
        cells.add(target ? value.value() : "");
        cells.add(target ? value.comment() : "");
        cells.add(target ? "" : value.value());
        cells.add(target ? "" : value.comment());
        return cells;
    }

    private static String date(java.time.LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
