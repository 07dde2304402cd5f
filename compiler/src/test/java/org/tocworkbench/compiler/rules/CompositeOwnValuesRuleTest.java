package org.tocworkbench.compiler.rules;

import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.diagnostics.Code;

class CompositeOwnValuesRuleTest {
    private static final String PARTS = """
            part rooms "Classrooms built" { unit count baseline 0 at 2024 target 12 by 2027 }
            part desks "Desks supplied" { unit count baseline 0 at 2024 target 480 by 2027 }""";

    @Test
    void aTargetOnTheCompositeIsReported() {
        Checked.text(Indicators.withIndicator("target 492 by 2027\n" + PARTS))
                .reports(Code.COMPOSITE_OWN_VALUES, "6:5", "`X` is measured through its parts; its own value here is not used");
    }

    @Test
    void aGrowthOnTheCompositeIsReported() {
        Checked.text(Indicators.withIndicator(PARTS + "\ngrowth 5 per year"))
                .reports(Code.COMPOSITE_OWN_VALUES, "8:5", "measured through its parts");
    }

    @Test
    void aCompositeWithPartsOnlyIsNotReported() {
        Checked.text(Indicators.withIndicator(PARTS)).reportsNothing();
    }
}
