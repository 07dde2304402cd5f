package org.tocworkbench.evaluator.ingest.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code layouts/09b-iatipublisher-workbooks/rap3-periods.xlsx}: the period workbook of an
 * IATI Publisher XLS import (SPREADSHEET-LAYOUTS.md section 9b; sheet list from
 * {@code app/XlsImporter/Templates/excel-sheets.json}, columns from {@code excel-column-name-mapper.json}
 * of younginnovations/iatipublisher, identifiers as its period template builds them:
 * {@code <indicator>-period-1}). The actuals are on sheet "Actual" and join to their period and
 * indicator only through the Actual Mapper, Period Mapper and Period sheets. Run once; committed.
 */
public final class IatiPublisherPeriodWorkbook {
    private static final String[] INDICATORS = {"rap3-oc1", "rap3-oc2a", "rap3-oc3"};
    private static final LocalDate[][] PERIODS = {
        {LocalDate.of(2013, 6, 1), LocalDate.of(2014, 5, 31)},
        {LocalDate.of(2014, 6, 1), LocalDate.of(2015, 5, 31)},
        {LocalDate.of(2015, 6, 1), LocalDate.of(2016, 5, 31)},
        {LocalDate.of(2016, 6, 1), LocalDate.of(2017, 1, 31)},
    };
    /** Planned values (Target sheet) and achieved values (Actual sheet) of the RAP3 logframe, per period. */
    private static final long[][] PLANNED = {{260000, 1500000, 1750000, 2000000}, {250000, 1570000, 2998000, 3543706},
        {0, 5000, 10000, 15000}};
    private static final long[][] ACHIEVED = {{260000, 2800000, 2800000, 2800000}, {258000, 1503289, 2733625, 3543706},
        {0, 6500, 8200, 8200}};

    private IatiPublisherPeriodWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet instructions = book.createSheet("Instructions");
            instructions.createRow(0).createCell(0).setCellValue(
                    "Instructions: please read these instructions carefully before filling the xls file");
            Sheet periodMapper = sheet(book, "Period Mapper", "indicator_identifier", "period_number", "period_identifier");
            Sheet targetMapper = sheet(book, "Target Mapper", "period_identifier", "target_number", "target_identifier");
            Sheet actualMapper = sheet(book, "Actual Mapper", "period_identifier", "actual_number", "actual_identifier");
            Sheet period = sheet(book, "Period", "period_identifier", "period_start date", "period_end date");
            Sheet target = sheet(book, "Target", "target_identifier", "value", "comment narrative narrative",
                    "comment narrative language", "dimension name", "dimension value", "location reference");
            sheet(book, "Target Document Link", "target_identifier", "url", "format");
            Sheet actual = sheet(book, "Actual", "actual_identifier", "value", "comment narrative narrative",
                    "comment narrative language", "dimension name", "dimension value", "location reference");
            sheet(book, "Actual Document Link", "actual_identifier", "url", "format");
            sheet(book, "Options", "measure", "ascending");
            for (int i = 0; i < INDICATORS.length; i++) {
                for (int p = 0; p < PERIODS.length; p++) {
                    String periodId = INDICATORS[i] + "-period-" + (p + 1);
                    row(periodMapper, INDICATORS[i], "period-" + (p + 1), periodId);
                    row(targetMapper, periodId, "target-1", periodId + "-target-1");
                    Row dates = period.createRow(period.getLastRowNum() + 1);
                    dates.createCell(0).setCellValue(periodId);
                    for (int k = 0; k < 2; k++) {
                        dates.createCell(1 + k).setCellValue(PERIODS[p][k]);
                        dates.getCell(1 + k).setCellStyle(date);
                    }
                    Row t = target.createRow(target.getLastRowNum() + 1);
                    t.createCell(0).setCellValue(periodId + "-target-1");
                    t.createCell(1).setCellValue(PLANNED[i][p]);
                }
            }
            // Actuals are listed newest indicator first, as a publisher adds them, with the
            // OC2a year-2 breakdown by days worked as extra actuals of the same period.
            for (int i = INDICATORS.length - 1; i >= 0; i--) {
                for (int p = 0; p < PERIODS.length; p++) {
                    String periodId = INDICATORS[i] + "-period-" + (p + 1);
                    actualRow(actualMapper, actual, periodId, 1, ACHIEVED[i][p], "", "", "");
                    if (i == 1 && p == 1) {
                        actualRow(actualMapper, actual, periodId, 2, 3201, "days worked", "50-100", "a. 50 -100");
                        actualRow(actualMapper, actual, periodId, 3, 1568, "days worked", "100+", "a. 100>");
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("rap3-periods.xlsx"))) {
                book.write(out);
            }
        }
    }

    private static void actualRow(Sheet mapper, Sheet actual, String periodId, int n, long value, String dimension,
                                  String dimensionValue, String comment) {
        String actualId = periodId + "-actual-" + n;
        row(mapper, periodId, "actual-" + n, actualId);
        Row row = actual.createRow(actual.getLastRowNum() + 1);
        row.createCell(0).setCellValue(actualId);
        row.createCell(1).setCellValue(value);
        if (!comment.isEmpty()) {
            row.createCell(2).setCellValue(comment);
            row.createCell(3).setCellValue("en");
            row.createCell(4).setCellValue(dimension);
            row.createCell(5).setCellValue(dimensionValue);
        }
        System.out.println(actualId + "\tActual!B" + (row.getRowNum() + 1) + "\t" + value);
    }

    private static Sheet sheet(XSSFWorkbook book, String name, String... header) {
        Sheet sheet = book.createSheet(name);
        row(sheet, header);
        return sheet;
    }

    private static void row(Sheet sheet, String... cells) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
