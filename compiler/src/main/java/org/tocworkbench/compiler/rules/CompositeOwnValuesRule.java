package org.tocworkbench.compiler.rules;

import java.util.ArrayList;
import java.util.List;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.source.Span;

/**
 * A composite indicator is measured through its parts: a baseline, milestone, target, growth or
 * population of its own is not used.
 */
public final class CompositeOwnValuesRule implements Rule {
    @Override
    public Code code() {
        return Code.COMPOSITE_OWN_VALUES;
    }

    @Override
    public void check(RuleContext context) {
        for (Indicator indicator : context.theory().indicators().values()) {
            if (!indicator.composite()) {
                continue;
            }
            List<Span> own = new ArrayList<>();
            indicator.measurements().forEach(m -> own.add(m.span()));
            indicator.growth().ifPresent(g -> own.add(g.span()));
            indicator.population().ifPresent(p -> own.add(p.span()));
            for (Span span : own) {
                context.report(Diagnostic.of(code(), span,
                                "`" + indicator.id() + "` is measured through its parts; its own value here is not used")
                        .label("not used: the composite's progress is the least of its parts'")
                        .help("move it into the part it belongs to (" + String.join(", ", indicator.parts()) + ")"));
            }
        }
    }
}
