package org.tocworkbench.evaluator.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.SheetRow;
import org.tocworkbench.evaluator.ingest.SheetSource;
import org.tocworkbench.evaluator.ingest.Workbooks;

/**
 * Records in an .xlsx or .csv file, streamed with the same readers as monitoring workbooks: the
 * first row with content is the header. A repeat-group sheet ({@code join sheet}) is joined to
 * its main sheet by KoboToolbox's {@code _parent_index} = {@code _index}; the main sheet is held
 * in memory (one row per submission), the repeat sheet is streamed.
 */
final class SheetRecordTable implements RecordTable {
    static final String INDEX = "_index";
    static final String PARENT_INDEX = "_parent_index";

    private final SheetSource workbook;
    private final String sheet;
    private final RecordColumns columns;
    private final int ownColumns;
    private final int headerRow;
    private final boolean decimalComma;
    private final Map<String, SheetRow> parents;
    private final int parentIndexColumn;
    private final String joinSheet;

    private SheetRecordTable(SheetSource workbook, String sheet, List<String> headers, int headerRow,
                             List<String> parentHeaders, Map<String, SheetRow> parents, String joinSheet,
                             boolean decimalComma) throws ImportException {
        this.workbook = workbook;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.ownColumns = headers.size();
        this.decimalComma = decimalComma;
        this.parents = parents;
        this.joinSheet = joinSheet;
        List<String> all = new ArrayList<>(headers);
        all.addAll(parentHeaders);
        this.columns = new RecordColumns(all);
        if (parents != null) {
            RecordColumns own = new RecordColumns(headers);
            this.parentIndexColumn = own.find(PARENT_INDEX).orElseThrow(() -> new ImportException(
                    workbook.fileName() + ", sheet " + sheet + ": no `" + PARENT_INDEX + "` column to join it to sheet "
                            + joinSheet + " (" + own.missing(PARENT_INDEX) + ")", false));
        } else {
            this.parentIndexColumn = -1;
        }
    }

    static SheetRecordTable open(RecordSource source) throws ImportException {
        Path path = Path.of(source.resolvedPath().orElseThrow());
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new ImportException(source.location() + ": records file not found (records `" + source.id() + "`)",
                    true);
        }
        SheetSource workbook = Workbooks.open(path, source.location());
        try {
            String sheet = sheetOf(workbook, source.sheet().orElse(null));
            SheetRow[] header = new SheetRow[1];
            workbook.read(sheet, row -> {
                if (row.isBlank()) {
                    return true;
                }
                header[0] = row.copy();
                return false;
            });
            if (header[0] == null) {
                throw new ImportException(source.location() + (sheet.isEmpty() ? "" : ", sheet " + sheet)
                        + ": no records (the sheet is empty)", false);
            }
            List<String> parentHeaders = List.of();
            Map<String, SheetRow> parents = null;
            String join = source.joinSheet().orElse(null);
            if (join != null) {
                String parentSheet = sheetOf(workbook, join);
                List<List<String>> parentHeader = new ArrayList<>();
                parents = new HashMap<>();
                Map<String, SheetRow> into = parents;
                int[] indexColumn = {-1};
                workbook.read(parentSheet, row -> {
                    if (row.isBlank()) {
                        return true;
                    }
                    if (parentHeader.isEmpty()) {
                        List<String> h = RecordColumns.headersOf(row);
                        parentHeader.add(h);
                        indexColumn[0] = new RecordColumns(h).find(INDEX).orElseThrow(() -> new ImportException(
                                source.location() + ", sheet " + parentSheet + ": no `" + INDEX
                                        + "` column to join the repeat group to", false));
                        return true;
                    }
                    into.put(row.display(indexColumn[0]), row.copy());
                    return true;
                });
                parentHeaders = parentHeader.isEmpty() ? List.of() : parentHeader.get(0);
            }
            return new SheetRecordTable(workbook, sheet, RecordColumns.headersOf(header[0]), header[0].number(),
                    parentHeaders, parents, join, source.decimalComma());
        } catch (ImportException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private static String sheetOf(SheetSource workbook, String wanted) throws ImportException {
        List<String> names = workbook.sheetNames();
        if (wanted == null || wanted.isEmpty()) {
            return names.isEmpty() ? "" : names.get(0);
        }
        for (String name : names) {
            if (name.equalsIgnoreCase(wanted.trim())) {
                return name;
            }
        }
        throw new ImportException(workbook.fileName() + ": no sheet `" + wanted + "` (the sheets are: "
                + String.join(", ", names) + ")", false);
    }

    @Override
    public RecordColumns columns() {
        return columns;
    }

    @Override
    public String description() {
        return workbook.fileName() + (sheet.isEmpty() ? "" : ", sheet " + sheet)
                + (joinSheet == null ? "" : " joined to sheet " + joinSheet);
    }

    @Override
    public String fileName() {
        return workbook.fileName();
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public String parentSheet() {
        return joinSheet == null ? "" : joinSheet;
    }

    @Override
    public boolean date1904() {
        return workbook.date1904();
    }

    @Override
    public void read(Visitor visitor) throws ImportException {
        RecordRow record = new RecordRow();
        workbook.read(sheet, row -> {
            if (row.number() <= headerRow || row.isBlank()) {
                return true;
            }
            SheetRow parent = parents == null ? null : parents.get(row.display(parentIndexColumn));
            record.set(row, parent, ownColumns, decimalComma, parents != null);
            visitor.record(record);
            return true;
        });
    }

    @Override
    public void close() {
        workbook.close();
    }
}
