package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;

/** Without a target a result's indicator has no "achieved", only numbers (assumption indicators are exempt). */
public final class IndicatorWithoutTargetRule implements Rule {
    @Override
    public Code code() {
        return Code.INDICATOR_WITHOUT_TARGET;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            // An indicator that watches an assumption has a threshold to watch, not a target to reach.
            boolean watchesAssumption = context.theory().assumptions().containsKey(indicator.subject());
            // A growth rate leads somewhere by the end of the period: that is the target it implies.
            boolean growsToPeriodEnd = indicator.growth().isPresent()
                    && context.theory().metadata().periodEnd() != null;
            if (indicator.target() == null && !watchesAssumption && !indicator.composite() && !growsToPeriodEnd) {
                context.report(Diagnostic.of(code(), indicator.idSpan(), "indicator `" + indicator.id() + "` has no target")
                        .label("progress needs somewhere to go")
                        .help("add `target VALUE by DATE`, e.g. `target 40 by 2027`"));
            }
        }
    }
}
