package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class SinglePointOfFailureRuleTest {
    @Test
    void nodeEveryPathRunsThroughIsReported() {
        Diagnostic d = Checked.text("""
                impact I "Prepared"
                activity A1 "Train"
                activity A2 "Equip"
                output P1 "Clinics ready"
                A1, A2 -> P1 -> I
                """).reports(Code.SINGLE_POINT_OF_FAILURE, "4:8", "every path from the activities to `I` runs through `P1`");
        assertEquals("a single point of failure", d.label());
    }

    @Test
    void severalBottlenecksAreListedInPathOrder() {
        Diagnostic d = Checked.text("""
                impact I "Prepared"
                activity A1 "Train"
                activity A2 "Equip"
                output P1 "Clinics ready"
                precondition C1 "Funding secured"
                A1, A2 -> P1 -> C1 -> I
                """).reports(Code.SINGLE_POINT_OF_FAILURE, "4:8", "runs through `P1` and `C1`");
        assertEquals("the first of 2 single points of failure", d.label());
    }

    @Test
    void secondRouteRemovesTheBottleneck() {
        Checked.text("""
                impact I "Prepared"
                activity A1 "Train"
                activity A2 "Equip"
                output P1 "Clinics ready"
                A1, A2 -> P1 -> I
                A2 -> I
                """).reportsNo(Code.SINGLE_POINT_OF_FAILURE);
    }

    @Test
    void singleActivityIsNotAFragilityWorthReporting() {
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\noutput P1 \"Trained\"\nA1 -> P1 -> I\n")
                .reportsNo(Code.SINGLE_POINT_OF_FAILURE);
    }

    @Test
    void feedbackLinksDoNotCountAsRoutes() {
        Checked.text("""
                impact I "Prepared"
                activity A1 "Train"
                activity A2 "Equip"
                output P1 "Clinics ready"
                A1, A2 -> P1 -> I
                I -> A2 feedback
                """).reports(Code.SINGLE_POINT_OF_FAILURE, "4:8", "`P1`");
    }
}
