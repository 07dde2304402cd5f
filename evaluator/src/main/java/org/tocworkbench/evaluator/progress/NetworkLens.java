package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.NetworkPurpose;

/**
 * The theory read as a network's theory (docs/network.md): which functions its pathways serve,
 * who carries each pathway, how much rests on the backbone alone, how diverse the members behind
 * each pathway are, what the structures deliver, and what the evidence on assumptions has taught.
 * Computed by {@link NetworkLensRule}; report writers only lay it out.
 *
 * @param pathways   the pathways, in the theory's order: the columns of both matrices
 * @param functions  one row per function that the network declares or a result or pathway serves:
 *                   primary first, then secondary, then the rest in {@link NetworkFunction} order
 * @param actors     one row per actor that contributes to a pathway, structures included
 */
public record NetworkLens(NetworkPurpose purpose, List<Column> pathways, List<FunctionRow> functions,
                          List<ActorRow> actors, BackboneDependency backbone, List<Diversity> diversity,
                          List<StructureRow> structures, Learning learning) {
    public NetworkLens {
        pathways = List.copyOf(pathways);
        functions = List.copyOf(functions);
        actors = List.copyOf(actors);
        diversity = List.copyOf(diversity);
        structures = List.copyOf(structures);
    }

    /** True when the theory says nothing a network lens could read: no actors and no functions. */
    public boolean empty() {
        return functions.isEmpty() && actors.isEmpty();
    }

    /** A pathway as a column. */
    public record Column(String id, String title) {
    }

    /**
     * One function across the pathways.
     *
     * @param rank    {@code primary}, {@code secondary}, {@code undeclared} (a network function the network does not
     *                declare, when it declares any), {@code network} (no declaration) or {@code organisational}
     * @param cells   by pathway id: the pathway's results that serve the function; absent when none does
     * @param overall every result serving it
     */
    public record FunctionRow(NetworkFunction function, String rank, Map<String, Rollup> cells, Rollup overall) {
        public FunctionRow {
            cells = Map.copyOf(cells);
        }
    }

    /**
     * One actor across the pathways.
     *
     * @param role  the actor's role word ({@code member}, {@code backbone}, {@code structure} ...), empty when none
     * @param cells by pathway id: the pathway's results the actor contributes to or owns; absent when none
     */
    public record ActorRow(String actorId, String name, String role, Map<String, Rollup> cells) {
        public ActorRow {
            cells = Map.copyOf(cells);
        }
    }

    /**
     * What rests on the backbone alone: results every actor of which is a backbone actor.
     *
     * @param backboneActors        ids of the backbone actors
     * @param results               results that name at least one actor
     * @param backboneOnly          of those, the ones only the backbone delivers
     * @param networkFunctionOnly   of those, the ones that serve a network function (TOC253)
     * @param pathways              the pathways, each with its backbone-only results
     * @param indicators            indicators of results that name an actor
     * @param backboneOnlyIndicators of those, the ones that measure a backbone-only result
     * @param reportedByBackbone    indicators a backbone actor is responsible for reporting
     * @param allIndicators         every indicator of the theory
     * @param roles                 each backbone role played for a result, with the results, in first-use order
     */
    public record BackboneDependency(List<String> backboneActors, List<String> results, List<String> backboneOnly,
                                     List<String> networkFunctionOnly, List<PathwayDependency> pathways,
                                     List<String> indicators, List<String> backboneOnlyIndicators,
                                     List<String> reportedByBackbone, int allIndicators, List<RolePlayed> roles) {
        public BackboneDependency {
            backboneActors = List.copyOf(backboneActors);
            results = List.copyOf(results);
            backboneOnly = List.copyOf(backboneOnly);
            networkFunctionOnly = List.copyOf(networkFunctionOnly);
            pathways = List.copyOf(pathways);
            indicators = List.copyOf(indicators);
            backboneOnlyIndicators = List.copyOf(backboneOnlyIndicators);
            reportedByBackbone = List.copyOf(reportedByBackbone);
            roles = List.copyOf(roles);
        }

        /** Pathways every result of which (with an actor) only the backbone delivers. */
        public long pathwaysOnBackboneAlone() {
            return pathways.stream().filter(PathwayDependency::backboneAlone).count();
        }

        /** Pathways with at least one result only the backbone delivers: they break if the backbone falters. */
        public long pathwaysWithABackboneLink() {
            return pathways.stream().filter(p -> !p.backboneOnly().isEmpty()).count();
        }
    }

    /** A pathway's results that only the backbone delivers, out of those that name an actor. */
    public record PathwayDependency(String pathwayId, int results, List<String> backboneOnly) {
        public PathwayDependency {
            backboneOnly = List.copyOf(backboneOnly);
        }

        public boolean backboneAlone() {
            return results > 0 && backboneOnly.size() == results;
        }
    }

    /** A backbone role and the results the backbone plays it for, with their progress. */
    public record RolePlayed(String role, Rollup results) {
    }

    /**
     * Who carries a pathway: the member organisations that contribute (named directly or through
     * a structure they belong to), the kinds of organisation they are, and the other actors.
     *
     * @param members      member actors, in declaration order
     * @param kinds        the distinct kinds of those members ({@code kind ngo}), in first-seen order
     * @param unkinded     members that do not say what kind of organisation they are
     * @param others       partners, funders and boundary partners that contribute
     * @param structures   structures named on the pathway
     * @param totalMembers member actors in the whole theory
     */
    public record Diversity(String pathwayId, List<String> members, List<String> kinds, List<String> unkinded,
                            List<String> others, List<String> structures, int totalMembers) {
        public Diversity {
            members = List.copyOf(members);
            kinds = List.copyOf(kinds);
            unkinded = List.copyOf(unkinded);
            others = List.copyOf(others);
            structures = List.copyOf(structures);
        }
    }

    /** A structure with the results it serves and their progress. */
    public record StructureRow(String actorId, String name, String kind, List<NetworkFunction> serves,
                               List<String> members, Rollup results) {
        public StructureRow {
            serves = List.copyOf(serves);
            members = List.copyOf(members);
        }
    }

    /**
     * What the evidence on assumptions says over time, and what changed recently.
     *
     * @param timeline   one point per year from the first dated evidence (or the period's start) to the as-of date
     * @param since      the date "recently" starts: the last version's date, else the last evaluation point before
     *                   the as-of date, else the period's start; empty when there is none
     * @param sinceLabel what that date is, e.g. {@code version 3.0} or {@code Mid-term review}
     * @param changed    assumptions contested or refuted by evidence dated after {@code since}
     * @param undated    assumptions whose evidence carries no date (left out of the timeline)
     */
    public record Learning(List<TimePoint> timeline, Optional<LocalDate> since, String sinceLabel,
                           List<Changed> changed, List<String> undated) {
        public Learning {
            timeline = List.copyOf(timeline);
            changed = List.copyOf(changed);
            undated = List.copyOf(undated);
        }
    }

    /** How many assumptions stood at each evidence status at a date (every status present, in enum order). */
    public record TimePoint(LocalDate date, Map<EvidenceStatus, Integer> counts) {
        public TimePoint {
            counts = Map.copyOf(counts);
        }
    }

    /** An assumption contested or refuted since the last version: its status, and the evidence behind it. */
    public record Changed(String assumptionId, String text, EvidenceStatus status, LocalDate evidenceDate,
                          String evidence) {
    }
}
