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
    private final ReadContext context;
    private final HeaderDetector detector;
    private final boolean probe;
    private final List<SheetRow> buffered = new ArrayList<>();
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
        header = detector.explicit(upper, lower, context.fileName(), context.sheet());
        buffered.clear();
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

    private void startReader() {
        reader = header.layout == Layout.WIDE ? new WideLayoutReader(context, header)
                : DataValueSetReader.recognises(header) ? new DataValueSetReader(context, header)
                : new LongLayoutReader(context, header);
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

    ImportResult result(String fileName, String sheet, IssueLog issues) {
        LayoutReader r = reader;
        return new ImportResult(fileName, sheet, header.layout, header.firstRow, header.lastRow, header.describeRoles(),
                header.describePeriodColumns(), r.rowsRead, r.observations, r.missingValues,
                r.structureRows + rowsAboveHeader, r.totalsRows, r.repeatedValues, issues.counts(), issues.limit());
    }
}
