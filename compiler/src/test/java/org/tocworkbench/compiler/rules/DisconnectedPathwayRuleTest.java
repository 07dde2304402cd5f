package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class DisconnectedPathwayRuleTest {
    private static final String TWO_ROUTES = """
            impact I "Prepared"
            activity A1 "Train"
            activity A2 "Lobby"
            output P1 "Trained"
            output P2 "Law drafted"
            A1 -> P1 -> I
            A2 -> P2 -> I
            """;

    @Test
    void pathwayThatFallsApartIsReportedWithItsPieces() {
        Diagnostic d = Checked.text(TWO_ROUTES + "pathway \"Mixed\" {\n  members A1, P1, P2\n}\n")
                .reports(Code.DISCONNECTED_PATHWAY, "8:1", "pathway \"Mixed\" falls apart into 2 unconnected pieces");
        assertEquals(List.of("pieces: {`A1`, `P1`}, {`P2`}"), d.notes());
    }

    @Test
    void connectedChainIsNotReported() {
        Checked.text(TWO_ROUTES + "pathway \"Training\" { A1 -> P1 -> I }\n").reportsNothing();
    }

    @Test
    void membersJoinedThroughTheImpactAreConnected() {
        Checked.text(TWO_ROUTES + "pathway \"Both\" { members A1, P1, I, P2, A2 }\n").reportsNothing();
    }

    @Test
    void derivedPathwaysAreNeverReported() {
        Checked.text(TWO_ROUTES).reportsNothing();
    }
}
