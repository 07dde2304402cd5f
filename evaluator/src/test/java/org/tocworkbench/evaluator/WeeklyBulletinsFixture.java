package org.tocworkbench.evaluator;

import static org.tocworkbench.evaluator.testing.TestModel.data;
import static org.tocworkbench.evaluator.testing.TestModel.quarter;
import static org.tocworkbench.evaluator.testing.TestModel.theory;

import java.time.LocalDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.Period;
import org.tocworkbench.evaluator.iptt.IpttPeriods;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.ProgressSettings;
import org.tocworkbench.evaluator.progress.StatusBands;

/**
 * Weekly indicators (a cumulative count, a mean, a snapshot) and a quarterly one, as of 15 March
 * 2024, for the IPTT's roll-ups. 2024 starts on a Monday: week 1 is 1–7 January, week 5 runs
 * 29 January to 4 February and so belongs to February, week 9 (26 February to 3 March) to March.
 */
public final class WeeklyBulletinsFixture {
    private WeeklyBulletinsFixture() {
    }

    private static final Theory THEORY = theory("""
            theory "T" { period 2024 to 2025 }
            output O "Bulletins and broadcasts reach people" {
              indicator bulletins "Bulletins issued" {
                unit count "bulletins"
                baseline 0 at 2023-12
                target 52 by 2024-12
                cumulative
                frequency weekly
              }
              indicator reach "Listeners per broadcast" {
                unit count "listeners"
                baseline 0 at 2023-12
                target 1000 by 2024-12
                aggregation mean
                frequency weekly
              }
              indicator share "Share of rumours answered" {
                unit percent
                baseline 0% at 2023-12
                target 80% by 2024-12
                aggregation latest
                frequency weekly
              }
              indicator sites "Sites with a help desk" {
                baseline 0 at 2023-12
                target 10 by 2024-12
                frequency quarterly
              }
            }
            """);

    private static Period week(int number) {
        LocalDate monday = LocalDate.of(2024, 1, 1).plusWeeks(number - 1);
        return new Period(monday, monday.plusDays(6), "2024W" + number);
    }

    public static Evaluation evaluation(IpttPeriods periods) {
        return Evaluator.evaluate(THEORY, data()
                .add("bulletins", week(1), 1)
                .add("bulletins", week(2), 2)
                .commented("bulletins", week(3), "", 1, "printer broke")
                .add("bulletins", week(4), 1)
                .commented("bulletins", week(5), "", 3, "catch-up issue")
                .add("bulletins", week(6), 1)
                .add("bulletins", week(9), 2)
                .add("reach", week(1), 100)
                .add("reach", week(2), 200)
                .add("reach", week(5), 300)
                .add("reach", week(6), 500)
                .add("share", week(1), 10)
                .add("share", week(2), 20)
                .add("share", week(6), 30)
                .add("sites", quarter(2024, 1), 3)
                .finish(), new ProgressSettings(LocalDate.of(2024, 3, 15), StatusBands.DEFAULT, periods));
    }
}
