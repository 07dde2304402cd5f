package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;

/** One validation check of a compiled theory, with a stable code; listed in {@link Rules}. */
public interface Rule {
    /** The code this rule reports (its default severity comes with it). */
    Code code();

    void check(RuleContext context);
}
