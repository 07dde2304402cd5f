package org.tocworkbench.compiler.whatif;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;

/**
 * What becomes of a theory when some of its assumptions or results fail: the answer of
 * {@link FailurePropagation#propagate}. Immutable.
 *
 * @param failing     the assumptions and results given as failing, in the order given
 * @param states      every result's state, in declaration order
 * @param reasons     why each result that fails or is weakened does, and why a result that lost a
 *                    cause still stands (a sufficient cause keeps it alive)
 * @param brokenLinks the links that no longer carry anything, each with why
 */
public record WhatIf(Theory theory, List<String> failing, Map<String, FailureState> states,
                     Map<String, String> reasons, List<BrokenLink> brokenLinks) {
    public WhatIf {
        failing = List.copyOf(failing);
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        brokenLinks = List.copyOf(brokenLinks);
    }

    /** A link that no longer carries anything: its cause fails, or an assumption it rests on does. */
    public record BrokenLink(Link link, String why) {
    }

    /** A pathway with a failed or weakened member, and the first member (in pathway order) that is. */
    public record PathwayEffect(Pathway pathway, FailureState state, String firstAffected) {
    }

    /**
     * An indicator of an affected result: its target is out of reach when the result fails, at risk
     * when it is weakened.
     */
    public record IndicatorEffect(Indicator indicator, String result, FailureState state) {
    }

    public FailureState state(String nodeId) {
        return states.getOrDefault(nodeId, FailureState.STANDS);
    }

    public Optional<String> reason(String nodeId) {
        return Optional.ofNullable(reasons.get(nodeId));
    }

    /** The results in a state, in declaration order. */
    public List<Node> results(FailureState state) {
        List<Node> found = new ArrayList<>();
        states.forEach((id, s) -> {
            if (s == state) {
                found.add(theory.nodes().get(id));
            }
        });
        return found;
    }

    /** Results that stand although a cause of theirs was lost: a sufficient cause keeps them alive. */
    public List<Node> keptAlive() {
        return results(FailureState.STANDS).stream().filter(n -> reasons.containsKey(n.id())).toList();
    }

    /** The outcomes, preconditions and impacts that still stand, in declaration order. */
    public List<Node> standingOutcomes() {
        return results(FailureState.STANDS).stream().filter(n -> n.kind() == NodeKind.OUTCOME
                || n.kind() == NodeKind.PRECONDITION || n.kind() == NodeKind.IMPACT).toList();
    }

    /** Pathways with a member that fails (broken) or is weakened, in the theory's order. */
    public List<PathwayEffect> pathways() {
        java.util.Set<String> broken = new java.util.HashSet<>();
        brokenLinks.forEach(b -> broken.add(b.link().key()));
        List<PathwayEffect> effects = new ArrayList<>();
        for (Pathway pathway : theory.pathways()) {
            FailureState worst = FailureState.STANDS;
            String first = null;
            for (String member : pathway.nodes()) {
                FailureState s = state(member);
                if (s != FailureState.STANDS && first == null) {
                    first = member;
                }
                worst = worst.worse(s);
            }
            for (String link : pathway.links()) {
                if (broken.contains(link)) {
                    worst = FailureState.FAILED;
                    if (first == null) {
                        first = link;
                    }
                }
            }
            if (worst != FailureState.STANDS) {
                effects.add(new PathwayEffect(pathway, worst, first));
            }
        }
        return effects;
    }

    /** The indicators of the results that fail (targets out of reach) or are weakened (at risk). */
    public List<IndicatorEffect> indicators() {
        List<IndicatorEffect> effects = new ArrayList<>();
        for (Node node : theory.nodes().values()) {
            FailureState s = state(node.id());
            if (s == FailureState.STANDS) {
                continue;
            }
            for (String id : node.indicators()) {
                Indicator indicator = theory.indicators().get(id);
                if (indicator != null) {
                    effects.add(new IndicatorEffect(indicator, node.id(), s));
                }
            }
        }
        return effects;
    }

    /** Whether an impact of the theory fails. */
    public boolean impactFails() {
        return theory.impacts().stream().anyMatch(n -> state(n.id()) == FailureState.FAILED);
    }
}
