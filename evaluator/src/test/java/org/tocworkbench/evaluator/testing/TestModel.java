package org.tocworkbench.evaluator.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.Unit;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.compiler.model.Value;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.Period;
import org.tocworkbench.evaluator.series.IndicatorSeries;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.series.SeriesStore;

/** Small builders for tests: indicators without a .toc file, theories from text, series from values. */
public final class TestModel {
    private TestModel() {
    }

    /** Compiles .toc text; fails the test when it has errors. */
    public static Theory theory(String text) {
        Compilation c = new TocCompiler().compile(new SourceFile("test.toc", text), CompileOptions.DEFAULT);
        if (c.hasErrors()) {
            throw new AssertionError("test theory has errors: " + c.diagnostics());
        }
        return c.theory();
    }

    public static IndicatorBuilder indicator(String id) {
        return new IndicatorBuilder(id);
    }

    /** Builds an {@link Indicator} record field by field. */
    public static final class IndicatorBuilder {
        private final String id;
        private Unit unit = new Unit(UnitKind.COUNT, "", List.of());
        private Direction direction;
        private Measurement baseline;
        private Measurement target;
        private final List<Measurement> milestones = new ArrayList<>();
        private Aggregation aggregation = Aggregation.LATEST;
        private boolean cumulative;

        IndicatorBuilder(String id) {
            this.id = id;
        }

        public IndicatorBuilder unit(UnitKind kind, String... scale) {
            this.unit = new Unit(kind, "", List.of(scale));
            return this;
        }

        public IndicatorBuilder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        public IndicatorBuilder baseline(String value, String date) {
            this.baseline = measurement(value, date);
            return this;
        }

        public IndicatorBuilder target(String value, String date) {
            this.target = measurement(value, date);
            return this;
        }

        public IndicatorBuilder milestone(String value, String date) {
            milestones.add(measurement(value, date));
            return this;
        }

        public IndicatorBuilder aggregation(Aggregation aggregation) {
            this.aggregation = aggregation;
            return this;
        }

        public IndicatorBuilder cumulative() {
            this.cumulative = true;
            this.aggregation = Aggregation.SUM;
            return this;
        }

        public Indicator build() {
            return new Indicator(id, "Indicator " + id, "", "N", unit, direction, false, baseline, target, milestones,
                    aggregation, cumulative, List.of(), "", null, null, null, Span.none(), Span.none(), List.of());
        }

        private static Measurement measurement(String value, String date) {
            Value.Kind kind = value.matches("-?\\d+(\\.\\d+)?") ? Value.Kind.NUMBER : Value.Kind.WORD;
            return new Measurement(new Value(value, kind, Span.none()), PeriodDate.parse(date).orElseThrow(), Span.none());
        }
    }

    /** Collects observations and freezes them, like an importer feeding the store. */
    public static final class Data {
        private final SeriesStore store = new SeriesStore();
        private int row = 2;

        public Data add(String id, Period period, double value) {
            return add(id, period, "", value);
        }

        public Data add(String id, Period period, String group, double value) {
            store.observation(new Observation(id, period, value, Double.toString(value), group,
                    new CellRef("data.xlsx", "Data", row++, 5), false));
            return this;
        }

        /** A value with the comment the sheet gives it. */
        public Data commented(String id, Period period, String group, double value, String comment) {
            store.observation(new Observation(id, period, value, Double.toString(value), group,
                    new CellRef("data.xlsx", "Data", row++, 5), false, comment));
            return this;
        }

        public Data text(String id, Period period, String text) {
            store.observation(new Observation(id, period, Double.NaN, text, "",
                    new CellRef("data.xlsx", "Data", row++, 5), false));
            return this;
        }

        public ObservedData finish() {
            return store.finish();
        }

        public IndicatorSeries series(String id) {
            return store.finish().series(id).orElseThrow();
        }
    }

    public static Data data() {
        return new Data();
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        return new Period(start, start.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    public static Period day(LocalDate day) {
        return new Period(day, day, day.toString());
    }
}
