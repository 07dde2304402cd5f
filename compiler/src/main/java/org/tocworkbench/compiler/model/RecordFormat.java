package org.tocworkbench.compiler.model;

import java.util.Locale;

/** Where records come from, decided by the location's form: a JDBC URL, a CSV file, else a workbook. */
public enum RecordFormat {
    XLSX, CSV, DATABASE;

    public static RecordFormat of(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return DATABASE;
        }
        return lower.endsWith(".csv") || lower.endsWith(".txt") ? CSV : XLSX;
    }
}
