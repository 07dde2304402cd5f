package org.tocworkbench.evaluator.ingest;

import java.time.LocalDate;

/** What the layout readers of one sheet share. */
record ReadContext(String fileName, String sheet, IndicatorMatcher matcher, PeriodParser periods, IssueLog issues,
                   ObservationSink sink, boolean decimalComma, boolean date1904, LocalDate timelineStart,
                   LocalDate timelineEnd) {
}
