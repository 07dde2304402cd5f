package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;

/** Progress is measured from a baseline; without one it cannot be computed. */
public final class IndicatorWithoutBaselineRule implements Rule {
    @Override
    public Code code() {
        return Code.INDICATOR_WITHOUT_BASELINE;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            // A composite is measured through its parts; growth without a baseline is TOC233's.
            if (indicator.baseline() == null && !indicator.composite() && indicator.growth().isEmpty()) {
                context.report(Diagnostic.of(code(), indicator.idSpan(), "indicator `" + indicator.id() + "` has no baseline")
                        .label("progress cannot be measured from an unknown start")
                        .help("add `baseline VALUE at DATE`, e.g. `baseline 0 at 2024`"));
            }
        }
    }
}
