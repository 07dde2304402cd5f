package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;

/**
 * What the layout readers of one sheet share.
 *
 * @param linesAsRows the rows are lines of a text file (IATI XML, DHIS2 JSON): values are placed by line
 */
record ReadContext(String fileName, String sheet, IndicatorMatcher matcher, PeriodParser periods, IssueLimiter issues,
                   ObservationSink sink, boolean decimalComma, boolean date1904, LocalDate timelineStart,
                   LocalDate timelineEnd, boolean linesAsRows) {
}
