package org.tocworkbench.evaluator.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a file that an output would replace already holds, so that {@code toc template} never
 * replaces a year of monitoring data with an empty workbook. A workbook that {@code toc template}
 * wrote and nobody filled in holds no data (its Data sheet has ids, titles and periods, but no
 * value or comment); any other file with a cell that is not blank holds data, and so does a file
 * that cannot be read as a spreadsheet at all.
 */
public final class ExistingWorkbook {
    private static final int VALUE = TemplateContract.DATA_HEADER.indexOf("Value");
    private static final int COMMENT = TemplateContract.DATA_HEADER.indexOf("Comment");

    private ExistingWorkbook() {
    }

    /**
     * The first cell of {@code file} that holds data, described for a message (e.g.
     * {@code Data!E2}); empty when the file does not exist or holds no data.
     */
    public static Optional<String> firstData(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String name = String.valueOf(file.getFileName());
        try (SheetSource source = Workbooks.open(file, name)) {
            boolean template = isTemplate(source);
            for (String sheet : source.sheetNames()) {
                if (template && (sheet.equals(TemplateContract.INDICATOR_SHEET) || sheet.equals(TemplateContract.HELP_SHEET))) {
                    continue;
                }
                List<Integer> columns = template && sheet.equals(TemplateContract.DATA_SHEET)
                        ? List.of(VALUE, COMMENT) : List.of();
                Optional<String> found = firstFilled(source, sheet, columns, template);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } catch (ImportException e) {
            return Optional.of("a file that is not an empty workbook (" + e.getMessage() + ")");
        }
    }

    private static boolean isTemplate(SheetSource source) throws ImportException {
        if (!source.sheetNames().contains(TemplateContract.DATA_SHEET)) {
            return false;
        }
        boolean[] header = {false};
        source.read(TemplateContract.DATA_SHEET, row -> {
            if (row.isBlank()) {
                return true;
            }
            boolean same = row.number() == 1;
            for (int i = 0; same && i < TemplateContract.DATA_HEADER.size(); i++) {
                same = TemplateContract.DATA_HEADER.get(i).equals(row.display(i));
            }
            header[0] = same;
            return false;
        });
        return header[0];
    }

    /** The first filled cell of the sheet: of the given columns below the header, or of any column. */
    private static Optional<String> firstFilled(SheetSource source, String sheet, List<Integer> columns,
                                                boolean belowHeader) throws ImportException {
        String[] found = {null};
        source.read(sheet, row -> {
            if (belowHeader && row.number() == 1 && !columns.isEmpty()) {
                return true;
            }
            for (int column = 0; column < row.width(); column++) {
                if ((columns.isEmpty() || columns.contains(column)) && !row.isBlank(column)) {
                    found[0] = new CellRef(source.fileName(), sheet, row.number(), column + 1).a1();
                    return false;
                }
            }
            return true;
        });
        return Optional.ofNullable(found[0]);
    }
}
