package org.tocworkbench.evaluator.report;

import static org.tocworkbench.evaluator.testing.TestModel.quarter;

import java.nio.file.Path;
import java.time.LocalDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.NutritionNetworkFixture;
import org.tocworkbench.evaluator.ingest.CellRef;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.ingest.Observation;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.ProgressSettings;
import org.tocworkbench.evaluator.series.SeriesStore;

/** An evaluation whose every piece of user text tries to be markup, a formula or a script. */
final class HostileText {
    static final Path TOC = Path.of("evaluator/src/test/resources/progress/hostile.toc");

    private HostileText() {
    }

    static Theory theory() {
        return NutritionNetworkFixture.compile(TOC);
    }

    static Evaluation evaluation() {
        SeriesStore store = new SeriesStore();
        store.observation(new Observation("i", quarter(2025, 1), 4, "4", "=2*3", new CellRef("d.xlsx", "Data", 2, 5), false));
        store.observation(new Observation("o", quarter(2025, 1), 20, "20", "", new CellRef("d.xlsx", "Data", 3, 5), false));
        store.issue(new DataIssue(new CellRef("=evil.xlsx", "<b>Sheet</b>", 4, 2), DataIssue.Kind.UNKNOWN_INDICATOR,
                "`<script>x</script>` is not an indicator | =1+1"));
        return Evaluator.evaluate(theory(), store.finish(), ProgressSettings.at(LocalDate.of(2025, 6, 30)));
    }
}
