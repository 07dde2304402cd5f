package org.tocworkbench.evaluator.ingest.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code layouts/10c-dhis2-excel-saved/nagaland-2022.xlsx}: a DHIS2 data value set CSV
 * (camelCase header with a leading {@code dataSet} column) as Excel leaves it after opening and
 * saving it (SPREADSHEET-LAYOUTS.md section 10): period codes such as 202203 and 2022 become
 * numbers, true/false become booleans, timestamps become dates, values become numbers, and the
 * sheet is named after the file. Run once; the workbook is committed.
 *
 * <pre>java -cp ... org.tocworkbench.evaluator.ingest.layouts.DhisExcelSavedWorkbook evaluator/src/test/resources/layouts/10c-dhis2-excel-saved</pre>
 */
public final class DhisExcelSavedWorkbook {
    private static final String SET = "NhpQtr2Ds01";
    private static final String UNIT = "NgL4sT8kQ2w";
    private static final String TOTAL = "HllvX50cXC0";
    private static final String FEMALE = "Fm3kQ8vRz2a";
    private static final String MALE = "Ml7pW2xNc5b";

    private DhisExcelSavedWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("m/d/yyyy h:mm"));
            Sheet sheet = book.createSheet("nagaland-2022");
            String[] header = {"dataSet", "dataElement", "period", "orgUnit", "categoryOptionCombo",
                "attributeOptionCombo", "value", "storedBy", "timestamp", "comment", "followup", "deleted"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {
                {"tQm8vKs2LaP", 202201, TOTAL, 55, "2022-02-08T10:00", "", false, false},
                {"tQm8vKs2LaP", 202202, TOTAL, 57, "2022-03-07T10:00", "", false, false},
                {"tQm8vKs2LaP", 202203, TOTAL, 61, "2022-04-11T15:20", "entered twice by mistake", false, true},
                {"tQm8vKs2LaP", 202203, TOTAL, 59, "2022-04-06T09:40", "", false, false},
                {"hW3nFx7RcYe", 2022, TOTAL, 58, "2023-01-16T08:00", "annual facility survey", false, false},
                {"gR5kTz1MbQo", 202203, TOTAL, 24, "2022-04-06T09:40", "", false, false},
                {"gR5kTz1MbQo", 202203, FEMALE, 23, "2022-04-06T09:40", "", false, false},
                {"gR5kTz1MbQo", 202203, MALE, 25, "2022-04-06T09:40", "", false, false},
                {"iV9pLw4NdUs", "2022Q1", TOTAL, 57, "2022-04-06T09:40", "Peren below half: verify", true, false},
                {"aN2cHy6JfEk", 202202, TOTAL, 71, "2022-03-05T11:00", "", false, false},
                {"aN2cHy6JfEk", 202202, TOTAL, 72, "2022-03-20T16:45", "late register from Tuensang", false, false},
                {"pB7sDx3GqWr", 202203, TOTAL, 47310, "2022-04-06T09:40", "", false, false},
                {"vC4mKj8TzHn", 202202, TOTAL, 36, "2022-03-07T10:00", "", false, false},
                {"vC4mKj8TzHn", 202203, TOTAL, null, "2022-04-06T09:40", "two blocks did not report", false, false},
            };
            for (int r = 0; r < rows.length; r++) {
                Object[] v = rows[r];
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(SET);
                row.createCell(1).setCellValue((String) v[0]);
                if (v[1] instanceof Integer period) {
                    row.createCell(2).setCellValue(period);
                } else {
                    row.createCell(2).setCellValue((String) v[1]);
                }
                row.createCell(3).setCellValue(UNIT);
                row.createCell(4).setCellValue((String) v[2]);
                row.createCell(5).setCellValue(TOTAL);
                if (v[3] != null) {
                    row.createCell(6).setCellValue((Integer) v[3]);
                }
                row.createCell(7).setCellValue("nhp.mis");
                org.apache.poi.ss.usermodel.Cell stamp = row.createCell(8);
                stamp.setCellValue(LocalDateTime.parse((String) v[4]));
                stamp.setCellStyle(date);
                if (!((String) v[5]).isEmpty()) {
                    row.createCell(9).setCellValue((String) v[5]);
                }
                row.createCell(10).setCellValue((Boolean) v[6]);
                row.createCell(11).setCellValue((Boolean) v[7]);
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("nagaland-2022.xlsx"))) {
                book.write(out);
            }
        }
    }
}
