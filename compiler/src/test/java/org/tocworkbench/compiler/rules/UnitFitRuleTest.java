package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class UnitFitRuleTest {
    @Test
    void percentageAboveOneHundredIsReportedAtTheValue() {
        Diagnostic d = Checked.text(Indicators.withIndicator("unit percent\nbaseline 10% at 2024\ntarget 120% by 2027"))
                .reports(Code.VALUE_UNFIT_FOR_UNIT, "8:12", "`120%` does not fit the unit of `X` (percent)");
        assertEquals("a percentage lies between 0 and 100", d.label());
        assertEquals("write a percentage from 0 to 100, e.g. `45%`", d.help().get(0));
    }

    @Test
    void negativeCountIsReported() {
        Checked.text(Indicators.withIndicator("unit count\nbaseline -3 at 2024\ntarget 10 by 2027"))
                .reports(Code.VALUE_UNFIT_FOR_UNIT, "7:14", "`-3`");
    }

    @Test
    void fractionOfACountIsReported() {
        Diagnostic d = Checked.text(Indicators.withIndicator("unit count\nbaseline 0 at 2024\ntarget 2.5 by 2027"))
                .reports(Code.VALUE_UNFIT_FOR_UNIT, "8:12", "`2.5`");
        assertEquals("a count is a whole number", d.label());
    }

    @Test
    void percentageForACountIsReported() {
        Diagnostic d = Checked.text(Indicators.withIndicator("unit count\nbaseline 0 at 2024\ntarget 50% by 2027"))
                .reports(Code.VALUE_UNFIT_FOR_UNIT, "8:12", "`50%`");
        assertEquals("a percentage, but the unit is count", d.label());
    }

    @Test
    void booleanNeedsTrueOrFalse() {
        Diagnostic d = Checked.text(Indicators.withIndicator("unit boolean\nbaseline false at 2024\ntarget maybe by 2027"))
                .reports(Code.VALUE_UNFIT_FOR_UNIT, "8:12", "`maybe`");
        assertEquals("expected true or false", d.label());
    }

    @Test
    void scaleValueMustBeOneOfItsLabels() {
        Diagnostic d = Checked.text(Indicators.withIndicator(
                        "unit scale \"none\", \"basic\", \"advanced\"\nbaseline \"none\" at 2024\ntarget \"expert\" by 2027"))
                .reports(Code.VALUE_UNFIT_FOR_UNIT, "8:12", "`expert` does not fit", "(scale none < basic < advanced)");
        assertEquals("use one of \"none\", \"basic\", \"advanced\"", d.help().get(0));
    }

    @Test
    void valuesThatFitTheirUnitAreNotReported() {
        Checked.text(Indicators.withIndicator("unit currency \"USD\"\nbaseline 0 at 2024\ntarget 2500.50 by 2027"))
                .reportsNothing();
        Checked.text(Indicators.withIndicator("unit ratio\nbaseline -0.5 at 2024\ntarget 1.5 by 2027")).reportsNothing();
        Checked.text(Indicators.withIndicator("unit text\nbaseline \"weak\" at 2024\ntarget \"strong\" by 2027"))
                .reportsNothing();
    }
}
