package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.EvaluationPoint;
import org.tocworkbench.compiler.model.Metadata;

/** An evaluation point should fall within the period the theory covers. */
public final class PointOutsidePeriodRule implements Rule {
    @Override
    public Code code() {
        return Code.POINT_OUTSIDE_PERIOD;
    }

    @Override
    public void check(RuleContext context) {
        Metadata m = context.theory().metadata();
        if (m.periodStart() == null || m.periodEnd() == null || m.periodStart().compareTo(m.periodEnd()) > 0) {
            return;
        }
        for (EvaluationPoint point : m.points()) {
            boolean before = point.date().end().isBefore(m.periodStart().start());
            boolean after = point.date().end().isAfter(m.periodEnd().end());
            if (before || after) {
                context.report(Diagnostic.of(code(), point.span(),
                                "evaluation point `" + point.name() + "` (" + point.date() + ") is "
                                        + (before ? "before" : "after") + " the theory's period " + m.periodStart()
                                        + " to " + m.periodEnd())
                        .label("outside the period")
                        .help("check the point's date, or widen `period` in the `theory` block"));
            }
        }
    }
}
