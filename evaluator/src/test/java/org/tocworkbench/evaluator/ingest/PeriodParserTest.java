package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {
    private final PeriodParser calendar = new PeriodParser(1, LocalDate.of(2023, 7, 1));
    private final PeriodParser usFederal = new PeriodParser(10, null);
    private final PeriodParser julyYear = new PeriodParser(7, null);

    @ParameterizedTest(name = "{0} → {1} … {2}")
    @CsvSource({
            "2024, 2024-01-01, 2024-12-31",
            "2024-03, 2024-03-01, 2024-03-31",
            "2024/03, 2024-03-01, 2024-03-31",
            "03/2024, 2024-03-01, 2024-03-31",
            "2024-03-15, 2024-03-15, 2024-03-15",
            "2024-03-15T10:30:00, 2024-03-15, 2024-03-15",
            "2024-03-15 00:00:00, 2024-03-15, 2024-03-15",
            "15/03/2024, 2024-03-15, 2024-03-15",
            "15.03.2024, 2024-03-15, 2024-03-15",
            "05/03/2024, 2024-03-05, 2024-03-05",
            "2024-Q1, 2024-01-01, 2024-03-31",
            "2024 Q3, 2024-07-01, 2024-09-30",
            "Q1 2024, 2024-01-01, 2024-03-31",
            "q4-2024, 2024-10-01, 2024-12-31",
            "Quarter 2 2024, 2024-04-01, 2024-06-30",
            "2nd quarter 2024, 2024-04-01, 2024-06-30",
            "H2 2024, 2024-07-01, 2024-12-31",
            "March 2024, 2024-03-01, 2024-03-31",
            "Mar 2024, 2024-03-01, 2024-03-31",
            "2024 March, 2024-03-01, 2024-03-31",
            "mars 2024, 2024-03-01, 2024-03-31",
            "20240315, 2024-03-15, 2024-03-15",
            "202401, 2024-01-01, 2024-01-31",
            "2024Q1, 2024-01-01, 2024-03-31",
            "2024S1, 2024-01-01, 2024-06-30",
            "2024S2, 2024-07-01, 2024-12-31",
            "2024W10, 2024-03-04, 2024-03-10",
            "2020W53, 2020-12-28, 2021-01-03",
            "2024BiW1, 2024-01-01, 2024-01-14",
            "202401B, 2024-01-01, 2024-02-29",
            "202406B, 2024-11-01, 2024-12-31",
            "2024April, 2024-04-01, 2025-03-31",
            "2024July, 2024-07-01, 2025-06-30",
            "2024Oct, 2024-10-01, 2025-09-30",
            "2004AprilS1, 2004-04-01, 2004-09-30",
            "2004AprilS2, 2004-10-01, 2005-03-31",
            "2024-01-01 to 2024-06-30, 2024-01-01, 2024-06-30",
            "Year 1, 2023-07-01, 2024-06-30",
            "Year 2 Q1, 2024-07-01, 2024-09-30",
            "Y1 Q4, 2024-04-01, 2024-06-30",
    })
    void readsCalendarPeriods(String text, String start, String end) {
        PeriodParser.Result result = calendar.parse(text);
        assertTrue(result.ok(), () -> text + ": " + result.problem());
        assertEquals(LocalDate.parse(start), result.period().start(), text);
        assertEquals(LocalDate.parse(end), result.period().end(), text);
        assertEquals(text, result.period().label());
    }

    @ParameterizedTest(name = "{0} (fiscal year from October) → {1} … {2}")
    @CsvSource({
            "Q1 FY12, 2011-10-01, 2011-12-31",
            "Q3 FY24, 2024-04-01, 2024-06-30",
            "Q4 FY2024, 2024-07-01, 2024-09-30",
            "FY24 Q2, 2024-01-01, 2024-03-31",
            "FY24, 2023-10-01, 2024-09-30",
            "FY 2024, 2023-10-01, 2024-09-30",
            "2023/24, 2023-10-01, 2024-09-30",
            "H1 FY24, 2023-10-01, 2024-03-31",
    })
    void readsFiscalPeriods(String text, String start, String end) {
        PeriodParser.Result result = usFederal.parse(text);
        assertTrue(result.ok(), () -> text + ": " + result.problem());
        assertEquals(LocalDate.parse(start), result.period().start(), text);
        assertEquals(LocalDate.parse(end), result.period().end(), text);
    }

    @Test
    void aJulyFiscalYearIsNamedByTheYearItEndsIn() {
        assertEquals(LocalDate.of(2023, 7, 1), julyYear.parse("FY24").period().start());
        assertEquals(LocalDate.of(2023, 10, 1), julyYear.parse("Q2 FY24").period().start());
        assertEquals(LocalDate.of(2024, 1, 1), calendar.parse("FY24").period().start());
    }

    @Test
    void withAFiscalYearIsoMonthsAreStillMonths() {
        assertEquals(LocalDate.of(2024, 3, 31), julyYear.parse("2024-03").period().end());
        assertEquals(LocalDate.of(2024, 12, 1), julyYear.parse("2024/12").period().start());
        assertEquals(LocalDate.of(2024, 6, 30), julyYear.parse("2023-24").period().end());
    }

    @Test
    void usMonthFirstDatesAreRefusedWithTheFixedSpelling() {
        PeriodParser.Result result = calendar.parse("03/15/2024");
        assertFalse(result.ok());
        assertTrue(result.problem().contains("US order"), result.problem());
        assertTrue(result.problem().contains("2024-03-15"), result.problem());
    }

    @Test
    void twoDigitYearsAreReadWithAWarning() {
        PeriodParser.Result recent = calendar.parse("15-03-24");
        assertEquals(LocalDate.of(2024, 3, 15), recent.period().start());
        assertNotNull(recent.warning());
        assertEquals(LocalDate.of(1971, 3, 15), calendar.parse("15/03/71").period().start());
        assertEquals(LocalDate.of(2070, 3, 15), calendar.parse("15/03/70").period().start());
        assertEquals(LocalDate.of(2024, 3, 1), calendar.parse("Mar-24").period().start());
    }

    @Test
    void excelNumbersAreReadAsDatesByTheirFormatOrAsPeriodCodes() {
        assertEquals(LocalDate.of(2024, 1, 1), calendar.parse(45292, SheetRow.DATE, false).period().start());
        assertEquals(LocalDate.of(2024, 1, 31),
                calendar.parse(45292, (byte) (SheetRow.DATE | SheetRow.MONTH_ONLY), false).period().end());
        assertEquals(LocalDate.of(2028, 1, 2), calendar.parse(45292, SheetRow.DATE, true).period().start());
        assertEquals(LocalDate.of(2024, 12, 31), calendar.parse(2024.0, (byte) 0, false).period().end());
        assertEquals(LocalDate.of(2024, 1, 31), calendar.parse(202401.0, (byte) 0, false).period().end());
        assertEquals(LocalDate.of(2024, 3, 15), calendar.parse(20240315.0, (byte) 0, false).period().end());
        PeriodParser.Result serial = calendar.parse(45292, (byte) 0, false);
        assertFalse(serial.ok());
        assertTrue(serial.problem().contains("2024-01-01"), serial.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometime", "Q1", "2024-13", "31/02/2024", "2024W54", "202407B", "FY", "1850", "2015WedW5",
            "Year 1 Q5", "13/13/2024", "2024-02-30"})
    void refusesWhatIsNotAPeriod(String text) {
        PeriodParser.Result result = calendar.parse(text);
        assertFalse(result.ok(), () -> text + " → " + result.period());
        assertNotNull(result.problem());
    }

    @Test
    void projectYearsNeedTheTheorysStart() {
        PeriodParser.Result result = new PeriodParser(1, null).parse("Year 1 Q1");
        assertFalse(result.ok());
        assertTrue(result.problem().contains("start"));
    }

    @Test
    void aSplitYearNeedsAFiscalStart() {
        assertFalse(calendar.parse("2023/24").ok());
    }
}
