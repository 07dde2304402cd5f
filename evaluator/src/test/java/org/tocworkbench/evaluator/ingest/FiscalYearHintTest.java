package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearHintTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The fiscal year runs from October to September.        | 10",
        "FISCAL YEAR July 1 – June 30                           | 7",
        "US Government fiscal year: 1 October - 30 September    | 10",
        "Financial year April-March                             | 4",
        "FY (Jul-Jun) figures                                   | 7",
        "Q1 FY24 (Oct-Dec)                                      | 10",
        "Q2 (Jan - Mar)                                         | 10",
        "Q3: Jan-Mar                                            | 7",
        "Q1 2024 (Jan-Mar)                                      | 1",
    })
    void aFiscalYearStatedAsASpanOfMonthsGivesItsStart(String text, int month) {
        assertEquals(Optional.of(month), FiscalYearHint.startMonth(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Reporting period: October to December 2024", "Fiscal year 2024",
        "The fiscal year runs from October to March", "Planting season: October to September"})
    void otherTextsStateNoFiscalYear(String text) {
        assertEquals(Optional.empty(), FiscalYearHint.startMonth(text));
    }

    @Test
    void theHintNamesItsCell() {
        SheetRow title = new SheetRow();
        title.reset(3);
        title.setText(1, "All figures by fiscal year (October - September)", false);
        FiscalYearHint.Hint hint = FiscalYearHint.find(List.of(title)).orElseThrow();
        assertEquals(3, hint.row());
        assertEquals(1, hint.column());
        assertEquals("fiscal year starts october", hint.bindingLine());
    }

    @Test
    void fiscalLabels() {
        assertTrue(FiscalYearHint.isFiscalLabel("Q3 FY24"));
        assertTrue(FiscalYearHint.isFiscalLabel("2023/24"));
        assertFalse(FiscalYearHint.isFiscalLabel("2024-Q3"));
    }
}
