package org.tocworkbench.compiler.rules;

import java.util.OptionalDouble;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Population;

/** A count with a population cannot plan for more than the population holds. */
public final class CountAbovePopulationRule implements Rule {
    @Override
    public Code code() {
        return Code.COUNT_ABOVE_POPULATION;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            if (indicator.population().isEmpty()) {
                continue;
            }
            Population population = indicator.population().get();
            for (Measurement m : indicator.measurements()) {
                OptionalDouble n = indicator.numeric(m.value());
                if (n.isPresent() && n.getAsDouble() > population.count()) {
                    context.report(Diagnostic.of(code(), m.value().span(),
                                    "`" + m.value() + "` is more than the population of `" + indicator.id() + "` ("
                                            + Numbers.plain(population.count()) + ")")
                            .label(Numbers.plain(Math.round(population.shareOf(n.getAsDouble()))) + "% of the population")
                            .help("check the value, or the population"));
                }
            }
        }
    }
}
