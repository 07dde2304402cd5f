package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes rows of cells in tests: strings, numbers, booleans, {@code LocalDate}s (date-formatted),
 * {@link Pct} (percent-formatted), {@link Formula}; null leaves the cell blank.
 */
public final class SheetWriter {
    public record Pct(double value) {
    }

    public record Formula(String formula, Double cached) {
    }

    public record Formatted(double value, String format) {
    }

    private final Workbook workbook;
    private final Sheet sheet;
    private final Map<String, CellStyle> styles = new HashMap<>();

    public SheetWriter(Workbook workbook, String name) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
    }

    /** Writes a row at a 1-based row number. */
    public SheetWriter row(int number, Object... cells) {
        Row row = sheet.createRow(number - 1);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(style("yyyy-mm-dd"));
            } else if (value instanceof Pct p) {
                cell.setCellValue(p.value());
                cell.setCellStyle(style("0.0%"));
            } else if (value instanceof Formatted f) {
                cell.setCellValue(f.value());
                cell.setCellStyle(style(f.format()));
            } else if (value instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.cached() != null) {
                    cell.setCellValue(f.cached());
                }
            } else {
                throw new IllegalArgumentException(value.getClass().toString());
            }
        }
        return this;
    }

    public Sheet sheet() {
        return sheet;
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }
}
