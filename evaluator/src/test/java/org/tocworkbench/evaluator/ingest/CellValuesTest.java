package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "12|12|false", "  12.5 |12.5|false", "1,234|1234|false", "1,234,567.25|1234567.25|false",
            "1 234|1234|false", "1'234|1234|false", "45%|45|true", "87.5 %|87.5|true", "-3|-3|false",
            "(1,200)|-1200|false", "$2,500.50|2500.5|false", "€ 12|12|false", "1.5E3|1500|false", ".5|0.5|false",
            "USD 1,000|1000|false"})
    void readsNumbersWithAPoint(String text, double value, boolean percent) {
        CellValues.NumberText number = CellValues.parseNumber(text, false);
        assertEquals(value, number.value(), 1e-9, text);
        assertEquals(percent, number.percent(), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"1.234,5|1234.5", "12,5|12.5", "1 234,5|1234.5", "45,5 %|45.5", "7|7"})
    void readsNumbersWithADecimalComma(String text, double value) {
        assertEquals(value, CellValues.parseNumber(text, true).value(), 1e-9, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "12,5", "1,23", "1.234,5", "12-5", "1,2345", "--5", "5 5 5 5", "%", "$"})
    void refusesWhatIsNotANumberWithAPoint(String text) {
        assertNull(CellValues.parseNumber(text, false), text);
    }

    @Test
    void decimalCommaTextIsRecognisedForTheHint() {
        assertTrue(CellValues.looksLikeDecimalComma("12,5"));
        assertTrue(CellValues.looksLikeDecimalComma("1.234,5"));
        assertTrue(!CellValues.looksLikeDecimalComma("1,234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "n/a", "N/A", "NA", "na", "-", "—", "–", "..", "#N/A", "n.a."})
    void missingMarkersMeanNoValue(String text) {
        assertTrue(CellValues.isMissing(text), text);
    }

    @Test
    void excelSerialsBecomeDaysInBothDateSystems() {
        assertEquals(LocalDate.of(1900, 1, 1), CellValues.excelDate(1, false));
        assertEquals(LocalDate.of(1900, 2, 28), CellValues.excelDate(59, false));
        assertEquals(LocalDate.of(1900, 3, 1), CellValues.excelDate(61, false));
        assertEquals(LocalDate.of(2024, 1, 1), CellValues.excelDate(45292.75, false));
        assertEquals(LocalDate.of(1904, 1, 1), CellValues.excelDate(0, true));
        assertNull(CellValues.excelDate(-1, false));
    }

    @Test
    void wholeNumbersPrintWithoutADecimalPoint() {
        assertEquals("12", CellValues.formatNumber(12.0));
        assertEquals("0.45", CellValues.formatNumber(0.45));
        assertEquals("202401", CellValues.formatNumber(202401.0));
    }

    /** The quick reading of short plain decimals gives the very double {@link Double#parseDouble} gives. */
    @Test
    void shortDecimalsReadQuicklyAreTheSameDoubles() {
        java.util.Random random = new java.util.Random(53);
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder s = new StringBuilder(random.nextInt(8) == 0 ? "-" : "");
            int digits = 1 + random.nextInt(17);
            int point = random.nextInt(digits + 2) - 1;
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    s.append('.');
                }
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (point == digits) {
                s.append('.');
            }
            String text = s.toString();
            double quick = CellValues.shortDecimal(text);
            if (digits <= 15) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(quick), text);
            } else {
                assertTrue(Double.isNaN(quick), text + " has more digits than the quick reading takes");
            }
            assertEquals(Double.parseDouble(text), CellValues.parseNumber(text, false).value(), 0.0, text);
        }
        for (String text : new String[] {"", "-", ".", "1.2.3", "1e5", "+4", "1,5", " 7"}) {
            assertTrue(Double.isNaN(CellValues.shortDecimal(text)), text);
        }
    }

    @Test
    void missingMarkersAreFoundWhateverTheirCaseAndValuesAreNot() {
        for (String marker : CellValues.MISSING_MARKERS) {
            assertTrue(CellValues.isMissing(marker), marker);
            assertTrue(CellValues.isMissing("  " + marker.toUpperCase(java.util.Locale.ROOT) + " "), marker);
        }
        for (String value : new String[] {"0", "12", "yes", "No", "none?", "-5", ".5", "#REF!", "n/a/b"}) {
            assertEquals(false, CellValues.isMissing(value), value);
        }
    }
}
