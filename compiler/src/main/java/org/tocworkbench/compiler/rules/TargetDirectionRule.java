package org.tocworkbench.compiler.rules;

import java.util.OptionalDouble;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Indicator;

/** A declared direction and the baseline → target move must agree. */
public final class TargetDirectionRule implements Rule {
    @Override
    public Code code() {
        return Code.TARGET_AGAINST_DIRECTION;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            if (indicator.directionInferred() || indicator.direction() == null || indicator.baseline() == null
                    || indicator.target() == null) {
                continue;
            }
            OptionalDouble b = indicator.numeric(indicator.baseline().value());
            OptionalDouble t = indicator.numeric(indicator.target().value());
            if (b.isEmpty() || t.isEmpty()) {
                continue;
            }
            double baseline = b.getAsDouble();
            double target = t.getAsDouble();
            Direction d = indicator.direction();
            boolean wrong = (d == Direction.INCREASE && target <= baseline) || (d == Direction.DECREASE && target >= baseline)
                    || (d == Direction.MAINTAIN && target != baseline);
            if (wrong) {
                String expected = switch (d) {
                    case INCREASE -> "above";
                    case DECREASE -> "below";
                    case MAINTAIN -> "equal to";
                };
                context.report(Diagnostic.of(code(), indicator.target().value().span(),
                                "the target of `" + indicator.id() + "` is not " + expected + " its baseline, but its direction is `"
                                        + d.word() + "`")
                        .label("baseline " + indicator.baseline().value() + ", target " + indicator.target().value())
                        .help("correct the target, or the direction (or leave `direction` out: it is inferred from baseline and target)"));
            }
        }
    }
}
