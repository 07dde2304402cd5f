package org.tocworkbench.evaluator.ingest;

import java.util.List;

/**
 * The monitoring workbook that {@code toc template} writes and {@code toc evaluate} reads back with
 * no mapping. The importer recognises the data sheet by the exact header below; the template
 * writer must keep to it.
 *
 * <ul>
 *   <li>Sheet {@value #DATA_SHEET}, header in row 1 (data from row 2), long layout, columns in this
 *       order: {@link #DATA_HEADER}. Indicator ID is the indicator's id in the .toc file (the title
 *       column is for people; it is also matched when the id is blank). Period is text such as
 *       {@code 2025-Q1}, {@code 2025-03}, {@code 2025} or a real Excel date (a day). Disaggregation
 *       is blank for the total, else the group name as declared in the indicator's
 *       {@code disaggregate by}. Value is a number (percent indicators: 45 or a percent-formatted
 *       0.45), {@code true}/{@code false} for booleans, a scale label, or text for qualitative
 *       indicators. Comment is free text.</li>
 *   <li>Sheet {@value #INDICATOR_SHEET}: the indicator reference, header row 1:
 *       {@link #INDICATOR_HEADER}, the third column the indicator's codes as on the data sheet. It is never
 *       read as data (it has no period or value column).</li>
 * </ul>
 */
public final class TemplateContract {
    public static final String DATA_SHEET = "Data";
    public static final String INDICATOR_SHEET = "Indicators";
    /** The column of an indicator's codes, on both sheets. */
    public static final String CODE_HEADER = "Code";
    /** How several codes are written in one cell of the code column. */
    public static final String CODE_SEPARATOR = ", ";
    /** The sheet of instructions; never read as data. */
    public static final String HELP_SHEET = "How to fill in";
    public static final List<String> DATA_HEADER = List.of("Indicator ID", "Indicator", "Period", "Disaggregation",
            "Value", "Comment", TemplateContract.CODE_HEADER);
    public static final List<String> INDICATOR_HEADER = List.of("Indicator ID", "Indicator", TemplateContract.CODE_HEADER,
            "Result", "Result title",
            "Unit", "Direction", "Baseline", "Baseline date", "Target", "Target date", "Milestones", "Aggregation",
            "Disaggregated by", "Frequency", "Source (means of verification)", "Responsible");
    /**
     * Columns added after {@link #INDICATOR_HEADER} when some indicator of the theory has a
     * definition, a threshold or a method, so that a workbook of a theory that uses none of them
     * stays as it was.
     */
    public static final List<String> INDICATOR_PLAN_HEADER = List.of("Definition", "Threshold", "Method");

    private TemplateContract() {
    }
}
