package org.tocworkbench.compiler.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Theory;

/** The propagation rules of docs/what-if.md, one by one. */
class FailurePropagationTest {
    static Theory theory(String text) {
        Compilation c = Checked.text(text).compilation();
        assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
        return c.theory();
    }

    static WhatIf whatIf(String text, String... failing) {
        return FailurePropagation.propagate(new TheoryGraph(theory(text)), List.of(failing));
    }

    private static final String HEAD = """
            impact I "Prepared"
            outcome O "Clinics apply the protocols"
            output P1 "Staff trained"
            output P2 "Kits delivered"
            output P3 "Guidelines printed"
            activity A1 "Train"
            activity A2 "Equip"
            activity A3 "Print"
            A1 -> P1
            A2 -> P2
            A3 -> P3
            O -> I
            assumption AS1 "Staff stay"
            assumption AS2 "Roads open"
            """;

    @Test
    void necessaryCauseFailingFailsTheEffectAndWhatItLeadsTo() {
        WhatIf w = whatIf(HEAD + "P1 -> O { kind necessary }\nP2 -> O { kind contributory }\n", "P1");
        assertEquals(FailureState.FAILED, w.state("O"));
        assertEquals("its necessary cause `P1` fails", w.reason("O").orElseThrow());
        assertEquals(FailureState.FAILED, w.state("I"), "every cause of I is lost");
        assertEquals(FailureState.STANDS, w.state("P2"));
        assertTrue(w.impactFails());
    }

    @Test
    void contributoryCauseLostWeakensTheEffect() {
        WhatIf w = whatIf(HEAD + "P1 -> O { kind contributory }\nP2 -> O { kind contributory }\n", "P1");
        assertEquals(FailureState.WEAKENED, w.state("O"));
        assertEquals("it lost its contributory cause `P1` (`P1` fails)", w.reason("O").orElseThrow());
        assertEquals(FailureState.WEAKENED, w.state("I"), "weakening passes on");
    }

    @Test
    void everyContributoryCauseLostFailsTheEffect() {
        WhatIf w = whatIf(HEAD + "P1 -> O { kind contributory }\nP2 -> O { kind contributory }\n", "P1", "P2");
        assertEquals(FailureState.FAILED, w.state("O"));
        assertEquals("every cause of it is lost (`P1`, `P2`)", w.reason("O").orElseThrow());
    }

    @Test
    void aSufficientCauseKeepsItsEffectAlive() {
        WhatIf w = whatIf(HEAD + "P1 -> O { kind sufficient }\nP2 -> O { kind contributory }\n", "P2");
        assertEquals(FailureState.STANDS, w.state("O"));
        assertEquals(List.of("O"), w.keptAlive().stream().map(n -> n.id()).toList());
        assertEquals(FailureState.STANDS, w.state("I"));
    }

    @Test
    void aWeakenedSufficientCauseKeepsItsEffectOnlyWeakened() {
        WhatIf w = whatIf(HEAD + "P3 -> P1 { kind contributory }\nP1 -> O { kind sufficient }\nP2 -> O\n", "P3");
        assertEquals(FailureState.WEAKENED, w.state("P1"));
        assertEquals(FailureState.WEAKENED, w.state("O"));
    }

    @Test
    void aNecessaryCauseOutweighsASufficientOne() {
        WhatIf w = whatIf(HEAD + "P1 -> O { kind sufficient }\nP2 -> O { kind necessary }\n", "P2");
        assertEquals(FailureState.FAILED, w.state("O"));
    }

    @Test
    void anAssumptionBreaksTheLinksThatAssumeIt() {
        WhatIf w = whatIf(HEAD + "P1 -> O { kind necessary assumes AS1 }\nP2 -> O\n", "AS1");
        assertEquals(FailureState.FAILED, w.state("O"));
        assertEquals(FailureState.STANDS, w.state("P1"));
        assertEquals(List.of("O -> I", "P1 -> O"), w.brokenLinks().stream().map(b -> b.link().key()).toList());
        assertEquals("it assumes `AS1`, which fails", w.brokenLinks().get(1).why());
    }

    @Test
    void anAssumptionOfATransitionBreaksEveryLinkItCovers() {
        WhatIf w = whatIf(HEAD + "P1 -> O\nP2 -> O\ntransition output -> outcome assumes AS2\n", "AS2");
        assertEquals(FailureState.FAILED, w.state("O"), "both links into O rest on AS2");
        assertEquals(3, w.brokenLinks().size(), "P1 -> O, P2 -> O, and O -> I whose cause fails");
    }

    @Test
    void aResultThatRestsOnAFailedAssumptionFails() {
        WhatIf w = whatIf(HEAD.replace("output P2 \"Kits delivered\"", "output P2 \"Kits delivered\" { assumes AS2 }")
                + "P1 -> O\nP2 -> O\n", "AS2");
        assertEquals(FailureState.FAILED, w.state("P2"));
        assertEquals("it rests on `AS2`, which fails", w.reason("P2").orElseThrow());
        assertEquals(FailureState.WEAKENED, w.state("O"));
    }

    @Test
    void aFeedbackLinkWeakensButNeverFails() {
        WhatIf w = whatIf(HEAD + "P1 -> O { kind necessary }\nI -> P1 feedback { kind necessary }\n", "A1");
        assertEquals(FailureState.FAILED, w.state("P1"), "its only cause A1 fails");
        WhatIf viaFeedback = whatIf(HEAD + "P2 -> O\nO -> P1 feedback { kind necessary }\nP1 -> I\n", "P2");
        assertEquals(FailureState.FAILED, viaFeedback.state("O"));
        assertEquals(FailureState.WEAKENED, viaFeedback.state("P1"));
        assertEquals("its feedback from `O` is lost", viaFeedback.reason("P1").orElseThrow());
    }

    @Test
    void pathwaysAndIndicatorsOfAffectedResultsAreNamed() {
        String text = HEAD.replace("outcome O \"Clinics apply the protocols\"", """
                outcome O "Clinics apply the protocols" {
                  indicator O_1 "Clinics applying" { unit count baseline 0 at 2024 target 40 by 2027 }
                }""") + "P1 -> O { kind necessary }\npathway PW \"Training\" { A1 -> P1 -> O -> I }\n";
        WhatIf w = whatIf(text, "AS1", "P1");
        assertEquals(List.of("O_1"), w.indicators().stream().map(i -> i.indicator().id()).toList());
        assertEquals(FailureState.FAILED, w.indicators().get(0).state());
        assertEquals(1, w.pathways().size());
        assertEquals("P1", w.pathways().get(0).firstAffected());
        assertTrue(w.standingOutcomes().isEmpty());
    }

    @Test
    void anUnknownIdIsRefusedAndAMisspellingGetsASuggestion() {
        Theory t = theory(HEAD + "P1 -> O\n");
        assertThrows(IllegalArgumentException.class, () -> FailurePropagation.propagate(new TheoryGraph(t), List.of("AS9")));
        assertEquals("AS1", FailurePropagation.suggestion(t, "as1").orElseThrow());
    }
}
