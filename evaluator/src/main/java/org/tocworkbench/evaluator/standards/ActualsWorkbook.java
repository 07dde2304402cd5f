package org.tocworkbench.evaluator.standards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The values an imported source reports (IATI actuals, a matrix's current values, a DFID
 * logframe's Achieved row) as a monitoring workbook the theory binds: one row per indicator,
 * period and group, with the headers {@code toc evaluate} recognises without a mapping (the IATI
 * results sheet's, docs/import.md section 9a) and the place in the source each value came from.
 */
public final class ActualsWorkbook {
    public static final String SHEET = "Actuals";
    static final List<String> HEADERS = List.of("Indicator reference", "Start date", "End date", "Actual",
            "Dimension 1 value", "Actual comment", "Source");

    private ActualsWorkbook() {
    }

    public static byte[] toBytes(List<ActualValue> actuals) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            int r = 1;
            for (ActualValue actual : actuals) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(actual.indicatorId());
                row.createCell(1).setCellValue(actual.start().toString());
                row.createCell(2).setCellValue(actual.end().toString());
                try {
                    row.createCell(3).setCellValue(Double.parseDouble(actual.value()));
                } catch (NumberFormatException e) {
                    row.createCell(3).setCellValue(actual.value());
                }
                row.createCell(4).setCellValue(actual.group());
                row.createCell(5).setCellValue(actual.comment());
                row.createCell(6).setCellValue(actual.where());
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, c == 0 || c == 5 ? 24 * 256 : 14 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
