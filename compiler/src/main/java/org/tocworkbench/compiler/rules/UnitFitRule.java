package org.tocworkbench.compiler.rules;

import java.util.OptionalDouble;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.compiler.model.Value;

/** Baselines, milestones and targets must be values of the indicator's unit. */
public final class UnitFitRule implements Rule {
    @Override
    public Code code() {
        return Code.VALUE_UNFIT_FOR_UNIT;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            for (Measurement m : indicator.measurements()) {
                String problem = problem(indicator, m.value());
                if (problem != null) {
                    context.report(Diagnostic.of(code(), m.value().span(),
                                    "`" + m.value() + "` does not fit the unit of `" + indicator.id() + "` ("
                                            + indicator.unit().describe() + ")")
                            .label(problem)
                            .help(help(indicator)));
                }
            }
        }
    }

    private static String problem(Indicator indicator, Value value) {
        UnitKind kind = indicator.unit().kind();
        if (kind == UnitKind.TEXT) {
            return null;
        }
        if (value.kind() == Value.Kind.PERCENT && kind == UnitKind.COUNT && indicator.population().isPresent()) {
            double share = Double.parseDouble(value.raw());
            return share < 0 || share > 100 ? "a share of the population lies between 0 and 100%" : null;
        }
        OptionalDouble number = indicator.numeric(value);
        if (number.isEmpty()) {
            return switch (kind) {
                case BOOLEAN -> "expected true or false";
                case SCALE -> "not one of the scale's labels";
                default -> value.kind() == Value.Kind.PERCENT ? "a percentage, but the unit is " + kind.word()
                        : "expected a number";
            };
        }
        double n = number.getAsDouble();
        if (kind == UnitKind.PERCENT && (n < 0 || n > 100)) {
            return "a percentage lies between 0 and 100";
        }
        if ((kind == UnitKind.COUNT || kind == UnitKind.CURRENCY) && n < 0) {
            return "a " + kind.word() + " cannot be negative";
        }
        if (kind == UnitKind.COUNT && n != Math.rint(n)) {
            return "a count is a whole number";
        }
        return null;
    }

    private static String help(Indicator indicator) {
        return switch (indicator.unit().kind()) {
            case BOOLEAN -> "write `true` or `false`";
            case SCALE -> "use one of " + String.join(", ", indicator.unit().scale().stream().map(s -> "\"" + s + "\"").toList());
            case PERCENT -> "write a percentage from 0 to 100, e.g. `45%`";
            case COUNT -> "write a number, give the indicator a `population` to write shares of it (`target 80% by end`),"
                    + " or change the unit (e.g. `unit percent`, `unit text` for qualitative indicators)";
            default -> "write a number, or change the unit (e.g. `unit percent`, `unit text` for qualitative indicators)";
        };
    }
}
