package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class CycleRuleTest {
    private static final String CHAIN = """
            impact I "Prepared"
            activity A1 "Train"
            output P1 "Trained"
            output P2 "Equipped"
            A1 -> P1 -> P2 -> I
            """;

    @Test
    void cycleIsReportedWithTheCyclePrinted() {
        Checked checked = Checked.text(CHAIN + "P2 -> P1\n");
        Diagnostic d = checked.reports(Code.CYCLE, "6:1", "cycle in the results chain: P1 -> P2 -> P1");
        assertEquals("this link closes the cycle", d.label());
        assertEquals(List.of(), d.notes(), "the cycle is in the message; a note would repeat it");
        assertTrue(d.help().get(0).contains("`P2 -> P1 feedback`"), d.help()::toString);
        assertEquals(6, d.span().endLine());
        assertEquals(9, d.span().endColumn());
    }

    @Test
    void resultsTangledInTheSameLoopsAreNamedInANote() {
        Checked checked = Checked.text(CHAIN + "output P3 \"Drilled\"\nP2 -> P1\nP2 -> P3\nP3 -> P2\n");
        Diagnostic d = checked.reports(Code.CYCLE, "7:1", "cycle in the results chain: P1 -> P2 -> P1");
        assertEquals(List.of("the loop is tangled with P3: fixing this link may leave another loop"), d.notes());
    }

    @Test
    void longerCycleIsPrintedFromItsFirstDeclaredNode() {
        Checked checked = Checked.text(CHAIN + "output P3 \"Drilled\"\nP2 -> P3\nP3 -> P1\n");
        checked.reports(Code.CYCLE, "8:1", "P1 -> P2 -> P3 -> P1");
    }

    @Test
    void feedbackLinkIsNotACycle() {
        Checked.text(CHAIN + "P2 -> P1 feedback\n").reportsNo(Code.CYCLE);
    }

    @Test
    void feedbackInTheLinkBlockIsNotACycle() {
        Checked.text(CHAIN + "P2 -> P1 { feedback rationale \"Trained staff ask for kits\" }\n").reportsNo(Code.CYCLE);
    }

    @Test
    void twoSeparateCyclesAreReportedOnceEach() {
        Checked checked = Checked.text(CHAIN + """
                output P3 "Drilled"
                output P4 "Audited"
                A1 -> P3 -> P4 -> I
                P2 -> P1
                P4 -> P3
                """);
        assertEquals(2, checked.all(Code.CYCLE).size(), checked::human);
    }

    @Test
    void acyclicTheoryHasNoCycle() {
        Checked.text(CHAIN).reportsNothing();
    }
}
