package org.tocworkbench.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tocworkbench.compiler.whatif.FailureState;

/**
 * Everything that decides how a theory is drawn. Immutable; start from {@link #DEFAULT} and
 * change what differs with the {@code with...} methods.
 *
 * @param direction  which way the results chain runs
 * @param view       which part of the theory is in focus
 * @param context    what happens to the rest: greyed or hidden
 * @param groupBy    clusters by pathway, actor or stage of the chain
 * @param indicators list each node's indicators under its title
 * @param progress   the progress overlay: node id to status and percentage (empty: no overlay)
 * @param progressAsOf the date the progress is measured at, for the legend ("" when unknown)
 * @param failures   the what-if overlay ({@code toc what-if}): node id or link key ({@code A -> B})
 *                   to what becomes of it, and the ids of the assumptions that fail (named in the
 *                   legend); empty: no overlay
 * @param changes    the diff overlay ({@code toc diff}): node id or link key ({@code A -> B}) to its
 *                   change; empty: no overlay
 */
public record DiagramOptions(RankDirection direction, View view, ContextMode context, GroupBy groupBy,
                             boolean indicators, Map<String, NodeStatus> progress, String progressAsOf,
                             Map<String, FailureState> failures, Map<String, ChangeMark> changes) {
    public static final DiagramOptions DEFAULT = new DiagramOptions(RankDirection.LR, new View.Whole(),
            ContextMode.GREY, GroupBy.NONE, false, Map.of(), "", Map.of(), Map.of());

    public DiagramOptions(RankDirection direction, View view, ContextMode context, GroupBy groupBy,
                          boolean indicators, Map<String, NodeStatus> progress, String progressAsOf) {
        this(direction, view, context, groupBy, indicators, progress, progressAsOf, Map.of(), Map.of());
    }

    public DiagramOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(groupBy, "groupBy");
        progress = Collections.unmodifiableMap(new LinkedHashMap<>(progress));
        progressAsOf = progressAsOf == null ? "" : progressAsOf;
        failures = failures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public DiagramOptions withDirection(RankDirection newDirection) {
        return new DiagramOptions(newDirection, view, context, groupBy, indicators, progress, progressAsOf, failures, changes);
    }

    public DiagramOptions withView(View newView) {
        return new DiagramOptions(direction, newView, context, groupBy, indicators, progress, progressAsOf, failures, changes);
    }

    public DiagramOptions withContext(ContextMode newContext) {
        return new DiagramOptions(direction, view, newContext, groupBy, indicators, progress, progressAsOf, failures, changes);
    }

    public DiagramOptions withGroupBy(GroupBy newGroupBy) {
        return new DiagramOptions(direction, view, context, newGroupBy, indicators, progress, progressAsOf, failures, changes);
    }

    public DiagramOptions withIndicators(boolean show) {
        return new DiagramOptions(direction, view, context, groupBy, show, progress, progressAsOf, failures, changes);
    }

    /**
     * The progress overlay: each node in the map is filled with its status colour and labelled
     * with the status and percentage; {@code asOf} (may be empty) is printed in the legend.
     */
    public DiagramOptions withProgress(Map<String, NodeStatus> newProgress, String asOf) {
        return new DiagramOptions(direction, view, context, groupBy, indicators, newProgress, asOf, failures, changes);
    }

    /** The what-if overlay: failed nodes ghosted, weakened ones bordered with a "weakened" band, broken links dashed grey, failing assumptions crossed. */
    public DiagramOptions withFailures(Map<String, FailureState> newFailures) {
        return new DiagramOptions(direction, view, context, groupBy, indicators, progress, progressAsOf, newFailures, changes);
    }

    /** The diff overlay: added, removed (ghosted), changed and renamed nodes and links are marked. */
    public DiagramOptions withChanges(Map<String, ChangeMark> newChanges) {
        return new DiagramOptions(direction, view, context, groupBy, indicators, progress, progressAsOf, failures, newChanges);
    }
}
