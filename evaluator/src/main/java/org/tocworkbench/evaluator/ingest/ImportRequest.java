package org.tocworkbench.evaluator.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tocworkbench.compiler.model.CodeMapping;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Layout;

/**
 * What to read and how: the file and, optionally, the mapping of a {@code data} block or of the
 * command-line options. Everything but the file may be left out; the importer then recognises the
 * {@link TemplateContract template} and common headers.
 *
 * @param sheet           sheet name; "" to take the first sheet with a recognisable header
 * @param layout          null to detect
 * @param headerRow       1-based first header row; 0 to detect
 * @param headerRowEnd    1-based last header row of a two-row header; 0 for one row
 * @param columns         role ({@code indicator}, {@code title}, {@code period}, {@code value},
 *                        {@code disaggregation}, {@code comment}) → header text or column letter
 * @param periodColumns   wide layout: which columns hold periods — "" for every column whose header
 *                        reads as a period, a letter range such as {@code E:P}, or header texts
 *                        separated by commas
 * @param fiscalYearStart month 1–12 in which the fiscal year starts ({@code Q1 FY12} = Oct–Dec 2011 for 10)
 * @param decimalComma    numbers written {@code 1.234,5}
 * @param issueLimit      issues of each kind passed on in full; the rest are only counted
 * @param codes           the code table of the data block ({@code code "IND-7" is OC1_2}): rows of this
 *                        file that carry one of these codes are that indicator's, before any other match
 */
public record ImportRequest(Path file, String sheet, Layout layout, int headerRow, int headerRowEnd,
                            Map<String, String> columns, String periodColumns, int fiscalYearStart,
                            boolean decimalComma, int issueLimit, List<CodeMapping> codes) {
    public static final int DEFAULT_ISSUE_LIMIT = 200;

    public ImportRequest {
        if (file == null) {
            throw new IllegalArgumentException("no file");
        }
        sheet = sheet == null ? "" : sheet;
        Map<String, String> copy = new LinkedHashMap<>();
        if (columns != null) {
            columns.forEach((role, header) -> {
                String canonical = role.strip().toLowerCase(Locale.ROOT);
                copy.put(canonical.equals("group") ? "disaggregation" : canonical, header);
            });
        }
        columns = Collections.unmodifiableMap(copy);
        periodColumns = periodColumns == null ? "" : periodColumns.strip();
        fiscalYearStart = fiscalYearStart < 1 || fiscalYearStart > 12 ? 1 : fiscalYearStart;
        headerRow = Math.max(0, headerRow);
        headerRowEnd = headerRow == 0 ? 0 : Math.max(0, headerRowEnd);
        issueLimit = issueLimit <= 0 ? DEFAULT_ISSUE_LIMIT : issueLimit;
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    /** A file with no mapping: the template and plain long sheets are recognised. */
    public static ImportRequest of(Path file) {
        return new ImportRequest(file, "", null, 0, 0, Map.of(), "", 1, false, DEFAULT_ISSUE_LIMIT, List.of());
    }

    /** The mapping of a {@code data} block of a .toc file. */
    public static ImportRequest from(DataBinding binding) {
        return new ImportRequest(Path.of(binding.resolvedPath()), binding.sheet(), binding.layout(), binding.headerRow(),
                binding.headerRowEnd(), binding.columns(), binding.periodColumns(), binding.fiscalYearStart(),
                binding.decimalComma(), DEFAULT_ISSUE_LIMIT, binding.codes());
    }

    public ImportRequest withSheet(String newSheet) {
        return new ImportRequest(file, newSheet, layout, headerRow, headerRowEnd, columns, periodColumns,
                fiscalYearStart, decimalComma, issueLimit, codes);
    }

    public ImportRequest withLayout(Layout newLayout) {
        return new ImportRequest(file, sheet, newLayout, headerRow, headerRowEnd, columns, periodColumns,
                fiscalYearStart, decimalComma, issueLimit, codes);
    }

    /** @param last 0 for a one-row header */
    public ImportRequest withHeaderRows(int first, int last) {
        return new ImportRequest(file, sheet, layout, first, last, columns, periodColumns, fiscalYearStart,
                decimalComma, issueLimit, codes);
    }

    /** Maps a role to a header text or a column letter; {@code group} is a synonym of {@code disaggregation}. */
    public ImportRequest withColumn(String role, String header) {
        Map<String, String> more = new LinkedHashMap<>(columns);
        more.put(role, header);
        return new ImportRequest(file, sheet, layout, headerRow, headerRowEnd, more, periodColumns, fiscalYearStart,
                decimalComma, issueLimit, codes);
    }

    public ImportRequest withPeriodColumns(String newPeriodColumns) {
        return new ImportRequest(file, sheet, layout, headerRow, headerRowEnd, columns, newPeriodColumns,
                fiscalYearStart, decimalComma, issueLimit, codes);
    }

    public ImportRequest withFiscalYearStart(int month) {
        return new ImportRequest(file, sheet, layout, headerRow, headerRowEnd, columns, periodColumns, month,
                decimalComma, issueLimit, codes);
    }

    public ImportRequest withDecimalComma(boolean comma) {
        return new ImportRequest(file, sheet, layout, headerRow, headerRowEnd, columns, periodColumns,
                fiscalYearStart, comma, issueLimit, codes);
    }

    public ImportRequest withIssueLimit(int limit) {
        return new ImportRequest(file, sheet, layout, headerRow, headerRowEnd, columns, periodColumns,
                fiscalYearStart, decimalComma, limit, codes);
    }

    /** The same request with this code table (e.g. a data block's, for its file given with {@code --data}). */
    public ImportRequest withCodes(List<CodeMapping> table) {
        return new ImportRequest(file, sheet, layout, headerRow, headerRowEnd, columns, periodColumns,
                fiscalYearStart, decimalComma, issueLimit, table);
    }

    /** The file name as messages print it. */
    public String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
