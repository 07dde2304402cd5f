package org.tocworkbench.evaluator.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.ActorRole;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.BackbonePlay;
import org.tocworkbench.compiler.model.EvaluationPoint;
import org.tocworkbench.compiler.model.Evidence;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.NetworkPurpose;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;

/**
 * Reads an evaluation as a network's (docs/network.md): the function × pathway and actor × pathway
 * matrices (cells are roll-ups of the results concerned, as in {@link RollupRule}), backbone
 * dependency, diversity per pathway, structures, and learning from dated evidence.
 */
public final class NetworkLensRule {
    private NetworkLensRule() {
    }

    public static NetworkLens of(Evaluation e) {
        Theory theory = e.theory();
        Map<String, NodeProgress> progress = e.nodes();
        List<NetworkLens.Column> columns = theory.pathways().stream()
                .map(p -> new NetworkLens.Column(p.id(), p.title())).toList();
        return new NetworkLens(theory.network(), columns, functions(theory, progress), actors(theory, progress),
                backbone(theory, progress), diversity(theory), structures(theory, progress),
                learning(theory, e.settings().asOf()));
    }

    // ------------------------------------------------------------------ function × pathway

    private static List<NetworkLens.FunctionRow> functions(Theory theory, Map<String, NodeProgress> progress) {
        NetworkPurpose purpose = theory.network();
        Set<NetworkFunction> order = new LinkedHashSet<>(purpose.primary());
        order.addAll(purpose.secondary());
        Set<NetworkFunction> used = java.util.EnumSet.noneOf(NetworkFunction.class);
        theory.nodes().values().forEach(n -> used.addAll(n.functions()));
        theory.pathways().forEach(p -> used.addAll(p.functions()));
        order.addAll(used);
        List<NetworkLens.FunctionRow> rows = new ArrayList<>();
        for (NetworkFunction f : order) {
            Map<String, Rollup> cells = new LinkedHashMap<>();
            Set<String> all = new LinkedHashSet<>();
            for (Pathway p : theory.pathways()) {
                List<String> serving = p.nodes().stream().filter(theory.nodes()::containsKey)
                        .filter(id -> p.functions().contains(f) || theory.nodes().get(id).functions().contains(f))
                        .toList();
                if (!serving.isEmpty()) {
                    cells.put(p.id(), RollupRule.rollup(p.id(), p.title(), serving, progress, List.of(), 0));
                }
            }
            theory.nodes().values().stream().filter(n -> n.functions().contains(f)).forEach(n -> all.add(n.id()));
            cells.values().forEach(r -> all.addAll(r.nodes()));
            List<String> ordered = theory.nodes().keySet().stream().filter(all::contains).toList();
            rows.add(new NetworkLens.FunctionRow(f, rank(purpose, f), cells,
                    RollupRule.rollup(f.word(), f.label(), ordered, progress, List.of(), 0)));
        }
        return rows;
    }

    private static String rank(NetworkPurpose purpose, NetworkFunction f) {
        if (!f.isNetworkFunction()) {
            return "organisational";
        }
        return purpose.rank(f).orElse(purpose.declared() ? "undeclared" : "network");
    }

    // ------------------------------------------------------------------ actor × pathway

    private static List<NetworkLens.ActorRow> actors(Theory theory, Map<String, NodeProgress> progress) {
        List<NetworkLens.ActorRow> rows = new ArrayList<>();
        for (Actor actor : theory.actors().values()) {
            Map<String, Rollup> cells = new LinkedHashMap<>();
            for (Pathway p : theory.pathways()) {
                List<String> carried = p.nodes().stream().filter(theory.nodes()::containsKey)
                        .filter(id -> theory.nodes().get(id).actors().contains(actor.id())).toList();
                if (!carried.isEmpty()) {
                    cells.put(p.id(), RollupRule.rollup(p.id(), p.title(), carried, progress, List.of(), 0));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new NetworkLens.ActorRow(actor.id(), actor.name(),
                        actor.role() == null ? "" : actor.role().word(), cells));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ backbone dependency

    private static NetworkLens.BackboneDependency backbone(Theory theory, Map<String, NodeProgress> progress) {
        List<String> backbones = theory.actors().values().stream().filter(Actor::backbone).map(Actor::id).toList();
        List<String> results = new ArrayList<>();
        List<String> only = new ArrayList<>();
        List<String> networkOnly = new ArrayList<>();
        for (Node n : theory.nodes().values()) {
            if (n.actors().isEmpty()) {
                continue;
            }
            results.add(n.id());
            if (theory.restsOnBackboneAlone(n)) {
                only.add(n.id());
                if (n.servesNetworkFunction()) {
                    networkOnly.add(n.id());
                }
            }
        }
        List<NetworkLens.PathwayDependency> pathways = new ArrayList<>();
        for (Pathway p : theory.pathways()) {
            List<String> withActors = p.nodes().stream().filter(results::contains).toList();
            pathways.add(new NetworkLens.PathwayDependency(p.id(), withActors.size(),
                    withActors.stream().filter(only::contains).toList()));
        }
        List<String> indicators = new ArrayList<>();
        List<String> onlyIndicators = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        for (Indicator i : theory.indicators().values()) {
            if (results.contains(i.subject())) {
                indicators.add(i.id());
                if (only.contains(i.subject())) {
                    onlyIndicators.add(i.id());
                }
            }
            if (i.responsible() != null && backbones.contains(i.responsible())) {
                reported.add(i.id());
            }
        }
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (Node n : theory.nodes().values()) {
            for (BackbonePlay play : n.backbonePlays()) {
                for (String role : play.roles()) {
                    List<String> nodes = byRole.computeIfAbsent(role, k -> new ArrayList<>());
                    if (!nodes.contains(n.id())) {
                        nodes.add(n.id());
                    }
                }
            }
        }
        List<NetworkLens.RolePlayed> roles = new ArrayList<>();
        byRole.forEach((role, nodes) -> roles.add(new NetworkLens.RolePlayed(role,
                RollupRule.rollup(role, role, nodes, progress, List.of(), 0))));
        return new NetworkLens.BackboneDependency(backbones, results, only, networkOnly, pathways, indicators,
                onlyIndicators, reported, theory.indicators().size(), roles);
    }

    // ------------------------------------------------------------------ diversity

    private static List<NetworkLens.Diversity> diversity(Theory theory) {
        int totalMembers = (int) theory.actors().values().stream().filter(a -> a.role() == ActorRole.MEMBER).count();
        List<NetworkLens.Diversity> rows = new ArrayList<>();
        for (Pathway p : theory.pathways()) {
            Set<String> named = new LinkedHashSet<>();
            p.nodes().stream().map(theory.nodes()::get).filter(n -> n != null).forEach(n -> named.addAll(n.actors()));
            Set<String> reached = new LinkedHashSet<>(named);
            List<String> structures = new ArrayList<>();
            for (String id : named) {
                Actor a = theory.actors().get(id);
                if (a != null && a.structure().isPresent()) {
                    structures.add(id);
                    reached.addAll(a.structure().get().members());
                }
            }
            List<String> members = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            List<String> unkinded = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Actor a : theory.actors().values()) {
                if (!reached.contains(a.id())) {
                    continue;
                }
                if (a.role() == ActorRole.MEMBER) {
                    members.add(a.id());
                    if (a.kind().isPresent()) {
                        if (!kinds.contains(a.kind().get())) {
                            kinds.add(a.kind().get());
                        }
                    } else {
                        unkinded.add(a.id());
                    }
                } else if (a.role() == ActorRole.PARTNER || a.role() == ActorRole.FUNDER
                        || a.role() == ActorRole.BOUNDARY_PARTNER) {
                    others.add(a.id());
                }
            }
            rows.add(new NetworkLens.Diversity(p.id(), members, kinds, unkinded, others, structures, totalMembers));
        }
        return rows;
    }

    // ------------------------------------------------------------------ structures

    private static List<NetworkLens.StructureRow> structures(Theory theory, Map<String, NodeProgress> progress) {
        List<NetworkLens.StructureRow> rows = new ArrayList<>();
        for (Actor a : theory.actors().values()) {
            if (a.structure().isEmpty()) {
                continue;
            }
            List<String> served = theory.nodes().values().stream().filter(n -> n.actors().contains(a.id()))
                    .map(Node::id).toList();
            var s = a.structure().get();
            rows.add(new NetworkLens.StructureRow(a.id(), a.name(), s.kind().map(k -> k.label()).orElse(""), s.serves(),
                    s.members(), RollupRule.rollup(a.id(), a.name(), served, progress, List.of(), 0)));
        }
        return rows;
    }

    // ------------------------------------------------------------------ learning

    private static NetworkLens.Learning learning(Theory theory, LocalDate asOf) {
        Optional<LocalDate> since = Optional.empty();
        String sinceLabel = "";
        // the last version of the theory (`version "2.0" at DATE`, `changes { ... }`) dated by the as-of date
        for (org.tocworkbench.compiler.model.ChangeRecord change : theory.metadata().changeLog()) {
            if (change.date().isPresent() && change.date().get().dated() && !change.date().get().end().isAfter(asOf)
                    && (since.isEmpty() || change.date().get().end().isAfter(since.get()))) {
                since = Optional.of(change.date().get().end());
                sinceLabel = "version " + change.version();
            }
        }
        for (EvaluationPoint point : since.isPresent() ? List.<EvaluationPoint>of() : theory.metadata().points()) {
            if (point.date().dated() && !point.date().end().isAfter(asOf)
                    && (since.isEmpty() || point.date().end().isAfter(since.get()))) {
                since = Optional.of(point.date().end());
                sinceLabel = point.label().isEmpty() ? point.name() : point.label();
            }
        }
        if (since.isEmpty() && theory.metadata().periodStart() != null) {
            since = Optional.of(theory.metadata().periodStart().start());
            sinceLabel = "the start of the period";
        }
        List<String> undated = new ArrayList<>();
        LocalDate first = null;
        for (Assumption a : theory.assumptions().values()) {
            for (Evidence ev : a.evidence()) {
                if (ev.date() == null || !ev.date().dated()) {
                    if (!undated.contains(a.id())) {
                        undated.add(a.id());
                    }
                } else if (first == null || ev.date().end().isBefore(first)) {
                    first = ev.date().end();
                }
            }
        }
        int fromYear = theory.metadata().periodStart() != null ? theory.metadata().periodStart().start().getYear()
                : first != null ? first.getYear() : asOf.getYear();
        List<LocalDate> dates = new ArrayList<>();
        for (int year = fromYear; year < asOf.getYear(); year++) {
            dates.add(LocalDate.of(year, 12, 31));
        }
        dates.add(asOf);
        List<NetworkLens.TimePoint> timeline = new ArrayList<>();
        for (LocalDate date : dates) {
            Map<EvidenceStatus, Integer> counts = new EnumMap<>(EvidenceStatus.class);
            for (EvidenceStatus s : EvidenceStatus.values()) {
                counts.put(s, 0);
            }
            for (Assumption a : theory.assumptions().values()) {
                counts.merge(statusAt(a, date), 1, Integer::sum);
            }
            timeline.add(new NetworkLens.TimePoint(date, counts));
        }
        List<NetworkLens.Changed> changed = new ArrayList<>();
        for (Assumption a : theory.assumptions().values()) {
            EvidenceStatus status = status(a);
            if (status != EvidenceStatus.CONTESTED && status != EvidenceStatus.REFUTED) {
                continue;
            }
            Evidence latest = null;
            for (Evidence ev : a.evidence()) {
                if (ev.date() != null && ev.date().dated() && !ev.date().end().isAfter(asOf)
                        && (since.isEmpty() || ev.date().end().isAfter(since.get()))
                        && (latest == null || ev.date().end().isAfter(latest.date().end()))) {
                    latest = ev;
                }
            }
            if (latest != null) {
                changed.add(new NetworkLens.Changed(a.id(), a.text(), status, latest.date().end(),
                        latest.note().isEmpty() ? latest.source() : latest.source() + ": " + latest.note()));
            }
        }
        return new NetworkLens.Learning(timeline, since, sinceLabel, changed, undated);
    }

    private static EvidenceStatus status(Assumption a) {
        return a.status() == null ? EvidenceStatus.UNTESTED : a.status();
    }

    /**
     * An assumption's status at a date: untested until its first dated evidence, its declared status
     * from then on (the theory records one status, not its history). Without dated evidence, its
     * declared status throughout.
     */
    private static EvidenceStatus statusAt(Assumption a, LocalDate date) {
        boolean anyDated = false;
        for (Evidence ev : a.evidence()) {
            if (ev.date() != null && ev.date().dated()) {
                anyDated = true;
                if (!ev.date().end().isAfter(date)) {
                    return status(a);
                }
            }
        }
        return anyDated ? EvidenceStatus.UNTESTED : status(a);
    }
}
