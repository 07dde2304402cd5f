package org.tocworkbench.evaluator.standards;

import java.time.LocalDate;

/**
 * A reported value found in an imported source (an IATI actual, an EU matrix's current value):
 * it goes into the monitoring workbook written beside the theory.
 *
 * @param indicatorId the indicator of the imported theory
 * @param start       the first day of the period
 * @param end         the last day of the period
 * @param value       the value as the source writes it (a number, or text for a qualitative indicator)
 * @param group       the disaggregation group ({@code female, adult}); empty for the total
 * @param comment     the source's comment, or empty
 * @param where       where in the source it was found ({@code line 32}, {@code Logframe!E7})
 */
public record ActualValue(String indicatorId, LocalDate start, LocalDate end, String value, String group,
                          String comment, String where) {
}
