package org.tocworkbench.compiler.rules;

import java.util.OptionalDouble;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Growth;
import org.tocworkbench.compiler.model.Indicator;

/**
 * A growth trajectory starts from the baseline: without one (the evaluator then takes the first
 * reported value), or compounding from 0 (which never grows), the expected values are not what
 * the theory means.
 */
public final class GrowthWithoutStartRule implements Rule {
    @Override
    public Code code() {
        return Code.GROWTH_WITHOUT_START;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            if (indicator.growth().isEmpty()) {
                continue;
            }
            Growth growth = indicator.growth().get();
            if (indicator.baseline() == null) {
                context.report(Diagnostic.of(code(), growth.span(),
                                "`" + indicator.id() + "` grows `" + growth + "` but has no baseline to grow from")
                        .label("grows from what?")
                        .help("add the baseline, e.g. `baseline 120 at start`; until then the first reported value is used"));
                continue;
            }
            OptionalDouble start = indicator.numeric(indicator.baseline().value());
            if (growth.percent() && start.isPresent() && start.getAsDouble() == 0) {
                context.report(Diagnostic.of(code(), growth.span(),
                                "`" + indicator.id() + "` compounds `" + growth + "` from a baseline of 0, which stays 0")
                        .label("a percentage of 0 is 0")
                        .help("state the growth as an amount per period, e.g. `growth 20 per year`"));
            }
        }
    }
}
