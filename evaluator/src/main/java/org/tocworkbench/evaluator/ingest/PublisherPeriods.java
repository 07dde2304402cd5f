package org.tocworkbench.evaluator.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The period workbook of an IATI Publisher XLS import (SPREADSHEET-LAYOUTS.md section 9b): its
 * sheet "Actual" holds values by actual identifier only; "Actual Mapper" gives each actual its
 * period, "Period Mapper" each period its indicator, and "Period" the period's start and end
 * dates. This source hands out the "Actual" sheet with three columns added after its own
 * (Indicator ID, Period start, Period end), joined through those sheets, so that the long layout
 * reader reads it and cells keep their place ({@code Actual!B7}). Other sheets pass through.
 */
final class PublisherPeriods implements SheetSource {
    static final String ACTUAL = "Actual";
    static final String ACTUAL_MAPPER = "Actual Mapper";
    static final String PERIOD_MAPPER = "Period Mapper";
    static final String PERIOD = "Period";
    static final List<String> ADDED = List.of("Indicator ID", "Period start", "Period end");

    private final SheetSource workbook;
    private final Map<String, String> names = new HashMap<>();

    private PublisherPeriods(SheetSource workbook) {
        this.workbook = workbook;
        for (String name : workbook.sheetNames()) {
            names.putIfAbsent(key(name), name);
        }
    }

    /** The workbook itself, or this view of it when it has the four sheets of an IATI Publisher period workbook. */
    static SheetSource wrap(SheetSource workbook) {
        PublisherPeriods view = new PublisherPeriods(workbook);
        for (String sheet : List.of(ACTUAL, ACTUAL_MAPPER, PERIOD_MAPPER, PERIOD)) {
            if (!view.names.containsKey(key(sheet))) {
                return workbook;
            }
        }
        return view;
    }

    private static String key(String sheet) {
        return sheet.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<String> sheetNames() {
        return workbook.sheetNames();
    }

    @Override
    public boolean date1904() {
        return workbook.date1904();
    }

    @Override
    public String fileName() {
        return workbook.fileName();
    }

    @Override
    public void read(String sheet, RowHandler handler) throws ImportException {
        if (!key(sheet).equals(key(ACTUAL))) {
            workbook.read(sheet, handler);
            return;
        }
        Map<String, String> actualPeriods = pairs(ACTUAL_MAPPER);
        Map<String, String> periodIndicators = pairs(PERIOD_MAPPER);
        Map<String, Cell[]> periodDates = dates();
        int[] width = {-1};
        workbook.read(sheet, new RowHandler() {
            @Override
            public boolean row(SheetRow row) throws ImportException {
                if (row.isBlank()) {
                    return handler.row(row);
                }
                if (width[0] < 0) {
                    width[0] = row.width();
                    for (int i = 0; i < ADDED.size(); i++) {
                        row.setText(width[0] + i, ADDED.get(i), false);
                    }
                    return handler.row(row);
                }
                String actual = row.display(0);
                if (!actual.isEmpty()) {
                    String period = actualPeriods.get(actual);
                    String indicator = period == null ? null : periodIndicators.get(period);
                    if (period == null) {
                        row.setText(width[0], "(actual \"" + actual + "\" is not in the sheet " + ACTUAL_MAPPER + ")", false);
                    } else if (indicator == null) {
                        row.setText(width[0], "(period \"" + period + "\" is not in the sheet " + PERIOD_MAPPER + ")", false);
                    } else {
                        row.setText(width[0], indicator, false);
                    }
                    Cell[] dates = period == null ? null : periodDates.get(period);
                    if (dates != null) {
                        dates[0].copyTo(row, width[0] + 1);
                        dates[1].copyTo(row, width[0] + 2);
                    }
                }
                return handler.row(row);
            }

            @Override
            public void expectRows(int rows) {
                handler.expectRows(rows);
            }
        });
    }

    /** Column C → column A of a mapper sheet (identifier → the identifier it belongs to), below its header. */
    private Map<String, String> pairs(String sheet) throws ImportException {
        Map<String, String> pairs = new HashMap<>();
        belowHeader(sheet, row -> {
            String own = row.display(2);
            String owner = row.display(0);
            if (!own.isEmpty() && !owner.isEmpty()) {
                pairs.putIfAbsent(own, owner);
            }
        });
        return pairs;
    }

    /** Period identifier → its start and end cells, from the sheet "Period". */
    private Map<String, Cell[]> dates() throws ImportException {
        Map<String, Cell[]> dates = new HashMap<>();
        belowHeader(PERIOD, row -> {
            String period = row.display(0);
            if (!period.isEmpty()) {
                dates.putIfAbsent(period, new Cell[] {Cell.of(row, 1), Cell.of(row, 2)});
            }
        });
        return dates;
    }

    /** Each non-blank row of a sheet after its first (the header). */
    private void belowHeader(String sheet, java.util.function.Consumer<SheetRow> each) throws ImportException {
        boolean[] header = {true};
        workbook.read(names.get(key(sheet)), row -> {
            if (!row.isBlank()) {
                if (header[0]) {
                    header[0] = false;
                } else {
                    each.accept(row);
                }
            }
            return true;
        });
    }

    /** A copy of one cell. */
    private record Cell(SheetRow.CellKind kind, double number, String text, byte style) {
        static Cell of(SheetRow row, int column) {
            SheetRow.CellKind kind = row.kind(column);
            return new Cell(kind, kind == SheetRow.CellKind.NUMBER ? row.number(column) : 0,
                    kind == SheetRow.CellKind.BLANK ? null : row.text(column), row.style(column));
        }

        void copyTo(SheetRow row, int column) {
            if (kind == SheetRow.CellKind.NUMBER) {
                row.setNumber(column, number, text, style, false);
            } else if (kind == SheetRow.CellKind.TEXT) {
                row.setText(column, text, false);
            }
        }
    }

    @Override
    public void close() {
        workbook.close();
    }
}
