package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random values and periods, written in the many ways sheets write them, read back equal; random
 * junk never makes the importer throw anything but an {@link ImportException}.
 */
class RoundTripPropertyTest {
    @TempDir
    Path dir;

    /** What was written in one row, to compare with what is read. */
    private record Written(String indicator, LocalDate start, LocalDate end, double value, String group) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomRowsReadBackEqual(long seed) throws Exception {
        Random random = new Random(seed);
        List<Object[]> cells = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (written.size() < 150) {
            boolean percent = random.nextBoolean();
            String indicator = percent ? "coverage" : random.nextBoolean() ? "visits" : "budget";
            Object[] period = new Object[1];
            LocalDate[] range = randomPeriod(random, period);
            String group = indicator.equals("visits") ? List.of("", "female", "male").get(random.nextInt(3)) : "";
            if (!keys.add(indicator + range[0] + range[1] + group)) {
                continue;
            }
            double value = percent ? Math.round(random.nextDouble() * 10000) / 100.0
                    : Math.round(random.nextDouble() * 1e8) / 100.0;
            Object valueCell = valueCell(random, value, percent);
            cells.add(new Object[] {indicator, null, period[0], group.isEmpty() ? null : group, valueCell});
            written.add(new Written(indicator, range[0], range[1], value, group));
        }
        Path file = Fixtures.xlsx(dir, "random" + seed + ".xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "Data").row(1, TemplateContract.DATA_HEADER.toArray());
            for (int i = 0; i < cells.size(); i++) {
                s.row(i + 2, cells.get(i));
            }
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertTrue(c.issues.stream().allMatch(i -> i.kind() == DataIssue.Kind.OUTSIDE_TIMELINE), c.describeIssues());
        assertEquals(written.size(), c.observations.size());
        for (int i = 0; i < written.size(); i++) {
            Written w = written.get(i);
            Observation o = c.observations.get(i);
            String where = "row " + (i + 2) + " " + java.util.Arrays.toString(cells.get(i));
            assertEquals(w.indicator(), o.indicatorId(), where);
            assertEquals(w.start(), o.period().start(), where);
            assertEquals(w.end(), o.period().end(), where);
            assertEquals(w.value(), o.value(), 1e-6, where);
            assertEquals(w.group(), o.disaggregation(), where);
        }
    }

    private static LocalDate[] randomPeriod(Random random, Object[] cell) {
        int year = 2020 + random.nextInt(8);
        int month = 1 + random.nextInt(12);
        int quarter = 1 + random.nextInt(4);
        YearMonth ym = YearMonth.of(year, month);
        LocalDate qStart = LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate qEnd = YearMonth.of(year, quarter * 3).atEndOfMonth();
        LocalDate day = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
        switch (random.nextInt(10)) {
            case 0:
                cell[0] = day;
                return new LocalDate[] {day, day};
            case 1:
                cell[0] = day.toString();
                return new LocalDate[] {day, day};
            case 2:
                cell[0] = String.format(Locale.ROOT, "%02d/%02d/%d", day.getDayOfMonth(), month, year);
                return new LocalDate[] {day, day};
            case 3:
                cell[0] = year + "-Q" + quarter;
                return new LocalDate[] {qStart, qEnd};
            case 4:
                cell[0] = "Q" + quarter + " " + year;
                return new LocalDate[] {qStart, qEnd};
            case 5:
                cell[0] = year + "Q" + quarter;
                return new LocalDate[] {qStart, qEnd};
            case 6:
                cell[0] = (double) (year * 100 + month);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            case 7:
                cell[0] = ym.toString();
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            case 8:
                cell[0] = (double) year;
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            default:
                cell[0] = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year;
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
    }

    private static Object valueCell(Random random, double value, boolean percent) {
        switch (random.nextInt(4)) {
            case 0:
                return value;
            case 1:
                return percent ? new SheetWriter.Pct(value / 100) : String.format(Locale.ROOT, "%,.2f", value);
            case 2:
                return percent ? String.format(Locale.ROOT, "%.2f%%", value) : String.format(Locale.ROOT, "%.2f", value);
            default:
                return percent ? String.format(Locale.ROOT, "%.2f %%", value) : CellValues.formatNumber(value);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomJunkNeverThrowsAnythingButAnImportException(long seed) throws Exception {
        Random random = new Random(seed);
        Path file = Fixtures.xlsx(dir, "junk" + seed + ".xlsx", wb -> junk(wb, random));
        readSafely(ImportRequest.of(file));
        readSafely(ImportRequest.of(file).withHeaderRows(1 + random.nextInt(3), 0).withColumn("value", "C"));
        StringBuilder csv = new StringBuilder("Indicator,Period,Value\n");
        for (int i = 0; i < 200; i++) {
            csv.append(junkText(random)).append(random.nextBoolean() ? "," : ";").append(junkText(random)).append(',')
                    .append(junkText(random)).append(random.nextInt(5) == 0 ? "\"" : "").append('\n');
        }
        readSafely(ImportRequest.of(Fixtures.text(dir, "junk" + seed + ".csv", csv.toString())));
    }

    private static void readSafely(ImportRequest request) {
        try {
            Fixtures.read(request);
        } catch (ImportException e) {
            assertTrue(e.getMessage().startsWith(request.fileName()), e.getMessage());
        }
    }

    private static void junk(Workbook wb, Random random) {
        Sheet sheet = wb.createSheet(random.nextBoolean() ? "Data" : "Sheet " + random.nextInt(9));
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
        if (random.nextBoolean()) {
            Row header = sheet.createRow(random.nextInt(3));
            String[] names = {"Indicator", "Period", "Value", "Disaggregation", "Comment", "Q1 2024", "FY24"};
            for (int c = 0; c < 6; c++) {
                header.createCell(c).setCellValue(names[random.nextInt(names.length)]);
            }
        }
        for (int r = 0; r < 120; r++) {
            Row row = sheet.createRow(3 + r + random.nextInt(2) * r);
            for (int c = 0; c < 1 + random.nextInt(8); c++) {
                Cell cell = row.createCell(random.nextInt(10));
                switch (random.nextInt(8)) {
                    case 0 -> cell.setCellValue(random.nextDouble() * Math.pow(10, random.nextInt(20) - 5));
                    case 1 -> {
                        cell.setCellValue(random.nextInt(3_000_000) - 100_000);
                        cell.setCellStyle(random.nextBoolean() ? percent : date);
                    }
                    case 2 -> cell.setCellValue(random.nextBoolean());
                    case 3 -> cell.setCellValue(List.of("visits", "coverage", "policy", "quality", "story", "Total")
                            .get(random.nextInt(6)));
                    case 4 -> cell.setCellFormula("1/0");
                    case 5 -> cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
                    default -> cell.setCellValue(junkText(random));
                }
            }
        }
    }

    private static String junkText(Random random) {
        String[] pieces = {"2024", "Q", "FY", "-", "/", "%", ",", ".", "1", "99", "W53", "B", "S3", "April", "Year ",
                "n/a", "—", "é", "\u00a0", "  ", "0x1F", "1e309", "NaN", "Infinity", "(", ")", "$", "🙂", "\"", "13"};
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }
}
