package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.Transition;
import org.tocworkbench.compiler.model.Value;

/** The words of issue 12 that say what published theories say: label, inferred, transition, and the logframe columns. */
class StructureWordsTest {
    private static final String CHAIN = """
            impact I "Communities are prepared"
            outcome OC1 "Clinics detect outbreaks earlier" horizon medium
            outcome OC2 "Districts fund preparedness" horizon medium
            output OP1 "Health workers trained"
            output OP2 "Budget briefs published"
            assumption AS1 "Trained staff stay in post"
            assumption AS2 "Officials read the briefs"
            assumption AS3 "Budgets are executed"
            OP1 -> OC1
            OP2 -> OC2
            OP1 -> OC2
            OC1, OC2 -> I
            """;

    private static Theory theory(String text) {
        Checked checked = Checked.text(text);
        assertTrue(checked.diagnostics().stream().noneMatch(d -> d.severity().name().equals("ERROR")), checked::human);
        return checked.compilation().theory();
    }

    private static Link link(Theory theory, String key) {
        return theory.links().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aLabelIsTheShortTitleAndTheTitleStaysTheFullStatement() {
        Theory t = theory("outcome OC2 \"Girls who complete primary school transition to and stay in secondary school\" {\n"
                + "    label \"Girls stay in school\"\n}\n");
        assertEquals(Optional.of("Girls stay in school"), t.nodes().get("OC2").label());
        assertEquals("Girls stay in school", t.nodes().get("OC2").shortTitle());
        assertTrue(t.nodes().get("OC2").title().startsWith("Girls who complete"));
    }

    @Test
    void withoutALabelTheShortTitleIsTheTitle() {
        assertEquals("Trained", theory("output P \"Trained\"\n").nodes().get("P").shortTitle());
    }

    @Test
    void anInferredLinkKeepsItsBasisAndAStatedOneIsNotInferred() {
        Theory t = theory(CHAIN + "OP2 -> OC1 { inferred \"the diagram places OP2 under OC1 without an arrow\" }\n");
        Link inferred = link(t, "OP2 -> OC1");
        assertTrue(inferred.inferred());
        assertEquals("the diagram places OP2 under OC1 without an arrow", inferred.inferredBasis());
        assertFalse(link(t, "OP1 -> OC1").inferred());
    }

    @Test
    void inferredNeedsNoBasis() {
        Link l = link(theory(CHAIN + "OP2 -> OC1 { inferred }\n"), "OP2 -> OC1");
        assertTrue(l.inferred());
        assertEquals("", l.inferredBasis());
    }

    @Test
    void aTransitionBetweenKindsCoversEveryLinkBetweenThemAndNoOther() {
        Theory t = theory(CHAIN + "transition output -> outcome assumes AS1, AS2\n");
        Transition tr = t.transitions().get(0);
        assertEquals(Optional.of(NodeKind.OUTPUT), tr.from().kind());
        assertEquals(List.of("OP1 -> OC1", "OP2 -> OC2", "OP1 -> OC2"), tr.links());
        assertEquals(List.of("AS1", "AS2"), link(t, "OP1 -> OC2").transitionAssumptions());
        assertEquals(List.of("AS1", "AS2"), link(t, "OP1 -> OC2").allAssumptions());
        assertEquals(List.of(), link(t, "OC1 -> I").allAssumptions());
        assertEquals(List.of(), link(t, "OP1 -> OC2").assumptions(), "the link's own assumptions stay its own");
    }

    @Test
    void aTransitionBetweenNodesCoversTheLinksBetweenThoseNodes() {
        Theory t = theory(CHAIN + "transition OP1, OP2 -> OC2 assumes AS3\n");
        assertEquals(List.of("OP2 -> OC2", "OP1 -> OC2"), t.transitions().get(0).links());
        assertEquals(List.of("AS3"), link(t, "OP2 -> OC2").allAssumptions());
        assertEquals(List.of(), link(t, "OP1 -> OC1").allAssumptions());
    }

    @Test
    void aLinksOwnAssumptionsComeFirstAndRepeatsAreDropped() {
        Theory t = theory(CHAIN.replace("OP1 -> OC1\n", "OP1 -> OC1 { assumes AS2 }\n")
                + "transition output -> outcome assumes AS1, AS2\n");
        assertEquals(List.of("AS2", "AS1"), link(t, "OP1 -> OC1").allAssumptions());
    }

    @Test
    void aTransitionCoversLinksThatOnlyAPathwayDeclares() {
        Theory t = theory(CHAIN + "transition output -> outcome assumes AS1\npathway \"Skills\" { OP2 -> OC1 -> I }\n");
        assertEquals(List.of("AS1"), link(t, "OP2 -> OC1").allAssumptions());
        assertTrue(t.transitions().get(0).links().contains("OP2 -> OC1"));
    }

    @Test
    void aTransitionThatCoversNoLinkIsReported() {
        Diagnostic d = Checked.text(CHAIN + "transition activity -> outcome assumes AS1\n")
                .reports(Code.TRANSITION_WITHOUT_LINKS, "13:12", "transition `activity -> outcome` covers no link");
        assertEquals("no declared link runs from an activity to an outcome", d.label());
    }

    @Test
    void aTransitionResolvesItsNamesLikeAnyStatement() {
        Checked.text(CHAIN + "transition OP1, OPX -> OC1 assumes AS1\n")
                .reports(Code.UNDEFINED_NAME, "13:17", "undefined identifier `OPX`");
        Checked.text(CHAIN + "transition output -> outcome assumes OC1\n")
                .reports(Code.WRONG_KIND_OF_NAME, "13:38", "`OC1` is a node, not an assumption");
    }

    @Test
    void transitionIsASoftKeywordAnOldNodeNamedTransitionStillLinks() {
        Theory t = theory("outcome transition \"Transition to secondary school\"\noutput P \"Places\"\nP -> transition\n"
                + "transition -> G\nimpact G \"Girls learn\"\n");
        assertEquals(2, t.links().size());
        assertTrue(t.transitions().isEmpty());
    }

    @Test
    void theLogframeColumnsAreReadIntoThePlan() {
        Theory t = theory("""
                actor DEO "District education office" role partner
                outcome O "Girls learn" {
                    indicator O_1 "Girls reading at grade level" {
                        unit percent
                        definition "A girl is counted when she reads a grade-2 passage"
                        threshold 50%
                        method "household survey, random sample of 400"
                        responsible "District education officer"
                        frequency "twice a year"
                    }
                    indicator O_2 "Schools inspected" {
                        threshold "at least one visit a term"
                        responsible DEO
                        frequency quarterly
                    }
                }
                """);
        Indicator i = t.indicators().get("O_1");
        assertEquals("A girl is counted when she reads a grade-2 passage", i.plan().definition());
        assertEquals(Optional.of(Value.Kind.PERCENT), i.plan().threshold().map(Value::kind));
        assertEquals("50", i.plan().threshold().orElseThrow().raw());
        assertEquals("household survey, random sample of 400", i.plan().method());
        assertEquals("District education officer", i.plan().responsibleText());
        assertEquals(null, i.responsible());
        assertEquals("twice a year", i.plan().frequencyText());
        assertEquals(null, i.frequency());
        Indicator j = t.indicators().get("O_2");
        assertEquals("DEO", j.responsible());
        assertEquals("", j.plan().responsibleText());
        assertEquals("quarterly", j.frequency().word());
        assertEquals(Value.Kind.TEXT, j.plan().threshold().orElseThrow().kind());
    }

    @Test
    void aResponsibleNameIsStillAnActorReference() {
        Checked.text("outcome O \"Girls learn\" {\n  indicator O_1 \"Reading\" { responsible DEO }\n}\n")
                .reports(Code.UNDEFINED_NAME, "2:41", "undefined identifier `DEO`");
    }
}
