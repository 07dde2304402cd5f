package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Metadata;

/** Baseline before milestones, milestones in order, target last; a period starts before it ends. */
public final class DateOrderRule implements Rule {
    @Override
    public Code code() {
        return Code.DATES_OUT_OF_ORDER;
    }

    @Override
    public void check(RuleContext context) {
        Metadata m = context.theory().metadata();
        if (m.periodStart() != null && m.periodEnd() != null && m.periodStart().compareTo(m.periodEnd()) > 0) {
            context.report(Diagnostic.of(code(), m.periodSpan(), "the theory's period ends before it starts")
                    .label("period " + m.periodStart() + " to " + m.periodEnd())
                    .help("write the start first: `period " + m.periodEnd() + " to " + m.periodStart() + "`"));
        }
        for (Indicator indicator : context.theory().indicators().values()) {
            Measurement baseline = indicator.baseline();
            Measurement target = indicator.target();
            if (baseline != null && target != null && baseline.date().dated() && target.date().dated()
                    && baseline.date().compareTo(target.date()) >= 0) {
                context.report(Diagnostic.of(code(), target.span(),
                                "the target of `" + indicator.id() + "` is due " + target.date() + ", not after its baseline ("
                                        + baseline.date() + ")")
                        .label("target date not after the baseline date")
                        .help("a target is reached after the baseline is measured"));
            }
            Measurement previous = baseline;
            for (Measurement milestone : indicator.milestones()) {
                if (!milestone.date().dated()) {
                    continue; // a relative date in a theory with no period (TOC116) has no place in time
                }
                if (previous != null && previous.date().dated() && milestone.date().compareTo(previous.date()) <= 0) {
                    context.report(Diagnostic.of(code(), milestone.span(),
                                    "milestone of `" + indicator.id() + "` due " + milestone.date() + " is not after "
                                            + (previous == baseline ? "the baseline" : "the milestone before it") + " ("
                                            + previous.date() + ")")
                            .label("out of order")
                            .help("list milestones in date order, between the baseline and the target"));
                } else if (target != null && target.date().dated() && milestone.date().compareTo(target.date()) > 0) {
                    context.report(Diagnostic.of(code(), milestone.span(),
                                    "milestone of `" + indicator.id() + "` due " + milestone.date() + " comes after the target ("
                                            + target.date() + ")")
                            .label("after the target date")
                            .help("move the milestone before the target, or make it the target"));
                }
                previous = milestone;
            }
        }
    }
}
