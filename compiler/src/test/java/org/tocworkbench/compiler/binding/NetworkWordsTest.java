package org.tocworkbench.compiler.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.ActorRole;
import org.tocworkbench.compiler.model.BackbonePlay;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.StructureKind;
import org.tocworkbench.compiler.model.Theory;

/** The network words of issue 18 (docs/network.md): functions, structures, backbone roles and positions. */
class NetworkWordsTest {
    private static final String NETWORK = """
            theory "Network" {
                primary functions advocacy, capacity-building
                secondary functions information-sharing
                backbone plays weaver
            }
            actor SEC "Secretariat" role backbone {
                plays facilitator, weaver
                position communications, "MEL officer"
            }
            actor M1 "Member" role member { kind ngo }
            structure WG "Advocacy working group" kind working-group {
                serves advocacy
                members M1, SEC
            }
            impact I "Change"
            output P1 "Briefs" by M1, WG owner SEC {
                functions advocacy, capacity-building, information-sharing
                backbone plays convener, weaver
            }
            P1 -> I
            """;

    private static Theory theory(String text) {
        Checked checked = Checked.text(text);
        assertTrue(checked.diagnostics().stream().noneMatch(d -> d.severity().name().equals("ERROR")), checked::human);
        return checked.compilation().theory();
    }

    @Test
    void theWordsReachTheModel() {
        Theory t = theory(NETWORK);
        assertEquals(List.of(NetworkFunction.ADVOCACY, NetworkFunction.CAPACITY_BUILDING), t.network().primary());
        assertEquals(List.of(NetworkFunction.INFORMATION_SHARING), t.network().secondary());
        assertEquals(List.of("weaver"), t.network().extraRoles());
        assertEquals(Optional.empty(), t.network().declaredBy());
        Actor sec = t.actors().get("SEC");
        assertEquals(List.of("facilitator", "weaver"), sec.plays());
        assertEquals(List.of("communications", "MEL officer"), sec.positions());
        assertEquals(Optional.of("ngo"), t.actors().get("M1").kind());
        Actor wg = t.actors().get("WG");
        assertEquals(ActorRole.STRUCTURE, wg.role());
        assertEquals(Optional.of(StructureKind.WORKING_GROUP), wg.structure().orElseThrow().kind());
        assertEquals(List.of(NetworkFunction.ADVOCACY), wg.structure().orElseThrow().serves());
        assertEquals(List.of("M1", "SEC"), wg.structure().orElseThrow().members());
        List<BackbonePlay> plays = t.nodes().get("P1").backbonePlays();
        assertEquals(1, plays.size());
        assertEquals("SEC", plays.get(0).actor());
        assertEquals(List.of("convener", "weaver"), plays.get(0).roles());
        Checked.text(NETWORK).reportsNothing();
    }

    @Test
    void theBackboneActorMayDeclareTheFunctions() {
        Theory t = theory("actor SEC \"Secretariat\" role backbone {\n primary functions advocacy\n}\nimpact I \"x\"\n");
        assertEquals(List.of(NetworkFunction.ADVOCACY), t.network().primary());
        assertEquals(Optional.of("SEC"), t.network().declaredBy());
    }

    @Test
    void theWordsStaySoftKeywords() {
        Theory t = theory("""
                actor primary "A" role member
                impact structure "Goal"
                outcome serves "x" horizon short by primary
                output plays "y"
                output position "z"
                output backbone "w"
                output secondary "v"
                plays, position -> serves -> structure
                backbone -> secondary -> serves
                """);
        assertEquals(6, t.nodes().size());
        assertEquals(ActorRole.MEMBER, t.actors().get("primary").role());
    }

    @Test
    void halfTypedNetworkWordsAreSyntaxErrorsNotCrashes() {
        for (String text : List.of("structure WG \"x\" kind\n", "structure WG \"x\" kind {\n", "structure\n",
                "actor A \"a\" role backbone { plays\n}\n", "outcome O \"o\" { backbone X plays }\n",
                "structure WG \"x\" kind fund { members }\n", "theory \"t\" { primary functions }\n")) {
            assertTrue(Checked.text(text).codes().contains(Code.SYNTAX_ERROR), text);
        }
    }

    @Test
    void anUnknownRoleGetsDidYouMean() {
        var d = Checked.text("actor SEC \"S\" role backbone { plays facilitater }\n")
                .reports(Code.UNKNOWN_BACKBONE_ROLE, "1:37", "`facilitater`");
        assertEquals("facilitator", d.replacement());
    }

    @Test
    void rolesAndFunctionsOffTheBackboneAreErrors() {
        Checked c = Checked.text("""
                actor M1 "Member" role member { plays broker  primary functions advocacy }
                actor M2 "Member" role member
                impact I "x" { backbone M2 plays convener }
                outcome O1 "y" { backbone plays convener }
                """);
        c.reports(Code.NETWORK_WORD_OFF_BACKBONE, "1:39", "`M1` plays a backbone role");
        c.reports(Code.NETWORK_WORD_OFF_BACKBONE, "1:47", "`M1` declares the network's functions");
        c.reports(Code.NETWORK_WORD_OFF_BACKBONE, "3:16", "`M2` plays a backbone role for `I`");
        c.reports(Code.NETWORK_WORD_OFF_BACKBONE, "4:18", "no backbone actor");
    }

    @Test
    void aRoleWrittenAsAPositionIsReported() {
        Checked.text("actor SEC \"S\" role backbone { position broker, finance }\n")
                .reports(Code.ROLE_AS_POSITION, "1:40", "`broker` is a role the backbone plays");
    }

    @Test
    void contradictoryFunctionsAreReported() {
        Checked c = Checked.text("""
                theory "T" {
                    primary functions advocacy, governance
                    secondary functions advocacy
                }
                actor SEC "S" role backbone { secondary functions investing }
                """);
        c.reports(Code.NETWORK_FUNCTIONS_CONFLICT, "2:33", "`governance` is an organisational function");
        c.reports(Code.NETWORK_FUNCTIONS_CONFLICT, "3:25", "declared both primary and secondary");
        c.reports(Code.NETWORK_FUNCTIONS_CONFLICT, "5:31", "declared twice");
        assertEquals(List.of(NetworkFunction.INVESTING), c.compilation().theory().network().secondary());
    }

    @Test
    void structureWordsAreCheckedWhereTheyStand() {
        Checked c = Checked.text("""
                actor M1 "Member" role member { serves advocacy }
                structure WG "Group" role member { members WG }
                structure F "Fund" kind fnd { serves investing }
                """);
        c.reports(Code.MISPLACED_PROPERTY, "1:33", "`serves` applies to structures");
        c.reports(Code.MISPLACED_PROPERTY, "2:22", "a structure has no `role`");
        c.reports(Code.STRUCTURE_INCOMPLETE, "2:11", "does not say which functions it serves");
        c.reports(Code.STRUCTURE_INCOMPLETE, "2:44", "lists itself");
        c.reports(Code.INVALID_VALUE, "3:25", "unknown structure kind `fnd`");
    }
}
