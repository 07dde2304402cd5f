package org.tocworkbench.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the benchmark inputs: a theory with 200 indicators ({@code bench-theory.toc}) and a
 * long-layout monitoring workbook in the template's layout with N rows — real dates (month ends,
 * 2021–2025), a group column, a quarter of the indicators in percent-formatted cells, one value in
 * fifty a formula with its cached value, a comment in one row in a hundred.
 *
 * <p>Usage: {@code GenerateMonitoringWorkbook OUT_DIR ROWS}
 */
public final class GenerateMonitoringWorkbook {
    static final int INDICATORS = 200;
    static final int MONTHS = 60;

    private GenerateMonitoringWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        writeTheory(dir.resolve("bench-theory.toc"));
        Path file = dir.resolve("monitoring-" + label(rows) + ".xlsx");
        long started = System.nanoTime();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            wb.createSheet("Indicators").createRow(0).createCell(0).setCellValue("Indicator ID");
            Sheet sheet = wb.createSheet("Data");
            String[] header = {"Indicator ID", "Indicator", "Period", "Disaggregation", "Value", "Comment"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                int n = r - 1;
                int indicator = n % INDICATORS;
                int k = n / INDICATORS;
                LocalDate period = YearMonth.of(2021, 1).plusMonths(k % MONTHS).atEndOfMonth();
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(id(indicator));
                row.createCell(1).setCellValue("Indicator " + (indicator + 1));
                Cell when = row.createCell(2);
                when.setCellValue(period);
                when.setCellStyle(date);
                row.createCell(3).setCellValue(k / MONTHS == 0 ? "" : "District " + (k / MONTHS));
                Cell value = row.createCell(4);
                double v = isPercent(indicator) ? ((n * 37L) % 1000) / 1000.0 : (n * 7919L) % 100_000;
                if (r % 50 == 0) {
                    value.setCellFormula("0+" + v);
                }
                value.setCellValue(v);
                if (isPercent(indicator)) {
                    value.setCellStyle(percent);
                }
                if (r % 100 == 0) {
                    row.createCell(5).setCellValue("checked by the district officer");
                }
            }
            wb.write(out);
            wb.dispose();
        }
        System.out.printf("wrote %s (%,d rows, %,d bytes) in %.1f s%n", file, rows, Files.size(file),
                (System.nanoTime() - started) / 1e9);
    }

    static String label(int rows) {
        return rows >= 1_000_000 ? rows / 1_000_000 + "m" : rows / 1000 + "k";
    }

    static String id(int indicator) {
        return String.format("ind%03d", indicator + 1);
    }

    static boolean isPercent(int indicator) {
        return indicator % 4 == 0;
    }

    static void writeTheory(Path file) throws IOException {
        StringBuilder toc = new StringBuilder("""
                theory "Import benchmark" {
                  period 2021-01 to 2025-12
                }
                impact imp "The change sought"
                outcome out "A change on the way" {
                """);
        for (int i = 0; i < INDICATORS; i++) {
            toc.append("  indicator ").append(id(i)).append(" \"Indicator ").append(i + 1).append("\" {\n")
                    .append(isPercent(i) ? "    unit percent\n    baseline 10% at 2021\n    target 80% by 2025\n"
                            : "    unit count\n    baseline 0 at 2021\n    target 100000 by 2025\n")
                    .append("  }\n");
        }
        toc.append("}\nout -> imp\n");
        Files.writeString(file, toc);
    }
}
