package org.tocworkbench.compiler.rules;

import java.util.OptionalDouble;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.Growth;
import org.tocworkbench.compiler.model.Indicator;

/**
 * A growth rate must move the indicator the way it should go: up for {@code increase}, down for
 * {@code decrease} (given, or inferred from baseline and target), and not at all for {@code maintain}.
 */
public final class GrowthDirectionRule implements Rule {
    @Override
    public Code code() {
        return Code.GROWTH_AGAINST_DIRECTION;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            if (indicator.growth().isEmpty()) {
                continue;
            }
            Growth growth = indicator.growth().get();
            Direction direction = direction(indicator);
            if (direction == null) {
                continue;
            }
            boolean wrong = switch (direction) {
                case INCREASE -> growth.amount() <= 0;
                case DECREASE -> growth.amount() >= 0;
                case MAINTAIN -> growth.amount() != 0;
            };
            if (wrong) {
                String how = growth.amount() > 0 ? "rise" : growth.amount() < 0 ? "fall" : "stay where it is";
                context.report(Diagnostic.of(code(), growth.span(),
                                "`growth " + growth + "` makes `" + indicator.id() + "` " + how + ", but it should "
                                        + switch (direction) {
                                            case INCREASE -> "increase";
                                            case DECREASE -> "decrease";
                                            case MAINTAIN -> "stay stable";
                                        })
                        .label(indicator.directionInferred() ? "the target lies the other way" : "against `direction "
                                + direction.word() + "`")
                        .help(direction == Direction.DECREASE ? "write a decline as a negative rate, e.g. `growth -10% per year`"
                                : "correct the rate, or the direction"));
            }
        }
    }

    /** The declared direction, or the way the target lies from the baseline; null when neither says. */
    private static Direction direction(Indicator indicator) {
        if (indicator.direction() != null && !indicator.directionInferred()) {
            return indicator.direction();
        }
        if (indicator.baseline() == null || indicator.target() == null) {
            return null;
        }
        OptionalDouble b = indicator.numeric(indicator.baseline().value());
        OptionalDouble t = indicator.numeric(indicator.target().value());
        if (b.isEmpty() || t.isEmpty()) {
            return null;
        }
        int compare = Double.compare(t.getAsDouble(), b.getAsDouble());
        return compare > 0 ? Direction.INCREASE : compare < 0 ? Direction.DECREASE : Direction.MAINTAIN;
    }
}
