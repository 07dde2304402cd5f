package org.tocworkbench.compiler.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.graph.TheoryGraph;

/** The order of {@code toc what-if --rank}: by what fails, then by what is weakened (docs/what-if.md). */
class FailureRankingTest {
    /**
     * AS1 and AS2 each fail one output. P1 is one of two contributory causes of O, which leads to
     * the impact: losing it weakens O and I. P2 leads nowhere.
     */
    private static final String THEORY = """
            impact I "Prepared"
            outcome O "Clinics apply the protocols"
            output P1 "Staff trained" { assumes AS1 }
            output P2 "Kits counted" { assumes AS2 }
            output P3 "Guidelines printed"
            activity A1 "Train"
            A1 -> P1
            A1 -> P2
            A1 -> P3
            P1, P3 -> O { kind contributory }
            O -> I
            assumption AS2 "Stock lists kept"
            assumption AS1 "Staff stay"
            """;

    @Test
    void anAssumptionThatWeakensMoreRanksAboveOneThatFailsAsMuch() {
        FailureRanking.Ranking ranking = FailureRanking.rank(new TheoryGraph(FailurePropagationTest.theory(THEORY)));
        List<FailureRanking.Ranked> assumptions = ranking.assumptions();
        assertEquals(List.of("AS1", "AS2"), assumptions.stream().map(FailureRanking.Ranked::id).toList(),
                "AS2 is declared first, but AS1 weakens O and I");
        assertEquals(1, assumptions.get(0).failed());
        assertEquals(2, assumptions.get(0).weakened());
        assertEquals(1, assumptions.get(1).failed());
        assertEquals(0, assumptions.get(1).weakened());
    }

    @Test
    void resultsThatFailAsManyAreOrderedByWhatTheyWeaken() {
        FailureRanking.Ranking ranking = FailureRanking.rank(new TheoryGraph(FailurePropagationTest.theory(THEORY)));
        List<String> order = ranking.results().stream().map(r -> r.id() + " " + r.failed() + "/" + r.weakened()).toList();
        // A1 fails every output, and with them O and I; O fails the impact; then P1 and P3 weaken O and I
        assertEquals(List.of("A1 6/0", "O 2/0", "P1 1/2", "P3 1/2", "I 1/0", "P2 1/0"), order);
    }
}
