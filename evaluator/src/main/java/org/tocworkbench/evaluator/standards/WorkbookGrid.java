package org.tocworkbench.evaluator.standards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The text of every cell of a small workbook (a logframe, a results framework), sheet by sheet, as
 * Excel displays it. Logframes are a few hundred cells, so the whole workbook is read at once.
 */
final class WorkbookGrid {
    private final Map<String, List<List<String>>> sheets;

    private WorkbookGrid(Map<String, List<List<String>>> sheets) {
        this.sheets = sheets;
    }

    static WorkbookGrid read(Path file) throws StandardsException {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ENGLISH);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    while (rows.size() < row.getRowNum()) {
                        rows.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        while (cells.size() < cell.getColumnIndex()) {
                            cells.add("");
                        }
                        cells.add(formatter.formatCellValue(cell, workbook.getCreationHelper().createFormulaEvaluator())
                                .strip());
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (EncryptedDocumentException e) {
            throw new StandardsException(file.getFileName() + ": the workbook is password-protected; save a copy"
                    + " without a password and import that", true);
        } catch (IOException | RuntimeException e) {
            throw new StandardsException(file.getFileName() + ": cannot be read as a workbook (" + e.getMessage()
                    + ")", true);
        }
        return new WorkbookGrid(sheets);
    }

    Map<String, List<List<String>>> sheets() {
        return sheets;
    }

    static String cell(List<List<String>> rows, int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
            return "";
        }
        return rows.get(row).get(column);
    }

    /** {@code Sheet!B7} for a 0-based row and column. */
    static String where(String sheet, int row, int column) {
        return sheet + "!" + CellReference.convertNumToColString(column) + (row + 1);
    }

    /** The first non-empty cells of the first rows: what a user sees when opening the sheet. */
    String firstCells() {
        for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
            for (List<String> row : sheet.getValue()) {
                List<String> filled = row.stream().filter(c -> !c.isEmpty()).limit(6).toList();
                if (!filled.isEmpty()) {
                    return "sheet \"" + sheet.getKey() + "\" starts with " + String.join(" | ", filled);
                }
            }
        }
        return "the workbook has no filled cell";
    }
}
