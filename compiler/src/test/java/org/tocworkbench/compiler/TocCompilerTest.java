package org.tocworkbench.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Severity;

/** The stages together: which diagnostics reach the user, in what order, under which options. */
class TocCompilerTest {
    @Test
    void syntaxErrorHidesTheNameErrorsItWouldCause() {
        Checked checked = Checked.text("impact I \"Prepared\"\nactivity A1 Train\nA1 -> I\noutput P1 \"Stray\"\n");
        checked.reportsExactly(Code.SYNTAX_ERROR);
        assertTrue(checked.compilation().theory().nodes().containsKey("I"), "the theory is still built");
    }

    @Test
    void nameErrorHidesTheLogicErrorsItWouldCause() {
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\noutput P1 \"Trained\"\nA1 -> P2 -> I\n")
                .reportsExactly(Code.UNDEFINED_NAME);
    }

    @Test
    void invalidBaselineDateDoesNotAlsoReportAMissingBaseline() {
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\" {\n  indicator X \"x\" { baseline 1 at 2024-13 target 2 by 2026 }\n}\nA1 -> I\n")
                .reportsExactly(Code.INVALID_DATE);
    }

    @Test
    void warningsFromBindingDoNotStopTheLogicChecks() {
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\" { functions advocasy }\nactivity A2 \"Idle\"\nA1 -> I\n")
                .reportsExactly(Code.UNKNOWN_FUNCTION, Code.ACTIVITY_REACHES_NO_OUTCOME);
    }

    @Test
    void diagnosticsComeInSourceOrder() {
        Checked checked = Checked.text("impact I \"Prepared\"\noutput P3 \"c\"\nactivity A1 \"Train\"\noutput P1 \"a\"\nA1 -> I\n");
        assertEquals("2 4", checked.diagnostics().stream().map(d -> String.valueOf(d.span().line()))
                .reduce((a, b) -> a + " " + b).orElse(""));
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        Compilation c = Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\noutput P1 \"Stray\"\n",
                new CompileOptions(true, Set.of())).compilation();
        assertEquals(Severity.ERROR, c.diagnostics().get(0).severity());
        assertTrue(c.hasErrors());
    }

    @Test
    void allowedCodesAreSilencedButErrorsNeverAre() {
        CompileOptions options = new CompileOptions(false, Set.of(Code.NO_PATH_TO_IMPACT, Code.UNDEFINED_NAME));
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\noutput P1 \"Stray\"\n", options).reportsNothing();
        Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> X\n", options).reportsExactly(Code.UNDEFINED_NAME);
    }

    @Test
    void allowedWarningStaysSilentUnderStrict() {
        Compilation c = Checked.text("impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\noutput P1 \"Stray\"\n",
                new CompileOptions(true, Set.of(Code.NO_PATH_TO_IMPACT))).compilation();
        assertFalse(c.hasErrors());
        assertEquals(0, c.diagnostics().size());
    }

    @Test
    void tooManyPathsAreCountedNotDerived() {
        StringBuilder text = new StringBuilder("impact I \"Prepared\"\n");
        for (int i = 1; i <= 5; i++) {
            text.append("activity A").append(i).append(" \"a\"\noutput P").append(i).append(" \"p\"\nprecondition C").append(i)
                    .append(" \"c\"\n");
        }
        text.append("A1, A2, A3, A4, A5 -> P1, P2, P3, P4, P5 -> C1, C2, C3, C4, C5 -> I\n");
        Checked checked = Checked.text(text.toString());
        checked.reports(Code.PATHWAYS_TRUNCATED, "1:8", "125 paths lead to the impact, more than the 64 that are derived");
        assertTrue(checked.compilation().theory().pathways().isEmpty());
    }
}
