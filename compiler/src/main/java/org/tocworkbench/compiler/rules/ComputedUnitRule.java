package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.Computation.Measure;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * A share is a percentage and a count is a number of things: a computed indicator whose unit
 * says otherwise would be compared with a baseline and target in the wrong terms.
 */
public final class ComputedUnitRule implements Rule {
    @Override
    public Code code() {
        return Code.COMPUTATION_UNIT_MISMATCH;
    }

    @Override
    public void check(RuleContext context) {
        for (Computation c : context.theory().computations().values()) {
            Indicator indicator = context.theory().indicators().get(c.indicatorId());
            if (indicator == null) {
                continue;
            }
            UnitKind unit = indicator.unit().kind();
            boolean share = c.measure() == Measure.SHARE;
            boolean counts = c.measure() == Measure.COUNT || c.measure() == Measure.DISTINCT;
            if (share && unit != UnitKind.PERCENT) {
                context.report(Diagnostic.of(code(), c.span(), "a share is a percentage, but `" + indicator.id()
                                + "` is measured in " + unit.word())
                        .label("computes a percentage")
                        .help("write `unit percent`, or compute a `count`"));
            } else if (counts && unit == UnitKind.PERCENT) {
                context.report(Diagnostic.of(code(), c.span(), "a " + c.measure().word() + " is a number of records, but `"
                                + indicator.id() + "` is measured in percent")
                        .label("computes a count")
                        .help("compute a `share` with `where` and `among`, or write `unit count`"));
            }
        }
    }
}
