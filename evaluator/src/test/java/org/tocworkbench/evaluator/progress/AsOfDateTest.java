package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.quarter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.testing.TestModel;

class AsOfDateTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Theory WITH_AS_OF = TestModel.theory("theory \"t\" { as of 2025-Q2 }\nimpact I \"i\"");
    private static final Theory WITHOUT = TestModel.theory("impact I \"i\"");
    private static final ObservedData DATA = data().add("x", quarter(2024, 1), 1).add("y", quarter(2024, 3), 1).finish();

    @Test
    void aGivenDateWins() {
        assertEquals(new AsOfDate(LocalDate.of(2025, 1, 1), "given"),
                AsOfDate.resolve(LocalDate.of(2025, 1, 1), WITH_AS_OF, DATA, CLOCK));
    }

    @Test
    void thenTheEndOfTheTheorysAsOfPeriod() {
        assertEquals(LocalDate.of(2025, 6, 30), AsOfDate.resolve(null, WITH_AS_OF, DATA, CLOCK).date());
    }

    @Test
    void thenTheEndOfTheLatestPeriodInTheData() {
        AsOfDate asOf = AsOfDate.resolve(null, WITHOUT, DATA, CLOCK);
        assertEquals(LocalDate.of(2024, 9, 30), asOf.date());
        assertEquals("the end of the latest period in the data", asOf.source());
    }

    @Test
    void onlyThenToday() {
        assertEquals(LocalDate.of(2030, 1, 2), AsOfDate.resolve(null, WITHOUT, ObservedData.EMPTY, CLOCK).date());
    }
}
