package org.tocworkbench.evaluator;

import static org.tocworkbench.evaluator.testing.TestModel.quarter;
import static org.tocworkbench.evaluator.testing.TestModel.year;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.ingest.Period;
import org.tocworkbench.evaluator.progress.AsOfDate;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.ProgressSettings;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.series.SeriesStore;

/**
 * The nutrition network theory (evaluator/src/test/resources/progress/nutrition-network.toc) and
 * monitoring data for it, fed as observations the way an importer would, with a few data issues.
 * The numbers are chosen so that every status, a bottleneck and inconsistent links occur; the
 * expected figures are worked out in docs/progress.md.
 */
public final class NutritionNetworkFixture {
    public static final Path TOC = Path.of("evaluator/src/test/resources/progress/nutrition-network.toc");
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private NutritionNetworkFixture() {
    }

    public static Theory theory() {
        return compile(TOC);
    }

    public static Theory compile(Path toc) {
        Compilation compilation = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        if (compilation.hasErrors()) {
            throw new AssertionError("test theory has errors: " + compilation.diagnostics());
        }
        return compilation.theory();
    }

    public static Evaluation evaluation() {
        Theory theory = theory();
        ObservedData data = data();
        AsOfDate asOf = AsOfDate.resolve(null, theory, data, java.time.Clock.systemUTC());
        if (!asOf.date().equals(AS_OF)) {
            throw new AssertionError("the test theory's as-of date is " + asOf.date());
        }
        return Evaluator.evaluate(theory, data, ProgressSettings.at(asOf.date()), asOf.source());
    }

    public static ObservedData data() {
        Feed f = new Feed(new SeriesStore());
        f.value("stunting", year(2024), 30.2);
        f.value("budget", year(2024), 25_000_000);
        f.value("bf_rate", year(2024), 57);
        f.group("bf_rate", year(2024), "Kisumu", 60);
        f.group("bf_rate", year(2024), "Siaya", 55);
        f.group("bf_rate", year(2024), "Homa Bay", 56);
        f.value("budget_line", year(2024), 0);
        double[] counselled = {1500, 2000, 2500, 2500, 3000, 2500};
        for (int i = 0; i < counselled.length; i++) {
            Period p = quarter(2024 + i / 4, i % 4 + 1);
            f.value("counselling", p, counselled[i]);
            f.group("counselling", p, "female", counselled[i] * 0.6);
            f.group("counselling", p, "male", counselled[i] * 0.4);
        }
        f.value("counselling", quarter(2025, 2), 2600);
        f.value("counselling", quarter(2025, 3), 2000);
        f.value("demand", half(2024, 1), 2);
        f.value("demand", half(2024, 2), 2);
        f.value("demand", half(2025, 1), 2);
        double[] champions = {3, 4, 4, 6, 7, 8};
        for (int i = 0; i < champions.length; i++) {
            f.value("champions", quarter(2024 + i / 4, i % 4 + 1), champions[i]);
        }
        double[] confidence = {45, 48, 50, 52, 54, 55};
        for (int i = 0; i < confidence.length; i++) {
            f.value("confidence", quarter(2024 + i / 4, i % 4 + 1), confidence[i]);
        }
        double[] active = {82, 81, 79, 80, 78, 77};
        for (int m = 0; m < active.length; m++) {
            f.value("groups_active", month(2025, m + 1), active[m]);
        }
        double[] stories = {10, 12, 9, 15, 14, 11};
        for (int i = 0; i < stories.length; i++) {
            f.value("stories", quarter(2024 + i / 4, i % 4 + 1), stories[i]);
        }
        f.value("leadership", year(2024), 1);
        f.value("leadership", quarter(2025, 1), 1);
        double[] briefs = {2, 1, 2, 1, 2, 1};
        for (int i = 0; i < briefs.length; i++) {
            f.value("briefs", quarter(2024 + i / 4, i % 4 + 1), briefs[i]);
        }
        f.value("bt_reports", half(2024, 1), 1);
        f.value("bt_reports", half(2024, 2), 1);
        f.value("curriculum", month(2024, 5), 1);
        String[] counties = {"Kisumu", "Siaya", "Homa Bay"};
        double[][] trained = {{40, 30, 20}, {40, 30, 20}, {30, 20, 10}, {20, 20, 10}, {5, 5, 0}};
        for (int i = 0; i < trained.length; i++) {
            for (int c = 0; c < counties.length; c++) {
                f.group("trained", quarter(2024 + (i + 1) / 4, (i + 1) % 4 + 1), counties[c], trained[i][c]);
            }
        }
        double[] formed = {20, 25, 30, 20};
        for (int i = 0; i < formed.length; i++) {
            f.value("groups_formed", quarter(2024 + (i + 1) / 4, (i + 1) % 4 + 1), formed[i]);
        }
        double[] users = {20, 35, 50, 60, 70, 80};
        for (int m = 0; m < users.length; m++) {
            f.value("platform_users", month(2025, m + 1), users[m]);
        }
        double[] fellows = {5, 6, 7};
        Period[] fellowPeriods = {quarter(2024, 1), quarter(2024, 3), quarter(2025, 1)};
        for (int i = 0; i < fellows.length; i++) {
            f.value("fellows", fellowPeriods[i], fellows[i]);
        }
        f.text("learning", month(2024, 11), "Members want more on budget tracking <b>now</b>");
        double[] stockouts = {34, 33, 33, 32, 31, 30};
        for (int i = 0; i < stockouts.length; i++) {
            f.value("stockouts", quarter(2024 + i / 4, i % 4 + 1), stockouts[i]);
        }
        f.value("attrition", year(2024), 7);
        f.store.issue(new DataIssue(new CellRef("monitoring.xlsx", "Data", 41, 1), DataIssue.Kind.UNKNOWN_INDICATOR,
                "`wash_access` is not an indicator of the theory"));
        f.store.issue(new DataIssue(new CellRef("monitoring.xlsx", "Q3 tracking", 7, 3),
                DataIssue.Kind.UNREADABLE_PERIOD, "cannot read `Q5 2024` as a period"));
        f.store.issue(new DataIssue(new CellRef("monitoring.xlsx", "Data", 12, 2), DataIssue.Kind.MATCHED_BY_TITLE,
                "`Policy briefs published` matched indicator `briefs` by its title"));
        return f.store.finish();
    }

    /** Feeds observations with consecutive source rows, as an importer reading one sheet would. */
    private static final class Feed {
        final SeriesStore store;
        int row = 2;

        Feed(SeriesStore store) {
            this.store = store;
        }

        void value(String id, Period period, double value) {
            group(id, period, "", value);
        }

        void group(String id, Period period, String group, double value) {
            store.observation(new Observation(id, period, value, String.valueOf(value), group,
                    new CellRef("monitoring.xlsx", "Data", row++, 5), false));
        }

        void text(String id, Period period, String text) {
            store.observation(new Observation(id, period, Double.NaN, text, "",
                    new CellRef("monitoring.xlsx", "Data", row++, 5), false));
        }
    }

    public static Period half(int year, int half) {
        YearMonth first = YearMonth.of(year, half * 6 - 5);
        return new Period(first.atDay(1), first.plusMonths(5).atEndOfMonth(), year + "S" + half);
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.atDay(1), ym.atEndOfMonth(), ym.toString());
    }
}
