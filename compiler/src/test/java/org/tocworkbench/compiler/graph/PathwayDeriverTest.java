package org.tocworkbench.compiler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;

class PathwayDeriverTest {
    private static Theory theory(String text) {
        return Checked.text(text).compilation().theory();
    }

    @Test
    void onePathwayIsDerivedPerPathInDeclarationOrder() {
        Theory t = theory("""
                impact I "Prepared"
                activity A1 "Train"
                activity A2 "Equip"
                output P1 "Trained"
                A1 -> P1 -> I
                A2 -> P1
                A2 -> I
                """);
        List<List<String>> routes = t.pathways().stream().map(Pathway::nodes).toList();
        assertEquals(List.of(List.of("A1", "P1", "I"), List.of("A2", "I"), List.of("A2", "P1", "I")), routes);
        assertEquals("Path 1: Train → Trained", t.pathways().get(0).title());
        assertEquals(List.of("A1 -> P1", "P1 -> I"), t.pathways().get(0).links());
        assertTrue(t.pathways().stream().allMatch(Pathway::derived));
    }

    @Test
    void pathwaysThatDifferOnlyInTheirFinalEffectAreNamedAfterIt() {
        Theory t = theory("""
                impact I "Prepared"
                impact J "Resilient"
                activity A1 "Train"
                output P1 "Trained"
                A1 -> P1 -> I
                P1 -> J
                """);
        assertEquals(List.of("Path 1: Train → Trained → Prepared", "Path 2: Train → Trained → Resilient"),
                t.pathways().stream().map(Pathway::title).toList());
    }

    @Test
    void pathwaysThatWouldShareANameAreToldApartByTheResultsBetween() {
        Theory t = theory("""
                impact I "Prepared"
                activity A1 "Train"
                output P1 "Trained"
                output P2 "Equipped"
                outcome O1 "Clinics respond"
                A1 -> P1 -> O1 -> I
                A1 -> P2 -> O1
                """);
        assertEquals(List.of("Path 1: Train → Trained → Clinics respond", "Path 2: Train → Equipped → Clinics respond"),
                t.pathways().stream().map(Pathway::title).toList());
    }

    @Test
    void everyDerivedNameIsUnique() {
        StringBuilder text = new StringBuilder("impact I \"Goal\"\nimpact J \"Other goal\"\nactivity A \"Start\"\n");
        for (int i = 0; i < 4; i++) {
            text.append("output P").append(i).append(" \"Same title\"\noutcome O").append(i).append(" \"Outcome\"\n")
                    .append("A -> P").append(i).append(" -> O").append(i).append(" -> I, J\n");
        }
        List<String> titles = theory(text.toString()).pathways().stream().map(Pathway::title)
                .map(title -> title.substring(title.indexOf(':') + 1)).toList();
        assertEquals(8, titles.size());
        assertEquals(titles.size(), titles.stream().distinct().count(), titles.toString());
    }

    @Test
    void withoutAnImpactPathwaysLeadToTheTopOfTheChain() {
        Theory t = theory("""
                outcome LT "Long-term employment" horizon long
                precondition P1 "Marketable skills"
                precondition P2 "Attend training"
                P2 -> P1 -> LT
                """);
        assertEquals(List.of(List.of("P2", "P1", "LT")), t.pathways().stream().map(Pathway::nodes).toList());
    }

    @Test
    void feedbackLinksAreNotFollowed() {
        Theory t = theory("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\nI -> A1 feedback\n");
        assertEquals(1, t.pathways().size());
    }

    @Test
    void declaredPathwaysReplaceDerivedOnes() {
        Theory t = theory("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\npathway \"Mine\" { A1 -> I }\n");
        assertEquals(List.of("mine"), t.pathways().stream().map(Pathway::id).toList());
    }

    @Test
    void cyclicTheoryGetsNoDerivedPathways() {
        Theory t = theory("impact I \"Prepared\"\nactivity A1 \"Train\"\noutput P1 \"a\"\noutput P2 \"b\"\n"
                + "A1 -> P1 -> P2 -> I\nP2 -> P1\n");
        assertTrue(t.pathways().isEmpty());
    }

    @Test
    void longChainIsDerivedQuickly() {
        StringBuilder text = new StringBuilder("impact I \"Prepared\"\nactivity A \"Start\"\n");
        StringBuilder chain = new StringBuilder("A");
        for (int i = 1; i < 20_000; i++) {
            text.append("output N").append(i).append(" \"Step\"\n");
            chain.append(" -> N").append(i);
        }
        String source = text.append(chain).append(" -> I\n").toString();
        Theory t = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> theory(source));
        assertEquals(20_001, t.pathways().get(0).nodes().size());
    }
}
