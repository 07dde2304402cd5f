package org.tocworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes a DHIS2 data value set CSV with N rows for the import benchmark (SPREADSHEET-LAYOUTS.md
 * section 10): the lower-case header of the server's export, data elements by code (the
 * {@code ind001}... of the benchmark theory, as an export with {@code dataElementIdScheme=code}
 * writes them), monthly period codes 202101-202512, 11-character org unit UIDs, the default
 * category option combo, ISO {@code lastupdated} times; one row in a hundred has a comment, one in
 * a thousand is deleted, and one in five hundred is followed by a newer value for the same key.
 *
 * <p>Usage: {@code GenerateDataValueSet OUT_DIR ROWS}. The theory is GenerateMonitoringWorkbook's.
 */
public final class GenerateDataValueSet {
    private GenerateDataValueSet() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        if (!Files.exists(dir.resolve("bench-theory.toc"))) {
            GenerateMonitoringWorkbook.writeTheory(dir.resolve("bench-theory.toc"));
        }
        Path file = dir.resolve("datavalues-" + GenerateMonitoringWorkbook.label(rows) + ".csv");
        long started = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,"
                    + "comment,followup,deleted\n");
            int written = 0;
            for (int n = 0; written < rows; n++) {
                int indicator = n % GenerateMonitoringWorkbook.INDICATORS;
                int k = n / GenerateMonitoringWorkbook.INDICATORS;
                YearMonth month = YearMonth.of(2021, 1).plusMonths(k % GenerateMonitoringWorkbook.MONTHS);
                String unit = orgUnit(k / GenerateMonitoringWorkbook.MONTHS);
                double value = GenerateMonitoringWorkbook.isPercent(indicator) ? (n * 37L) % 1000 / 10.0 : (n * 7919L) % 100_000;
                String period = String.format("%d%02d", month.getYear(), month.getMonthValue());
                String updated = month.plusMonths(1).atDay(1 + n % 27) + "T08:" + String.format("%02d", n % 60) + ":00.000";
                written += row(out, indicator, period, unit, value, updated, n % 100 == 0 ? "checked by the district officer" : "",
                        n % 1000 == 999);
                if (n % 500 == 499 && written < rows) {
                    String later = month.plusMonths(2).atDay(1) + "T09:00:00.000";
                    written += row(out, indicator, period, unit, value + 1, later, "corrected", false);
                }
            }
        }
        System.out.printf("wrote %s (%,d rows, %,d bytes) in %.1f s%n", file, rows, Files.size(file),
                (System.nanoTime() - started) / 1e9);
    }

    private static int row(BufferedWriter out, int indicator, String period, String unit, double value, String updated,
                           String comment, boolean deleted) throws IOException {
        out.write(GenerateMonitoringWorkbook.id(indicator));
        out.write(',');
        out.write(period);
        out.write(',');
        out.write(unit);
        out.write(",HllvX50cXC0,HllvX50cXC0,");
        out.write(value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
        out.write(",district.mis,");
        out.write(updated);
        out.write(',');
        out.write(comment);
        out.write(deleted ? ",false,true\n" : ",false,false\n");
        return 1;
    }

    /** An 11-character UID for org unit n: a letter, then ten letters and digits. */
    static String orgUnit(int n) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder uid = new StringBuilder("O");
        long x = 0x9E3779B97F4A7C15L * (n + 1);
        for (int i = 0; i < 10; i++) {
            uid.append(alphabet.charAt((int) Long.remainderUnsigned(x, alphabet.length())));
            x = Long.divideUnsigned(x, alphabet.length()) ^ (x << 7);
        }
        return uid.toString();
    }
}
