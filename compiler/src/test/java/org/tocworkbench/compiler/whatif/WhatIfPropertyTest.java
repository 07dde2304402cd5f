package org.tocworkbench.compiler.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.graph.Bottlenecks;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * Properties of the propagation on random theories (java.util.Random with fixed seeds, so a
 * failure can be replayed: the message names the seed). jqwik is not a dependency of the project.
 */
class WhatIfPropertyTest {
    private static final int SEEDS = 150;

    /**
     * A random theory: activities, outputs, outcomes of three horizons and one impact, every result
     * but the activities with at least one cause from a lower rank, links of every kind (and some
     * without), assumptions on links, on results and on transitions, and feedback links back down.
     *
     * @param redundantSufficient every result with causes has two sufficient ones, results rest on
     *                            no assumption, and each assumption is on one link at most
     */
    static Theory random(long seed, boolean redundantSufficient) {
        Random random = new Random(seed);
        String[] kinds = {"activity", "output", "outcome", "outcome", "outcome", "impact"};
        String[] horizons = {"", "", " horizon short", " horizon medium", " horizon long", ""};
        List<List<String>> levels = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int assumptions = 2 + random.nextInt(6);
        for (int a = 1; a <= assumptions; a++) {
            text.append("assumption AS").append(a).append(" \"Assumption ").append(a).append("\"\n");
        }
        int nextAssumption = 1;
        for (int level = 0; level < kinds.length; level++) {
            int count = level == kinds.length - 1 ? 1 : 2 + random.nextInt(4);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = "N" + level + "_" + i;
                ids.add(id);
                text.append(kinds[level]).append(' ').append(id).append(" \"Result ").append(id).append('"')
                        .append(horizons[level]);
                if (!redundantSufficient && random.nextInt(8) == 0) {
                    text.append(" { assumes AS").append(1 + random.nextInt(assumptions)).append(" }");
                }
                text.append('\n');
            }
            levels.add(ids);
        }
        String[] linkKinds = {"necessary", "sufficient", "contributory", ""};
        for (int level = 1; level < levels.size(); level++) {
            for (String to : levels.get(level)) {
                List<String> below = new ArrayList<>();
                for (int l = Math.max(0, level - 2); l < level; l++) {
                    below.addAll(levels.get(l));
                }
                java.util.Collections.shuffle(below, random);
                int causes = redundantSufficient ? 2 : 1 + random.nextInt(Math.min(3, below.size()));
                for (int c = 0; c < Math.min(causes, below.size()); c++) {
                    String kind = redundantSufficient ? "sufficient" : linkKinds[random.nextInt(linkKinds.length)];
                    StringBuilder body = new StringBuilder(kind.isEmpty() ? "" : "kind " + kind);
                    if (redundantSufficient) {
                        if (nextAssumption <= assumptions && random.nextBoolean()) {
                            body.append(" assumes AS").append(nextAssumption++);
                        }
                    } else if (random.nextInt(3) == 0) {
                        body.append(" assumes AS").append(1 + random.nextInt(assumptions));
                    }
                    text.append(below.get(c)).append(" -> ").append(to)
                            .append(body.isEmpty() ? "" : " { " + body.toString().strip() + " }").append('\n');
                }
            }
        }
        if (!redundantSufficient) {
            if (random.nextBoolean()) {
                text.append("transition output -> outcome assumes AS").append(1 + random.nextInt(assumptions)).append('\n');
            }
            for (int f = random.nextInt(3); f > 0; f--) {
                int high = 2 + random.nextInt(levels.size() - 2);
                int low = random.nextInt(high - 1);
                String from = levels.get(high).get(random.nextInt(levels.get(high).size()));
                String to = levels.get(low).get(random.nextInt(levels.get(low).size()));
                text.append(from).append(" -> ").append(to).append(" feedback { kind necessary }\n");
            }
        }
        Compilation c = new TocCompiler().compile(new SourceFile("random-" + seed + ".toc", text.toString()),
                CompileOptions.DEFAULT);
        assertFalse(c.hasErrors(), () -> "seed " + seed + ": " + c.diagnostics() + "\n" + text);
        return c.theory();
    }

    private static Set<String> affected(WhatIf w) {
        Set<String> ids = new HashSet<>();
        w.results(FailureState.FAILED).forEach(n -> ids.add(n.id()));
        w.results(FailureState.WEAKENED).forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static Set<String> failed(WhatIf w) {
        Set<String> ids = new HashSet<>();
        w.results(FailureState.FAILED).forEach(n -> ids.add(n.id()));
        return ids;
    }

    @Test
    void failingMoreNeverBreaksLess() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Theory theory = random(seed, false);
            TheoryGraph graph = new TheoryGraph(theory);
            Random random = new Random(seed * 7919);
            List<String> elements = FailurePropagation.elements(theory);
            List<String> fewer = new ArrayList<>();
            List<String> more = new ArrayList<>();
            for (String e : elements) {
                int draw = random.nextInt(10);
                if (draw == 0) {
                    fewer.add(e);
                    more.add(e);
                } else if (draw == 1) {
                    more.add(e);
                }
            }
            WhatIf small = FailurePropagation.propagate(graph, fewer);
            WhatIf large = FailurePropagation.propagate(graph, more);
            long s = seed;
            assertTrue(failed(large).containsAll(failed(small)), () -> "seed " + s + ": " + fewer + " vs " + more);
            assertTrue(affected(large).containsAll(affected(small)), () -> "seed " + s + ": " + fewer + " vs " + more);
            for (String id : theory.nodes().keySet()) {
                assertTrue(large.state(id).ordinal() >= small.state(id).ordinal(), () -> "seed " + s + ": " + id);
            }
        }
    }

    @Test
    void aTheoryOfRedundantSufficientLinksSurvivesAnySingleFailure() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Theory theory = random(seed, true);
            TheoryGraph graph = new TheoryGraph(theory);
            for (String element : FailurePropagation.elements(theory)) {
                WhatIf w = FailurePropagation.propagate(graph, List.of(element));
                Set<String> failed = failed(w);
                failed.remove(element);
                long s = seed;
                assertTrue(failed.isEmpty(), () -> "seed " + s + ": failing " + element + " fails " + failed);
                assertFalse(w.impactFails() && !theory.impacts().get(0).id().equals(element), () -> "seed " + s);
            }
        }
    }

    @Test
    void theRankingAgreesWithPropagatingEachFailureOnItsOwn() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Theory theory = random(seed, false);
            TheoryGraph graph = new TheoryGraph(theory);
            for (int block : new int[] {FailureRanking.BLOCK, 64, 7}) {
                FailureRanking.Ranking ranking = FailureRanking.rank(graph, block);
                List<FailureRanking.Ranked> all = new ArrayList<>(ranking.results());
                all.addAll(ranking.assumptions());
                assertEquals(theory.nodes().size() + theory.assumptions().size(), all.size());
                for (FailureRanking.Ranked r : all) {
                    WhatIf w = FailurePropagation.propagate(graph, List.of(r.id()));
                    long s = seed;
                    assertEquals(w.results(FailureState.FAILED).size(), r.failed(), () -> "seed " + s + ": " + r);
                    assertEquals(w.results(FailureState.WEAKENED).size(), r.weakened(), () -> "seed " + s + ": " + r);
                    assertEquals(w.impactFails(), r.impactFails(), () -> "seed " + s + ": " + r);
                }
                for (int i = 1; i < ranking.results().size(); i++) {
                    FailureRanking.Ranked before = ranking.results().get(i - 1);
                    FailureRanking.Ranked after = ranking.results().get(i);
                    assertTrue(before.failed() > after.failed()
                            || before.failed() == after.failed() && before.weakened() >= after.weakened());
                }
            }
        }
    }

    @Test
    void everyStructuralSinglePointOfFailureFailsTheImpact() {
        int seen = 0;
        for (long seed = 1; seed <= SEEDS * 2; seed++) {
            Theory theory = random(seed, false);
            TheoryGraph graph = new TheoryGraph(theory);
            for (String bottleneck : Bottlenecks.onEveryPathToImpact(graph)) {
                seen++;
                long s = seed;
                assertTrue(FailurePropagation.propagate(graph, List.of(bottleneck)).impactFails(),
                        () -> "seed " + s + ": " + bottleneck);
                FailureRanking.Ranked ranked = FailureRanking.rank(graph).results().stream()
                        .filter(r -> r.id().equals(bottleneck)).findFirst().orElseThrow();
                assertTrue(ranked.bottleneck() && ranked.impactFails());
            }
        }
        assertTrue(seen > 0, "the generator makes theories with single points of failure");
    }

    @Test
    void thePropagationEndsOnLoopsOfFeedbackLinks() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Theory theory = random(seed, false);
            WhatIf w = FailurePropagation.propagate(new TheoryGraph(theory),
                    theory.nodes().values().stream().map(Node::id).limit(3).toList());
            assertEquals(theory.nodes().size(), w.states().size());
        }
    }
}
