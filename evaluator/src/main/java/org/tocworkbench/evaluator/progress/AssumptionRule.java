package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Level;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.progress.AssumptionProgress.Outlook;

/**
 * An assumption's outlook from two sources: the evidence status declared in the theory, and the
 * status of the indicators that monitor it. The worse of the two wins: {@code failing} when
 * refuted or a monitor is off track; {@code watch} when contested, a monitor is at risk, or a
 * high-risk assumption is untested and unmonitored; {@code holding} when supported or every
 * rated monitor is on track; otherwise {@code unknown}.
 */
public final class AssumptionRule {
    private AssumptionRule() {
    }

    public static AssumptionProgress evaluate(Theory theory, Assumption assumption,
                                              Map<String, IndicatorProgress> indicators) {
        Set<String> monitors = new LinkedHashSet<>(assumption.indicators());
        for (Indicator indicator : theory.indicators().values()) {
            if (assumption.id().equals(indicator.subject())) {
                monitors.add(indicator.id());
            }
        }
        List<String> ids = monitors.stream().filter(indicators::containsKey).toList();
        Status monitoring = Status.worstOf(ids.stream().map(id -> indicators.get(id).status()).toList());
        EvidenceStatus evidence = assumption.status();
        Outlook outlook;
        String reason;
        if (evidence == EvidenceStatus.REFUTED) {
            outlook = Outlook.FAILING;
            reason = "the evidence refutes it";
        } else if (monitoring == Status.OFF_TRACK) {
            outlook = Outlook.FAILING;
            reason = "a monitoring indicator is off track";
        } else if (evidence == EvidenceStatus.CONTESTED) {
            outlook = Outlook.WATCH;
            reason = "the evidence is contested";
        } else if (monitoring == Status.AT_RISK) {
            outlook = Outlook.WATCH;
            reason = "a monitoring indicator is at risk";
        } else if (evidence == EvidenceStatus.SUPPORTED) {
            outlook = Outlook.HOLDING;
            reason = monitoring.isGood() ? "the evidence supports it and its monitoring is on track"
                    : "the evidence supports it";
        } else if (monitoring.isGood()) {
            outlook = Outlook.HOLDING;
            reason = "untested, but its monitoring is on track";
        } else if (assumption.risk() == Level.HIGH) {
            outlook = Outlook.WATCH;
            reason = "high risk and untested";
        } else {
            outlook = Outlook.UNKNOWN;
            reason = ids.isEmpty() ? "untested and not monitored" : "untested; its monitoring has no rating yet";
        }
        List<String> links = new ArrayList<>();
        for (Link link : theory.links()) {
            if (link.allAssumptions().contains(assumption.id())) {
                links.add(link.key());
            }
        }
        List<String> nodes = new ArrayList<>();
        for (Node node : theory.nodes().values()) {
            if (node.assumptions().contains(assumption.id())) {
                nodes.add(node.id());
            }
        }
        return new AssumptionProgress(assumption.id(), assumption.risk(), evidence, monitoring, ids, outlook, reason,
                links, nodes);
    }
}
