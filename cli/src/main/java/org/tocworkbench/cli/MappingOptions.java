package org.tocworkbench.cli;

import org.tocworkbench.compiler.model.Layout;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a monitoring workbook maps to indicators when its layout is not the one the theory's data
 * block (or the reader's guess) says: sheet, layout, header rows, columns. Part of
 * {@link MonitoringOptions}, so that every command that reads monitoring data reads it alike.
 */
public final class MappingOptions {
    @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet to read (default: the first with a recognisable header).")
    String sheet;

    @Option(names = "--layout", paramLabel = "LAYOUT", description = "How the data sheet is laid out: long (a row per indicator and period) or wide"
            + " (a column per period).")
    String layout;

    @Option(names = "--header-rows", paramLabel = "N[-M]", description = "Header row, or first-last rows of a two-row header (1-based).")
    String headerRows;

    @Option(names = "--indicator-column", paramLabel = "HEADER", description = "Column of indicator ids (header text or letter).")
    String indicatorColumn;

    @Option(names = "--title-column", paramLabel = "HEADER", description = "Column of indicator titles (used when there is no id).")
    String titleColumn;

    @Option(names = "--period-column", paramLabel = "HEADER", description = "Column of periods (long layout).")
    String periodColumn;

    @Option(names = "--value-column", paramLabel = "HEADER", description = "Column of values (long layout).")
    String valueColumn;

    @Option(names = "--disaggregation-column", paramLabel = "HEADER", description = "Column of groups (sex, region, ...).")
    String disaggregationColumn;

    @Option(names = "--period-columns", paramLabel = "RANGE", description = "Wide layout: the period columns, e.g. E:P (default: every header that reads as a period).")
    String periodColumns;

    @Option(names = "--fiscal-year-start", paramLabel = "MONTH", description = "Month (1-12) the fiscal year starts, for headers like `Q3 FY24`.")
    Integer fiscalYearStart;

    @Option(names = "--decimal-comma", description = "Read the data's numbers as written with a decimal comma (1.234,5 = 1234.5);"
            + " what toc writes is unchanged.")
    boolean decimalComma;

    ImportRequest apply(ImportRequest request, CommandLine commandLine) {
        ImportRequest r = request;
        if (sheet != null) {
            r = r.withSheet(sheet);
        }
        if (layout != null) {
            Layout parsed = layout.equals("long") ? Layout.LONG : layout.equals("wide") ? Layout.WIDE : null;
            if (parsed == null) {
                throw new CommandLine.ParameterException(commandLine, "--layout is `long` or `wide`, not `" + layout + "`");
            }
            r = r.withLayout(parsed);
        }
        if (headerRows != null) {
            String[] parts = headerRows.split("[-:]", 2);
            try {
                int first = Integer.parseInt(parts[0].strip());
                int last = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0;
                if (first < 1 || (last != 0 && last < first)) {
                    throw new NumberFormatException();
                }
                r = r.withHeaderRows(first, last);
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(commandLine,
                        "--header-rows `" + headerRows + "`: write a row number such as 4, or 4-5 for two rows");
            }
        }
        r = column(r, "indicator", indicatorColumn);
        r = column(r, "title", titleColumn);
        r = column(r, "period", periodColumn);
        r = column(r, "value", valueColumn);
        r = column(r, "disaggregation", disaggregationColumn);
        if (periodColumns != null) {
            r = r.withPeriodColumns(periodColumns);
        }
        if (fiscalYearStart != null) {
            if (fiscalYearStart < 1 || fiscalYearStart > 12) {
                throw new CommandLine.ParameterException(commandLine, "--fiscal-year-start is a month from 1 to 12");
            }
            r = r.withFiscalYearStart(fiscalYearStart);
        }
        if (decimalComma) {
            r = r.withDecimalComma(true);
        }
        return r;
    }

    private static ImportRequest column(ImportRequest request, String role, String header) {
        return header == null ? request : request.withColumn(role, header);
    }
}
