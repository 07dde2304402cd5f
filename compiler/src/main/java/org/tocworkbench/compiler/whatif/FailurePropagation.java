package org.tocworkbench.compiler.whatif;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.LinkKind;
import org.tocworkbench.compiler.model.Theory;

/**
 * Failure propagated through the results chain by the kinds of its links (docs/what-if.md). A
 * result fails when it is given as failing, rests itself on an assumption that fails, loses a
 * necessary cause, or loses every cause; it stands when a sufficient cause of it stands whole;
 * otherwise it is weakened when it lost a cause, a cause of it is weakened, or a feedback link into
 * it is lost. A link is lost (broken) when its cause fails or an assumption it rests on (its own or
 * its transition's) fails. Feedback links never make a result fail: they weaken it at most.
 *
 * <p>The states only rise (stands, weakened, fails) as the failures spread, so the propagation
 * is a worklist run to the least fixpoint: it ends on any graph, loops included, and failing more
 * never leaves less failed or weakened.
 */
public final class FailurePropagation {
    private FailurePropagation() {
    }

    /** What can be given as failing: the theory's results and assumptions, results first, in declaration order. */
    public static List<String> elements(Theory theory) {
        List<String> all = new ArrayList<>(theory.nodes().keySet());
        all.addAll(theory.assumptions().keySet());
        return all;
    }

    /** A name close to an unknown id among the theory's results and assumptions ("did you mean"). */
    public static Optional<String> suggestion(Theory theory, String unknown) {
        return Suggestions.closest(unknown, elements(theory));
    }

    /**
     * The theory's state when the given results and assumptions fail.
     *
     * @throws IllegalArgumentException when an id is neither a result nor an assumption of the theory
     */
    public static WhatIf propagate(TheoryGraph graph, Collection<String> failing) {
        return propagate(new FailureGraph(graph), failing);
    }

    static WhatIf propagate(FailureGraph graph, Collection<String> failing) {
        Theory theory = graph.theory;
        int n = graph.size();
        boolean[] givenNode = new boolean[n];
        boolean[] failedAssumption = new boolean[graph.assumptionIds.size()];
        for (String id : failing) {
            int v = graph.numberOf(id);
            Integer a = graph.assumptionNumber.get(id);
            if (v >= 0) {
                givenNode[v] = true;
            } else if (a != null) {
                failedAssumption[a] = true;
            } else {
                throw new IllegalArgumentException("`" + id + "` is neither a result nor an assumption of the theory");
            }
        }
        FailureState[] state = new FailureState[n];
        String[] reason = new String[n];
        java.util.Arrays.fill(state, FailureState.STANDS);
        int[] order = graph.causalOrder();
        WorkList work = new WorkList(order == null ? java.util.stream.IntStream.range(0, n).toArray() : order);
        while (!work.isEmpty()) {
            int v = work.next();
            Verdict verdict = judge(graph, v, givenNode[v], failedAssumption, state);
            boolean rose = verdict.state.ordinal() > state[v].ordinal();
            if (rose || (verdict.state == state[v] && reason[v] == null && verdict.reason != null)) {
                state[v] = verdict.state;
                reason[v] = verdict.reason;
            }
            if (rose) {
                work.add(graph.successors[v]);
            }
        }
        Map<String, FailureState> states = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String id : theory.nodes().keySet()) {
            int v = graph.numberOf(id);
            states.put(id, v < 0 ? FailureState.STANDS : state[v]);
            if (v >= 0 && reason[v] != null) {
                reasons.put(id, reason[v]);
            }
        }
        List<WhatIf.BrokenLink> broken = new ArrayList<>();
        for (FailureGraph.In link : graph.byLink) {
            lost(graph, link, failedAssumption, state)
                    .ifPresent(why -> broken.add(new WhatIf.BrokenLink(link.link(), why)));
        }
        return new WhatIf(theory, List.copyOf(failing), states, reasons, broken);
    }

    private record Verdict(FailureState state, String reason) {
    }

    /** Why a link carries nothing, or empty when it still does. */
    private static Optional<String> lost(FailureGraph graph, FailureGraph.In link, boolean[] failedAssumption,
                                         FailureState[] state) {
        if (state[link.from()] == FailureState.FAILED) {
            return Optional.of("`" + graph.ids.get(link.from()) + "` fails");
        }
        for (int a : link.assumptions()) {
            if (failedAssumption[a]) {
                return Optional.of("it assumes `" + graph.assumptionIds.get(a) + "`, which fails");
            }
        }
        return Optional.empty();
    }

    private static Verdict judge(FailureGraph graph, int v, boolean given, boolean[] failedAssumption,
                                 FailureState[] state) {
        if (given) {
            return new Verdict(FailureState.FAILED, "given as failing");
        }
        for (int a : graph.nodeAssumptions[v]) {
            if (failedAssumption[a]) {
                return new Verdict(FailureState.FAILED, "it rests on `" + graph.assumptionIds.get(a) + "`, which fails");
            }
        }
        int causes = 0;
        int lostCauses = 0;
        List<String> lostNames = new ArrayList<>();
        String weakened = null;
        String rescuer = null;
        boolean necessaryWeak = false;
        String feedbackLost = null;
        for (FailureGraph.In link : graph.incoming[v]) {
            String from = graph.ids.get(link.from());
            Optional<String> lost = lost(graph, link, failedAssumption, state);
            boolean weak = lost.isEmpty() && state[link.from()] == FailureState.WEAKENED;
            if (link.feedback()) {
                if (feedbackLost == null && (lost.isPresent() || weak)) {
                    feedbackLost = "its feedback from `" + from + "` is " + (lost.isPresent() ? "lost" : "weakened");
                }
                continue;
            }
            causes++;
            if (lost.isPresent()) {
                lostCauses++;
                lostNames.add("`" + from + "`");
                if (link.kind() == LinkKind.NECESSARY) {
                    String why = state[link.from()] == FailureState.FAILED ? "its necessary cause `" + from + "` fails"
                            : "its necessary link from `" + from + "` is lost: " + lost.get();
                    return new Verdict(FailureState.FAILED, why);
                }
                if (weakened == null) {
                    weakened = "it lost its " + word(link) + "cause `" + from + "` (" + lost.get() + ")";
                }
            } else if (weak) {
                necessaryWeak |= link.kind() == LinkKind.NECESSARY;
                if (weakened == null) {
                    weakened = "its " + word(link) + "cause `" + from + "` is weakened";
                }
            } else if (link.kind() == LinkKind.SUFFICIENT && rescuer == null) {
                rescuer = from;
            }
        }
        if (causes > 0 && lostCauses == causes) {
            return new Verdict(FailureState.FAILED, "every cause of it is lost (" + String.join(", ", lostNames) + ")");
        }
        if (rescuer != null && !necessaryWeak) {
            return new Verdict(FailureState.STANDS, weakened == null ? null
                    : "its sufficient cause `" + rescuer + "` keeps it alive although " + weakened);
        }
        if (weakened != null) {
            return new Verdict(FailureState.WEAKENED, weakened);
        }
        if (feedbackLost != null) {
            return new Verdict(FailureState.WEAKENED, feedbackLost);
        }
        return new Verdict(FailureState.STANDS, null);
    }

    /** "contributory ", "sufficient ", or nothing when the theory does not say. */
    private static String word(FailureGraph.In link) {
        return link.kindStated() ? link.kind().word() + " " : "";
    }
}
