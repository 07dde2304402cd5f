package org.tocworkbench.compiler.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * A compiled theory of change: everything declared in a file and its imports, names resolved,
 * in declaration order. Immutable.
 *
 * @param pathways    declared pathways, or the derived ones when none is declared
 * @param transitions the {@code transition} statements, each with the links it covers
 * @param sources     the files read, the root first
 * @param records     the {@code records} declarations, by name (docs/records.md)
 * @param computations how indicators computed from records are computed, by indicator id
 * @param network     the primary and secondary functions and the backbone roles the network declares
 */
public record Theory(Metadata metadata, Map<String, Actor> actors, Map<String, Node> nodes, List<Link> links,
                     Map<String, Assumption> assumptions, Map<String, Indicator> indicators, List<Pathway> pathways,
                     List<Transition> transitions, List<DataBinding> data, List<SourceFile> sources,
                     Map<String, RecordSource> records, Map<String, Computation> computations,
                     NetworkPurpose network) {
    public Theory(Metadata metadata, Map<String, Actor> actors, Map<String, Node> nodes, List<Link> links,
                  Map<String, Assumption> assumptions, Map<String, Indicator> indicators, List<Pathway> pathways,
                  List<Transition> transitions, List<DataBinding> data, List<SourceFile> sources,
                  Map<String, RecordSource> records, Map<String, Computation> computations) {
        this(metadata, actors, nodes, links, assumptions, indicators, pathways, transitions, data, sources, records,
                computations, NetworkPurpose.NONE);
    }

    public Theory {
        network = network == null ? NetworkPurpose.NONE : network;
        actors = freeze(actors);
        nodes = freeze(nodes);
        links = List.copyOf(links);
        assumptions = freeze(assumptions);
        indicators = freeze(indicators);
        pathways = List.copyOf(pathways);
        transitions = List.copyOf(transitions);
        data = List.copyOf(data);
        sources = List.copyOf(sources);
        records = freeze(records);
        computations = freeze(computations);
    }

    /** A theory without records or computed indicators. */
    public Theory(Metadata metadata, Map<String, Actor> actors, Map<String, Node> nodes, List<Link> links,
                  Map<String, Assumption> assumptions, Map<String, Indicator> indicators, List<Pathway> pathways,
                  List<Transition> transitions, List<DataBinding> data, List<SourceFile> sources) {
        this(metadata, actors, nodes, links, assumptions, indicators, pathways, transitions, data, sources, Map.of(),
                Map.of());
    }

    /** How an indicator is computed from records, if it is. */
    public Optional<Computation> computation(String indicatorId) {
        return Optional.ofNullable(computations.get(indicatorId));
    }

    private static <V> Map<String, V> freeze(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /**
     * True when every actor a result names ({@code by} and {@code owner}) is a backbone actor, and it
     * names at least one: the result rests on the backbone alone (docs/network.md).
     */
    public boolean restsOnBackboneAlone(Node node) {
        List<String> named = node.actors();
        return !named.isEmpty() && named.stream().allMatch(id -> actors.containsKey(id) && actors.get(id).backbone());
    }

    /** The impact nodes (normally one). */
    public List<Node> impacts() {
        return nodes.values().stream().filter(n -> n.kind() == NodeKind.IMPACT).toList();
    }

    public Theory withPathways(List<Pathway> newPathways) {
        return new Theory(metadata, actors, nodes, links, assumptions, indicators, newPathways, transitions, data, sources,
                records, computations, network);
    }
}
