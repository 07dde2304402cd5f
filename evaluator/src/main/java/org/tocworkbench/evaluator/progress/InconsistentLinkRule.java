package org.tocworkbench.evaluator.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Theory;

/**
 * Flags every causal link (feedback links aside) whose source is off track while its target is
 * on track or achieved. If the theory were complete and the data right, an effect could not be
 * moving while its cause is stuck.
 */
public final class InconsistentLinkRule {
    private InconsistentLinkRule() {
    }

    public static List<InconsistentLink> find(Theory theory, Map<String, NodeProgress> nodes) {
        List<InconsistentLink> flagged = new ArrayList<>();
        for (Link link : theory.links()) {
            NodeProgress from = nodes.get(link.from());
            NodeProgress to = nodes.get(link.to());
            if (link.feedback() || from == null || to == null) {
                continue;
            }
            if (from.status() == Status.OFF_TRACK && to.status().isGood()) {
                flagged.add(new InconsistentLink(link.from(), link.to(), from.status(), to.status(),
                        "`" + link.from() + "` is off track while `" + link.to() + "`, which it leads to, is "
                                + to.status().label() + ": the theory may be missing another cause of `" + link.to()
                                + "`, or the data of one of them are wrong"));
            }
        }
        return flagged;
    }
}
