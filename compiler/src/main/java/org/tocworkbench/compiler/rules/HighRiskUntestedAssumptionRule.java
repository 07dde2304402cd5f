package org.tocworkbench.compiler.rules;

import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.Level;

/** A high-risk assumption with no evidence and no indicator watching it is a blind spot. */
public final class HighRiskUntestedAssumptionRule implements Rule {
    @Override
    public Code code() {
        return Code.HIGH_RISK_UNTESTED;
    }

    @Override
    public void check(RuleContext context) {
        for (Assumption a : context.theory().assumptions().values()) {
            if (a.risk() == Level.HIGH && a.status() == EvidenceStatus.UNTESTED && a.evidence().isEmpty()
                    && a.indicators().isEmpty()) {
                context.report(Diagnostic.of(code(), a.idSpan(),
                                "high-risk assumption `" + a.id() + "` has no evidence and no indicator")
                        .label("nothing tells whether it holds")
                        .help("record evidence (`evidence \"source\" date 2025 note \"...\"`) or add an indicator that monitors it"));
            }
        }
    }
}
