package org.tocworkbench.evaluator.ingest.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code layouts/09a-iati-workbench-sheet/lfc-results.xlsx}: a results sheet in the IATI
 * workbench "spreadsheets2iati" layout (SPREADSHEET-LAYOUTS.md section 9a): one row per result x
 * indicator x period with the workbench's column names, dates typed as dd/mm/yyyy text (what its
 * date-format page recommends), dimension name/value pairs, target-only rows for periods not yet
 * reported and "N/A" actuals. Run once; the workbook is committed.
 */
public final class IatiWorkbenchResultsWorkbook {
    private static final String ACTIVITY = "GB-GOV-1-203847";
    private static final String[] HEADER = {"IATI activity identifier", "Result type", "Aggregation status",
        "Result reference", "Result title", "Result description", "Indicator reference", "Indicator title",
        "Indicator description", "Indicator measure", "Ascending", "Baseline year", "Baseline", "Baseline comment",
        "Dimension 1 name", "Dimension 1 value", "Dimension 2 name", "Dimension 2 value", "Location reference",
        "Start date", "End date", "Target", "Target comment", "Actual", "Actual comment"};

    private IatiWorkbenchResultsWorkbook() {
    }

    /** result, indicator ref, indicator title, measure, baseline year, baseline, dim1, dim2, start, end, target, actual, comment. */
    private static final Object[][] ROWS = {
        {"impact", "IMP1", "Access to medical treatment is easy (females)", 2, 2012, 54, "", "", "01/01/2014", "31/12/2015", 59, 57, "Afrobarometer round 6"},
        {"impact", "IMP1", "Access to medical treatment is easy (females)", 2, 2012, 54, "country=Kenya", "", "01/01/2014", "31/12/2015", "", 61, ""},
        {"impact", "IMP1", "Access to medical treatment is easy (females)", 2, 2012, 54, "country=Nigeria", "", "01/01/2014", "31/12/2015", "", 52, ""},
        {"impact", "IMP1", "Access to medical treatment is easy (females)", 2, 2012, 54, "country=Uganda", "", "01/01/2014", "31/12/2015", "", 58, ""},
        {"impact", "IMP2", "Obtaining an identity document is easy (females)", 2, 2012, 30, "country=Kenya", "", "01/01/2014", "31/12/2015", "", 41, ""},
        {"impact", "IMP2", "Obtaining an identity document is easy (females)", 2, 2012, 30, "country=Nigeria", "", "01/01/2014", "31/12/2015", "", 27, ""},
        {"impact", "IMP2", "Obtaining an identity document is easy (females)", 2, 2012, 30, "", "", "01/01/2014", "31/12/2015", 35, 33, "Afrobarometer round 6"},
        {"impact", "IMP2", "Obtaining an identity document is easy (females)", 2, 2012, 30, "country=Uganda", "", "01/01/2014", "31/12/2015", "", 31, ""},
        {"outcome", "OC1", "Fellows who grew their services or businesses", 2, "", "", "", "", "01/10/2013", "30/09/2014", "", 62, "Fellows' annual survey"},
        {"outcome", "OC1", "Fellows who grew their services or businesses", 2, "", "", "", "", "01/10/2014", "30/09/2015", "", "N/A", "Survey of fellows postponed to 2016"},
        {"outcome", "OC3", "Secondary beneficiaries of fellows' services", 1, "", "", "", "", "01/10/2013", "30/09/2014", "", 12400, ""},
        {"outcome", "OC3", "Secondary beneficiaries of fellows' services", 1, "", "", "", "", "01/10/2014", "30/09/2015", "", 18950, ""},
        {"outcome", "OC4", "Girls and young women who see themselves as leaders", 2, "", "", "", "", "01/10/2014", "30/09/2015", "", 71, ""},
        {"outcome", "OC4", "Girls and young women who see themselves as leaders", 2, "", "", "country=Kenya", "age=10-14", "01/10/2014", "30/09/2015", "", 64, ""},
        {"outcome", "OC4", "Girls and young women who see themselves as leaders", 2, "", "", "country=Kenya", "age=15-24", "01/10/2014", "30/09/2015", "", 73, ""},
        {"outcome", "OC4", "Girls and young women who see themselves as leaders", 2, "", "", "country=Nigeria", "age=15-24", "01/10/2014", "30/09/2015", "", 69, ""},
        {"output", "OP1_1", "Women leaders in the Lead Fellowship network", 1, 2012, 0, "", "", "01/10/2013", "30/09/2014", 150, 148, ""},
        {"output", "OP1_1", "Women leaders in the Lead Fellowship network", 1, 2012, 0, "", "", "01/10/2014", "30/09/2015", 250, 262, ""},
        {"output", "OP1_1", "Women leaders in the Lead Fellowship network", 1, 2012, 0, "", "", "01/10/2015", "31/12/2015", 300, "", "Final figure in the completion report"},
        {"output", "OP2_1", "Girls and young women in the sport-based leadership programme", 1, 2012, 0, "", "", "01/10/2013", "30/09/2014", "", 9870, ""},
        {"output", "OP2_1", "Girls and young women in the sport-based leadership programme", 1, 2012, 0, "", "", "01/10/2014", "30/09/2015", "", 21430, ""},
        {"output", "OP2_1", "Girls and young women in the sport-based leadership programme", 1, 2012, 0, "", "", "01/10/2015", "31/12/2015", "", "", ""},
    };

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Results");
            Row top = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                top.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < ROWS.length; r++) {
                Object[] v = ROWS[r];
                Row row = sheet.createRow(r + 1);
                String type = (String) v[0];
                set(row, 0, ACTIVITY);
                set(row, 1, type.equals("output") ? 1 : type.equals("outcome") ? 2 : 3);
                set(row, 2, 1);
                set(row, 3, type.equals("output") ? ((String) v[1]).substring(0, 3) : type.equals("outcome") ? "OC" : "IMP");
                set(row, 4, type.equals("output") ? "Output " + ((String) v[1]).charAt(2) : type.equals("outcome")
                        ? "Leadership of girls and women" : "Services taken up by girls and women");
                set(row, 6, v[1]);
                set(row, 7, v[2]);
                set(row, 9, v[3]);
                set(row, 10, 1);
                set(row, 11, v[4]);
                set(row, 12, v[5]);
                pair(row, 14, (String) v[6]);
                pair(row, 16, (String) v[7]);
                set(row, 19, v[8]);
                set(row, 20, v[9]);
                set(row, 21, v[10]);
                set(row, 23, v[11]);
                set(row, 24, v[12]);
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("lfc-results.xlsx"))) {
                book.write(out);
            }
        }
    }

    private static void pair(Row row, int column, String nameValue) {
        if (!nameValue.isEmpty()) {
            set(row, column, nameValue.substring(0, nameValue.indexOf('=')));
            set(row, column + 1, nameValue.substring(nameValue.indexOf('=') + 1));
        }
    }

    private static void set(Row row, int column, Object value) {
        if (value instanceof Integer number) {
            row.createCell(column).setCellValue(number);
        } else if (value instanceof String text && !text.isEmpty()) {
            row.createCell(column).setCellValue(text);
        }
    }
}
