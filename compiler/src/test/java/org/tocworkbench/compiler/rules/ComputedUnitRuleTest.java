package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class ComputedUnitRuleTest {
    private static Checked compile(String unit, String compute) {
        return Checked.text("impact I \"Prepared\"\noutcome O \"Changed\" {\n    indicator X \"Computed\" {\n"
                + "        baseline 0 at 2025\n        target 5 by 2026\n        " + unit + "\n        " + compute
                + "\n    }\n}\nO -> I\nrecords r \"jdbc:postgresql://localhost/m\" {\n    query \"select 1\"\n}\n");
    }

    @Test
    void aShareMeasuredAsACountIsReported() {
        compile("unit count", "compute share from r\n        where a = 1")
                .reports(Code.COMPUTATION_UNIT_MISMATCH, "7:9", "a share is a percentage, but `X` is measured in count");
    }

    @Test
    void aCountMeasuredInPercentIsReported() {
        compile("unit percent", "compute distinct id from r")
                .reports(Code.COMPUTATION_UNIT_MISMATCH, "7:9", "a distinct is a number of records");
    }

    @Test
    void fittingUnitsAreNotReported() {
        compile("unit percent", "compute share from r\n        where a = 1").reportsNothing();
        compile("unit count", "compute count from r").reportsNothing();
        compile("unit number", "compute mean score from r").reportsNothing();
    }
}
