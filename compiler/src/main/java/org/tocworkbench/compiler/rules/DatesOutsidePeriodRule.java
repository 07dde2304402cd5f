package org.tocworkbench.compiler.rules;

import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Metadata;

/** Milestones, targets and the as-of date should fall within the period the theory covers. */
public final class DatesOutsidePeriodRule implements Rule {
    @Override
    public Code code() {
        return Code.DATES_OUTSIDE_PERIOD;
    }

    @Override
    public void check(RuleContext context) {
        Metadata m = context.theory().metadata();
        if (m.periodStart() == null || m.periodEnd() == null || m.periodStart().compareTo(m.periodEnd()) > 0) {
            return;
        }
        if (m.asOf() != null && (m.asOf().end().isAfter(m.periodEnd().end())
                || m.asOf().end().isBefore(m.periodStart().start()))) {
            context.report(Diagnostic.of(code(), m.asOfSpan(),
                            "the as-of date " + m.asOf() + " is outside the theory's period " + m.periodStart() + " to "
                                    + m.periodEnd())
                    .label("outside the period")
                    .help("progress is judged at the as-of date: set it within the period, or widen `period`"));
        }
        for (Indicator indicator : context.theory().indicators().values()) {
            List<Measurement> dated = new ArrayList<>(indicator.milestones());
            if (indicator.target() != null) {
                dated.add(indicator.target());
            }
            for (Measurement measurement : dated) {
                if (measurement.date().end().isAfter(m.periodEnd().end())
                        || measurement.date().end().isBefore(m.periodStart().start())) {
                    context.report(Diagnostic.of(code(), measurement.span(),
                                    "`" + indicator.id() + "` has a date (" + (measurement.date().relative()
                                            ? measurement.date().written() + ", " : "") + measurement.date() + ") outside the theory's period "
                                            + m.periodStart() + " to " + m.periodEnd())
                            .label("outside the period")
                            .help("move the date into the period, or widen `period` in the `theory` block"));
                }
            }
        }
    }
}
