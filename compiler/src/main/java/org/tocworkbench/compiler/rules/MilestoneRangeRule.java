package org.tocworkbench.compiler.rules;

import java.util.OptionalDouble;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;

/** A milestone is a step from the baseline towards the target; one outside that range is likely a typo. */
public final class MilestoneRangeRule implements Rule {
    @Override
    public Code code() {
        return Code.MILESTONE_OUTSIDE_RANGE;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            if (indicator.baseline() == null || indicator.target() == null) {
                continue;
            }
            OptionalDouble b = indicator.numeric(indicator.baseline().value());
            OptionalDouble t = indicator.numeric(indicator.target().value());
            if (b.isEmpty() || t.isEmpty()) {
                continue;
            }
            double low = Math.min(b.getAsDouble(), t.getAsDouble());
            double high = Math.max(b.getAsDouble(), t.getAsDouble());
            for (Measurement milestone : indicator.milestones()) {
                OptionalDouble v = indicator.numeric(milestone.value());
                if (v.isPresent() && (v.getAsDouble() < low || v.getAsDouble() > high)) {
                    context.report(Diagnostic.of(code(), milestone.value().span(),
                                    "milestone " + milestone.value() + " of `" + indicator.id() + "` lies outside baseline "
                                            + indicator.baseline().value() + " to target " + indicator.target().value())
                            .label("outside the baseline-target range")
                            .help("milestones are steps between the baseline and the target"));
                }
            }
        }
    }
}
