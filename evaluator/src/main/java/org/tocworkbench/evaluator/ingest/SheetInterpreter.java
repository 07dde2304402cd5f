package org.tocworkbench.evaluator.ingest;

import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.model.Layout;

/**
 * Turns the row stream of one sheet into observations: keeps the first rows until the header is
 * found (at most {@value #HEADER_SEARCH_ROWS} non-blank rows, or the rows the mapping names), then
 * hands every later row to the layout reader. In probe mode it stops as soon as the header is
 * known, to choose among sheets.
 */
final class SheetInterpreter implements RowHandler {
    static final int HEADER_SEARCH_ROWS = 30;

    private final ImportRequest request;
    private ReadContext context;
    private HeaderDetector detector;
    private final boolean probe;
    private final List<SheetRow> buffered = new ArrayList<>();
    /** Non-blank rows above a header the mapping names: title rows that may state the fiscal year or period. */
    private final List<SheetRow> above = new ArrayList<>();
    private FiscalYearHint.Hint fiscalHint;
    private final List<HeaderDetector.Rejection> rejections = new ArrayList<>();
    private Header header;
    private LayoutReader reader;
    private long rowsAboveHeader;
    private boolean searchEnded;
    private int expectedRows;

    SheetInterpreter(ImportRequest request, ReadContext context, boolean probe) {
        this.request = request;
        this.context = context;
        this.detector = new HeaderDetector(request, context.periods(), context.date1904());
        this.probe = probe;
    }

    @Override
    public boolean row(SheetRow row) throws ImportException {
        if (reader != null) {
            reader.row(row);
            return true;
        }
        if (searchEnded) {
            return false;
        }
        if (request.headerRow() > 0) {
            return explicitHeaderRow(row);
        }
        if (row.isBlank()) {
            return true;
        }
        buffered.add(row.copy());
        if (buffered.size() >= HEADER_SEARCH_ROWS) {
            detect();
            return reader != null && !probe;
        }
        return true;
    }

    @Override
    public void damaged(int row, DataIssue.Kind kind, String message) {
        context.issues().report(new CellRef(context.fileName(), context.sheet(), row, 0), kind, message);
    }

    @Override
    public void expectRows(int rows) {
        expectedRows = rows;
    }

    private boolean explicitHeaderRow(SheetRow row) throws ImportException {
        int last = Math.max(request.headerRow(), request.headerRowEnd());
        if (row.number() < request.headerRow()) {
            if (!row.isBlank()) {
                rowsAboveHeader++;
                if (above.size() < HEADER_SEARCH_ROWS) {
                    above.add(row.copy());
                }
            }
            return true;
        }
        if (row.number() <= last) {
            buffered.add(row.copy());
            if (row.number() == last) {
                buildExplicit();
                return !probe;
            }
            return true;
        }
        buildExplicit();
        if (probe) {
            return false;
        }
        reader.row(row);
        return true;
    }

    private void buildExplicit() throws ImportException {
        int last = Math.max(request.headerRow(), request.headerRowEnd());
        SheetRow upper = rowNumbered(request.headerRow());
        SheetRow lower = last > request.headerRow() ? rowNumbered(last) : null;
        List<SheetRow> titleRows = new ArrayList<>(above);
        titleRows.addAll(buffered);
        applyFiscalHint(titleRows);
        Period reporting = null;
        for (SheetRow row : above) {
            Period stated = detector.reportingPeriod(row);
            reporting = stated != null ? stated : reporting;
        }
        header = detector.explicit(upper, lower, reporting, context.fileName(), context.sheet());
        buffered.clear();
        above.clear();
        startReader();
    }

    private SheetRow rowNumbered(int number) {
        for (SheetRow row : buffered) {
            if (row.number() == number) {
                return row;
            }
        }
        SheetRow empty = new SheetRow();
        empty.reset(number);
        return empty;
    }

    private void detect() {
        searchEnded = true;
        applyFiscalHint(buffered);
        header = detector.detect(buffered, rejections);
        if (header == null || probe) {
            return;
        }
        startReader();
        for (SheetRow row : buffered) {
            if (row.number() < header.firstRow) {
                rowsAboveHeader++;
            } else if (row.number() > header.lastRow) {
                reader.row(row);
            }
        }
        buffered.clear();
    }

    /**
     * When the binding declares no fiscal year and the sheet's title rows, notes or headers say how
     * its fiscal year runs ("October to September"), fiscal periods are read that way.
     */
    private void applyFiscalHint(List<SheetRow> rows) {
        if (request.fiscalYearStart() != 1) {
            return;
        }
        fiscalHint = FiscalYearHint.find(rows).orElse(null);
        if (fiscalHint != null && fiscalHint.month() != 1) {
            PeriodParser periods = new PeriodParser(fiscalHint.month(), context.timelineStart());
            context = new ReadContext(context.fileName(), context.sheet(), context.matcher(), periods, context.issues(),
                    context.sink(), context.decimalComma(), context.date1904(), context.timelineStart(),
                    context.timelineEnd(), context.linesAsRows());
            detector = new HeaderDetector(request, periods, context.date1904());
        }
    }

    /** The readings of the header that the sheet did not spell out: said once, where the sheet says it. */
    private void reportHeaderReadings() {
        IssueLimiter issues = context.issues();
        for (Header.PositionNote note : header.positionNotes) {
            issues.report(new CellRef(context.fileName(), context.sheet(), note.row(), note.column() + 1),
                    DataIssue.Kind.HEADER_READ_BY_POSITION, "the year labels over the columns repeat or skip: \""
                            + note.printed() + "\" over " + note.span() + " is read by its position as \"" + note.readAs()
                            + "\"; if the sheet means otherwise, correct its header");
        }
        int fiscalColumn = -1;
        for (int column : header.periodColumns) {
            if (FiscalYearHint.isFiscalLabel(header.texts[column])) {
                fiscalColumn = column;
                break;
            }
        }
        if (fiscalHint != null && fiscalHint.month() != 1 && fiscalColumn >= 0) {
            issues.report(hintCell(), DataIssue.Kind.FISCAL_YEAR_ASSUMED, hintMessage(header.periods[fiscalColumn]));
        } else if (fiscalColumn >= 0 && request.fiscalYearStart() == 1) {
            Period example = header.periods[fiscalColumn];
            issues.report(new CellRef(context.fileName(), context.sheet(), header.firstRow, fiscalColumn + 1),
                    DataIssue.Kind.FISCAL_YEAR_ASSUMED, FiscalYearHint.calendarReading(example));
        }
    }

    private CellRef hintCell() {
        return new CellRef(context.fileName(), context.sheet(), fiscalHint.row(), fiscalHint.column() + 1);
    }

    private String hintMessage(Period example) {
        return "the data binding declares no fiscal year; the sheet says \"" + shorten(fiscalHint.text())
                + "\", so fiscal periods are read with the fiscal year starting in " + fiscalHint.monthName()
                + (example == null ? "" : " (" + example.label() + " = " + example.start() + " to " + example.end()
                + ")") + ". Write `" + fiscalHint.bindingLine() + "` in the data binding to state it";
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }

    private void startReader() {
        if (!probe) {
            reportHeaderReadings();
        }
        reader = header.layout == Layout.WIDE ? new WideLayoutReader(context, header)
                : DataValueSetReader.recognises(header) ? new DataValueSetReader(context, header)
                : new LongLayoutReader(context, header);
        if (header.layout == Layout.LONG && request.fiscalYearStart() == 1 && !probe) {
            boolean stated = fiscalHint != null && fiscalHint.month() != 1;
            reader.noteFiscalPeriods(stated ? hintCell() : null, stated ? hintMessage(null) : null);
        }
        if (header.layout == Layout.LONG && expectedRows > header.lastRow && !probe) {
            reader.expectValues(expectedRows - header.lastRow);
        }
    }

    /** Called when the sheet has been read to its end (or the handler stopped it). */
    void finish() throws ImportException {
        if (header != null) {
            if (reader != null) {
                reader.finish();
            }
            return;
        }
        if (request.headerRow() > 0) {
            if (buffered.isEmpty()) {
                throw new ImportException(context.fileName() + ", sheet \"" + context.sheet() + "\": header row "
                        + request.headerRow() + " is empty or beyond the last row", false);
            }
            buildExplicit();
        } else if (!searchEnded) {
            detect();
        }
        if (reader != null) {
            reader.finish();
        }
    }

    boolean found() {
        return header != null;
    }

    Header header() {
        return header;
    }

    /** Why no header was found: the rows tried, the most header-like ones and what they lack, and the fix. */
    String whyNoHeader() {
        return HeaderProblem.noHeader(context.fileName(), context.sheet(), rejections, HEADER_SEARCH_ROWS, request);
    }

    /** The rows tried as a header and why each is not one, in sheet order. */
    List<HeaderDetector.Rejection> rejections() {
        return List.copyOf(rejections);
    }

    ImportResult result(String fileName, String sheet, IssueLimiter issues) {
        LayoutReader r = reader;
        return new ImportResult(fileName, sheet, header.layout, header.firstRow, header.lastRow, header.describeRoles(),
                header.describePeriodColumns(), r.rowsRead, r.observations, r.missingValues,
                r.structureRows + rowsAboveHeader, r.totalsRows, r.repeatedValues, issues.counts(), issues.limit());
    }
}
