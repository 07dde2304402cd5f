package org.tocworkbench.evaluator.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tocworkbench.evaluator.testing.TestModel.quarter;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.Period;

class SeriesStoreTest {
    private static Observation obs(String id, Period p, String group, double value, int row) {
        return new Observation(id, p, value, Double.toString(value), group, new CellRef("m.xlsx", "Data", row, 5), false);
    }

    @Test
    void seriesAreSortedByPeriodWhateverTheOrderOfRows() {
        SeriesStore store = new SeriesStore();
        store.observation(obs("a", quarter(2024, 3), "", 30, 2));
        store.observation(obs("a", quarter(2024, 1), "", 10, 3));
        store.observation(obs("a", quarter(2024, 2), "", 20, 4));
        GroupSeries total = store.finish().series("a").orElseThrow().total().orElseThrow();
        assertEquals(3, total.size());
        assertEquals(10, total.value(0));
        assertEquals(20, total.value(1));
        assertEquals(30, total.value(2));
        assertEquals(LocalDate.of(2024, 3, 31), total.end(0));
        assertEquals("2024-Q1", total.label(0));
    }

    @Test
    void theTotalComesFirstThenGroupsInAlphabeticalOrder() {
        SeriesStore store = new SeriesStore();
        store.observation(obs("a", year(2024), "north", 1, 2));
        store.observation(obs("a", year(2024), "", 3, 3));
        store.observation(obs("a", year(2024), "east", 2, 4));
        List<String> groups = store.finish().series("a").orElseThrow().groups().stream().map(GroupSeries::group).toList();
        assertEquals(List.of("", "east", "north"), groups);
    }

    @Test
    void aRepeatedEqualValueIsMergedWithoutAnIssue() {
        SeriesStore store = new SeriesStore();
        store.observation(obs("a", year(2024), "", 5, 2));
        store.observation(obs("a", year(2024), "", 5, 9));
        ObservedData data = store.finish();
        assertEquals(1, data.series("a").orElseThrow().total().orElseThrow().size());
        assertEquals(0, data.issues().total());
    }

    @Test
    void aConflictingValueForTheSamePeriodIsReportedAtItsCellAndTheFirstIsKept() {
        SeriesStore store = new SeriesStore();
        store.observation(obs("a", year(2024), "", 5, 2));
        store.observation(obs("a", year(2024), "", 7, 9));
        ObservedData data = store.finish();
        GroupSeries total = data.series("a").orElseThrow().total().orElseThrow();
        assertEquals(1, total.size());
        assertEquals(5, total.value(0));
        DataIssue issue = data.issues().kept().get(0);
        assertEquals(DataIssue.Kind.DUPLICATE_VALUE, issue.kind());
        assertEquals("Data!E9", issue.where().a1());
        assertTrue(issue.message().contains("7 here and 5 at Data!E2"), issue.message());
    }

    @Test
    void theSourceCellOfEachValueIsKept() {
        SeriesStore store = new SeriesStore();
        store.observation(new Observation("a", year(2024), 1, "1", "", new CellRef("f.xlsx", "Q3 tracking", 1_000_000, 300),
                false));
        CellRef ref = store.finish().series("a").orElseThrow().total().orElseThrow().source(0);
        assertEquals(new CellRef("f.xlsx", "Q3 tracking", 1_000_000, 300), ref);
    }

    @Test
    void textIsKeptOnlyForValuesWithoutANumber() {
        SeriesStore store = new SeriesStore();
        store.observation(obs("a", year(2023), "", 4, 2));
        store.observation(new Observation("a", year(2024), Double.NaN, "much better", "", null, false));
        GroupSeries total = store.finish().series("a").orElseThrow().total().orElseThrow();
        assertNull(total.text(0));
        assertEquals("much better", total.text(1));
        assertNull(total.source(1));
    }

    @Test
    void issuesBeyondTheKeptOnesAreStillCounted() {
        SeriesStore store = new SeriesStore(2);
        for (int i = 0; i < 5; i++) {
            store.issue(new DataIssue(new CellRef("f", "S", i + 1, 1), DataIssue.Kind.UNKNOWN_INDICATOR, "x"));
        }
        store.issue(new DataIssue(new CellRef("f", "S", 9, 1), DataIssue.Kind.MATCHED_BY_TITLE, "y"));
        DataIssues issues = store.finish().issues();
        assertEquals(2, issues.kept().size());
        assertEquals(6, issues.total());
        assertEquals(4, issues.notKept());
        assertEquals(5L, issues.counts().get(DataIssue.Kind.UNKNOWN_INDICATOR));
        assertEquals(1, issues.warnings());
        assertEquals(5, issues.skipped());
    }

    @Test
    void aLargeSeriesIsHeldInPrimitiveArrays() {
        SeriesStore store = new SeriesStore();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 200_000; i++) {
            LocalDate d = day.plusDays(i / 100);
            store.observation(new Observation("i" + (i % 100), new Period(d, d, null), i, null, "", null, false));
        }
        ObservedData data = store.finish();
        assertEquals(200_000, data.observationCount());
        assertEquals(100, data.all().size());
        assertEquals(2000, data.series("i7").orElseThrow().total().orElseThrow().size());
        assertEquals(0, data.issues().total());
    }

    @Test
    void theStoreAcceptsNothingOnceFinished() {
        SeriesStore store = new SeriesStore();
        store.finish();
        assertThrows(IllegalStateException.class, () -> store.observation(obs("a", year(2024), "", 1, 2)));
    }
}
