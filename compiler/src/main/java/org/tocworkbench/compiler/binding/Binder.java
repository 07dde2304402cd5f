package org.tocworkbench.compiler.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.ChangeLevel;
import org.tocworkbench.compiler.model.ChangeRecord;
import org.tocworkbench.compiler.model.ActorRole;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.CodeMapping;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.EvaluationPoint;
import org.tocworkbench.compiler.model.Evidence;
import org.tocworkbench.compiler.model.Growth;
import org.tocworkbench.compiler.model.GrowthPeriod;
import org.tocworkbench.compiler.model.EvidenceStatus;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.Horizon;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.IndicatorPlan;
import org.tocworkbench.compiler.model.IndicatorCode;
import org.tocworkbench.compiler.model.Layout;
import org.tocworkbench.compiler.model.Level;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.LinkKind;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.compiler.model.ReportingOrganisation;
import org.tocworkbench.compiler.model.Population;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.Transition;
import org.tocworkbench.compiler.model.Unit;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.compiler.model.Value;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Binds the ASTs of a file and its imports into one {@link Theory}: declares every identifier in
 * one namespace, reads properties into typed values, resolves references, and expands link
 * statements. Problems are reported and the offending piece is left out; binding always
 * completes.
 */
public final class Binder {
    private static final List<String> COLUMN_ROLES = List.of("indicator", "title", "period", "value", "disaggregation",
            "comment");

    private final Diagnostics diagnostics;
    private final RecordsBinder recordsBinder;
    private final NetworkBinder network;
    private final Map<String, Computation> computations = new LinkedHashMap<>();
    private final Map<String, Declared> declared = new LinkedHashMap<>();
    private static final int SUGGESTION_BUDGET = 100;
    private final Map<String, Optional<String>> suggestions = new java.util.HashMap<>();
    private final Map<String, List<String>> candidatesByKinds = new java.util.HashMap<>();
    /** Reads dates, relative ones included; set once the theory block is read. */
    private DateResolver dates;
    /** The indicators bound so far, for the code tables of data blocks. */
    private final Map<String, Indicator> boundIndicators = new LinkedHashMap<>();

    /** What an identifier names, and where. */
    private record Declared(String kind, Span span) {
    }

    public Binder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.recordsBinder = new RecordsBinder(diagnostics);
        this.network = new NetworkBinder(diagnostics, this::resolve);
    }

    public Theory bind(List<Ast.File> files) {
        List<Ast.Statement> statements = new ArrayList<>();
        files.forEach(f -> statements.addAll(f.statements()));
        declareAll(statements);

        Metadata metadata = metadata(files.isEmpty() ? List.of() : files.get(0).statements(), files);
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Assumption> assumptions = new LinkedHashMap<>();
        Map<String, Indicator> indicators = boundIndicators;
        Map<String, List<String>> indicatorsBySubject = new LinkedHashMap<>();
        Map<String, List<String>> nestedAssumptionsByNode = new LinkedHashMap<>();

        // Indicators first, so that nodes and assumptions can list theirs.
        for (Ast.Statement s : statements) {
            if (s instanceof Ast.NodeDecl n) {
                n.indicators().forEach(i -> indicator(i, n.id().text(), indicators, indicatorsBySubject));
                for (Ast.AssumptionDecl a : n.assumptions()) {
                    a.indicators().forEach(i -> indicator(i, a.id().text(), indicators, indicatorsBySubject));
                    nestedAssumptionsByNode.computeIfAbsent(n.id().text(), k -> new ArrayList<>()).add(a.id().text());
                }
            } else if (s instanceof Ast.AssumptionDecl a) {
                a.indicators().forEach(i -> indicator(i, a.id().text(), indicators, indicatorsBySubject));
            } else if (s instanceof Ast.IndicatorDecl i) {
                {
                    if (i.target() == null) {
                        diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, i.id().span(),
                                        "indicator `" + i.id().text() + "` does not say what it measures")
                                .label("a top-level indicator needs `for` and a node or assumption")
                                .help("write `indicator " + i.id().text() + " \"...\" for O1 { ... }`, or declare it inside the node's block")
                                .build());
                    } else if (resolve(i.target(), "a node or an assumption", "node", "assumption")) {
                        indicator(i, i.target().text(), indicators, indicatorsBySubject);
                    }
                }
            }
        }
        for (Ast.Statement s : statements) {
            if (s instanceof Ast.ActorDecl a && isFirstDeclaration(a.id())) {
                actors.put(a.id().text(), actor(a));
            } else if (s instanceof Ast.NodeDecl n) {
                if (isFirstDeclaration(n.id())) {
                    nodes.put(n.id().text(), node(n, indicatorsBySubject, nestedAssumptionsByNode));
                }
                for (Ast.AssumptionDecl a : n.assumptions()) {
                    if (isFirstDeclaration(a.id())) {
                        assumptions.put(a.id().text(), assumption(a, indicatorsBySubject));
                    }
                }
            } else if (s instanceof Ast.AssumptionDecl a && isFirstDeclaration(a.id())) {
                assumptions.put(a.id().text(), assumption(a, indicatorsBySubject));
            }
        }
        Map<String, Link> links = new LinkedHashMap<>();
        List<Pathway> pathways = new ArrayList<>();
        List<DataBinding> data = new ArrayList<>();
        Map<String, RecordSource> records = new LinkedHashMap<>();
        for (Ast.Statement s : statements) {
            if (s instanceof Ast.LinkStmt l) {
                links(l, links);
            }
        }
        // Pathways after every link, wherever they stand, so that they find the links declared after them.
        for (Ast.Statement s : statements) {
            if (s instanceof Ast.PathwayDecl p) {
                pathway(p, pathways, links);
            } else if (s instanceof Ast.DataDecl d) {
                data(d).ifPresent(data::add);
            } else if (s instanceof Ast.RecordsDecl r && isFirstDeclaration(r.id())) {
                recordsBinder.records(r).ifPresent(source -> records.put(source.id(), source));
            }
        }
        new DuplicateCodes(diagnostics).check(indicators, data);
        // Transitions last, so that they cover the links pathways add as well.
        List<Transition> transitions = new ArrayList<>();
        for (Ast.Statement s : statements) {
            if (s instanceof Ast.TransitionStmt t) {
                transition(t, nodes, links).ifPresent(transitions::add);
            }
        }
        List<SourceFile> sources = files.stream().map(Ast.File::source).toList();
        return new Theory(metadata, actors, network.finish(nodes, actors), new ArrayList<>(links.values()), assumptions,
                indicators, pathways, transitions, data, sources, records, computations, network.purpose());
    }

    // ------------------------------------------------------------------ declarations

    private void declareAll(List<Ast.Statement> statements) {
        for (Ast.Statement s : statements) {
            if (s instanceof Ast.ActorDecl a) {
                declare(a.id(), "actor");
            } else if (s instanceof Ast.NodeDecl n) {
                declare(n.id(), "node");
                n.indicators().forEach(this::declareIndicator);
                for (Ast.AssumptionDecl a : n.assumptions()) {
                    declare(a.id(), "assumption");
                    a.indicators().forEach(this::declareIndicator);
                }
            } else if (s instanceof Ast.IndicatorDecl i) {
                declareIndicator(i);
            } else if (s instanceof Ast.AssumptionDecl a) {
                declare(a.id(), "assumption");
                a.indicators().forEach(this::declareIndicator);
            } else if (s instanceof Ast.RecordsDecl r) {
                declare(r.id(), "records");
            }
        }
    }

    /** An indicator and its parts, each part as {@code INDICATOR.PART}. */
    private void declareIndicator(Ast.IndicatorDecl i) {
        declare(i.id(), "indicator");
        i.parts().forEach(part -> declare(partId(i, part), "indicator"));
    }

    /** A part's identifier, {@code OP2_1.rooms}, spanning the part's own name. */
    private static Ast.Name partId(Ast.IndicatorDecl composite, Ast.IndicatorDecl part) {
        return new Ast.Name(composite.id().text() + "." + part.id().text(), part.id().span());
    }

    private void declare(Ast.Name id, String kind) {
        Declared previous = declared.get(id.text());
        if (previous != null) {
            diagnostics.add(Diagnostic.of(Code.DUPLICATE_NAME, id.span(), "`" + id.text() + "` is declared twice")
                    .label("second declaration")
                    .note("first declared as " + article(previous.kind()) + " at " + previous.span())
                    .help("give each node, actor, assumption and indicator its own identifier")
                    .build());
            return;
        }
        declared.put(id.text(), new Declared(kind, id.span()));
    }

    private boolean isFirstDeclaration(Ast.Name id) {
        Declared d = declared.get(id.text());
        return d != null && d.span().equals(id.span());
    }

    /** Checks that a name is declared and of one of the expected kinds; reports and returns false otherwise. */
    private boolean resolve(Ast.Name name, String expected, String... kinds) {
        Declared d = declared.get(name.text());
        if (d == null) {
            Diagnostic.Builder builder = Diagnostic.of(Code.UNDEFINED_NAME, name.span(),
                            "undefined identifier `" + name.text() + "`")
                    .label("not declared anywhere");
            Optional<String> suggestion = suggestion(name.text(), kinds);
            if (suggestion.isPresent()) {
                builder.suggest(suggestion.get());
            } else {
                builder.help("declare it, e.g. `" + exampleDeclaration(kinds[0], name.text()) + "`");
            }
            diagnostics.add(builder.build());
            return false;
        }
        if (!List.of(kinds).contains(d.kind())) {
            diagnostics.add(Diagnostic.of(Code.WRONG_KIND_OF_NAME, name.span(),
                            "`" + name.text() + "` is " + article(d.kind()) + ", not " + expected)
                    .label("expected " + expected + " here")
                    .note("`" + name.text() + "` is declared at " + d.span())
                    .build());
            return false;
        }
        return true;
    }

    /**
     * The declared name of one of these kinds closest to an undefined one. Suggestions cost a
     * comparison with every declared name, so they are remembered per name and given for the
     * first {@value #SUGGESTION_BUDGET} undefined names only: a file whose declarations were all
     * lost (a failed import, a find-and-replace accident) must not take minutes.
     */
    private Optional<String> suggestion(String undefined, String... kinds) {
        String key = String.join(",", kinds) + ":" + undefined;
        Optional<String> known = suggestions.get(key);
        if (known != null) {
            return known;
        }
        if (suggestions.size() >= SUGGESTION_BUDGET) {
            return Optional.empty();
        }
        List<String> candidates = candidatesByKinds.computeIfAbsent(String.join(",", kinds), k -> declared.entrySet()
                .stream().filter(e -> List.of(kinds).contains(e.getValue().kind())).map(Map.Entry::getKey).toList());
        Optional<String> found = Suggestions.closest(undefined, candidates);
        suggestions.put(key, found);
        return found;
    }

    private static String exampleDeclaration(String kind, String id) {
        return switch (kind) {
            case "actor" -> "actor " + id + " \"Name\" role member";
            case "assumption" -> "assumption " + id + " \"What must hold\"";
            case "records" -> "records " + id + " \"survey.xlsx\" { }";
            default -> "outcome " + id + " \"What changes\"";
        };
    }

    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private List<String> resolved(List<Ast.Name> names, String expected, String... kinds) {
        List<String> ids = new ArrayList<>();
        for (Ast.Name n : names) {
            if (resolve(n, expected, kinds) && !ids.contains(n.text())) {
                ids.add(n.text());
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ metadata

    private Metadata metadata(List<Ast.Statement> rootStatements, List<Ast.File> files) {
        List<Ast.TheoryDecl> blocks = rootStatements.stream()
                .filter(Ast.TheoryDecl.class::isInstance).map(Ast.TheoryDecl.class::cast).toList();
        if (blocks.isEmpty()) {
            dates = new DateResolver(null, null, diagnostics);
            return Metadata.EMPTY;
        }
        for (int i = 1; i < blocks.size(); i++) {
            diagnostics.add(Diagnostic.of(Code.DUPLICATE_NAME, blocks.get(i).title().span(),
                            "the theory is described twice")
                    .label("second `theory` block")
                    .note("the first is at " + blocks.get(0).span())
                    .help("keep one `theory` block per file")
                    .build());
        }
        Ast.TheoryDecl t = blocks.get(0);
        PropertyReader p = new PropertyReader(t.props(), diagnostics);
        List<String> authors = new ArrayList<>();
        p.all("authors").forEach(a -> a.args().forEach(arg -> authors.add(PropertyReader.argText(arg))));
        PeriodDate start = null;
        PeriodDate end = null;
        Optional<Ast.Prop> period = p.single("period");
        if (period.isPresent() && period.get().args().size() == 2) {
            start = PropertyReader.date(period.get().args().get(0), diagnostics);
            end = PropertyReader.date(period.get().args().get(1), diagnostics);
        }
        dates = new DateResolver(start, end, diagnostics);
        List<EvaluationPoint> points = dates.declare(p.all("point"));
        Optional<Ast.Prop> asOfProp = p.single("as of").filter(a -> !a.args().isEmpty());
        PeriodDate asOf = asOfProp.map(a -> dates.resolve(a.args().get(0))).filter(PeriodDate::dated).orElse(null);
        Optional<Ast.Name> ceiling = p.name("ceiling");
        network.theory(t, p);
        PublishingBinder publishing = new PublishingBinder(diagnostics);
        Optional<Ast.Prop> identifierProp = publishing.identifier(p);
        Optional<String> identifier = PublishingBinder.identifierText(identifierProp);
        Span identifierSpan = PublishingBinder.identifierSpan(identifierProp);
        Optional<ReportingOrganisation> reportingOrg = publishing.reportingOrg(p);
        publishing.check(identifier, identifierSpan, reportingOrg);
        return new Metadata(t.title().value(), p.text("version").orElse(""), authors, start, end, asOf,
                ceiling.map(Ast.Name::text).orElse(null), ceiling.map(Ast.Name::span).orElse(Span.none()),
                p.text("description").orElse(""), t.span(), period.map(Ast.Prop::span).orElse(t.span()),
                asOfProp.map(Ast.Prop::span).orElse(t.span()), points,
                p.single("version").map(this::changeRecord).filter(ChangeRecord::saysWhenOrWhy),
                p.all("change").stream().map(this::changeRecord).toList(),
                identifier, identifierSpan, reportingOrg);
    }

    /** A version stamp: the version, then {@code at} date, {@code level} word, {@code because} text (AstBuilder). */
    private ChangeRecord changeRecord(Ast.Prop prop) {
        List<Ast.Arg> args = prop.args();
        String version = args.isEmpty() ? "" : PropertyReader.argText(args.get(0));
        Optional<PeriodDate> date = Optional.empty();
        Optional<ChangeLevel> level = Optional.empty();
        String reason = "";
        for (int i = 1; i + 1 < args.size(); i += 2) {
            if (!(args.get(i) instanceof Ast.Name marker)) {
                continue;
            }
            Ast.Arg value = args.get(i + 1);
            switch (marker.text()) {
                case "at" -> date = Optional.ofNullable(dates.resolve(value));
                case "level" -> level = value instanceof Ast.Name word
                        ? Optional.ofNullable(PropertyReader.keyword(word, ChangeLevel.class, "level of change", diagnostics))
                        : Optional.empty();
                case "because" -> reason = PropertyReader.argText(value);
                default -> {
                }
            }
        }
        return new ChangeRecord(version, date, level, reason, prop.span());
    }

    // ------------------------------------------------------------------ actors and nodes

    private Actor actor(Ast.ActorDecl a) {
        PropertyReader p = new PropertyReader(a.props(), diagnostics);
        ActorRole role = a.structure() ? null : p.keyword("role", ActorRole.class, "actor role");
        return network.actor(a, p, new Actor(a.id().text(), a.title().value(), role, p.text("description").orElse(""),
                p.functions(), a.span(), a.id().span()));
    }

    private Node node(Ast.NodeDecl n, Map<String, List<String>> indicatorsBySubject,
                      Map<String, List<String>> nestedAssumptions) {
        PropertyReader p = new PropertyReader(n.props(), diagnostics);
        NodeKind kind = NodeKind.fromKeyword(n.kindWord().text());
        Horizon horizon = p.keyword("horizon", Horizon.class, "horizon");
        if (horizon != null && kind != NodeKind.OUTCOME && kind != NodeKind.PRECONDITION) {
            Ast.Prop prop = p.single("horizon").orElseThrow();
            diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, prop.keySpan(),
                            "`horizon` applies to outcomes and preconditions, not to " + article(kind.word()))
                    .label("not used for " + article(kind.word()))
                    .help("remove it, or declare `" + n.id().text() + "` as an outcome")
                    .build());
            horizon = null;
        }
        List<String> contributors = resolved(p.names("by"), "an actor", "actor");
        String owner = p.name("owner").filter(o -> resolve(o, "an actor", "actor")).map(Ast.Name::text).orElse(null);
        List<String> assumptions = new ArrayList<>(resolved(p.names("assumes"), "an assumption", "assumption"));
        for (String nested : nestedAssumptions.getOrDefault(n.id().text(), List.of())) {
            if (!assumptions.contains(nested)) {
                assumptions.add(nested);
            }
        }
        Optional<String> label = p.text("label").map(String::strip).filter(l -> !l.isEmpty());
        return new Node(n.id().text(), kind, n.kindWord().text(), n.title().value(), label, p.text("description").orElse(""),
                horizon, contributors, owner, p.functions(), assumptions,
                indicatorsBySubject.getOrDefault(n.id().text(), List.of()), n.span(), n.id().span(), network.plays(p));
    }

    // ------------------------------------------------------------------ assumptions

    private Assumption assumption(Ast.AssumptionDecl a, Map<String, List<String>> indicatorsBySubject) {
        PropertyReader p = new PropertyReader(a.props(), diagnostics);
        Level risk = p.keyword("risk", Level.class, "risk level");
        EvidenceStatus status = p.keyword("status", EvidenceStatus.class, "evidence status");
        List<Evidence> evidence = new ArrayList<>();
        for (Ast.Prop e : p.all("evidence")) {
            String source = "";
            PeriodDate date = null;
            String note = "";
            for (Ast.Arg arg : e.args()) {
                if (arg instanceof Ast.DateLit || arg instanceof Ast.Num) {
                    date = dates.resolve(arg);
                } else if (source.isEmpty()) {
                    source = PropertyReader.argText(arg);
                } else {
                    note = PropertyReader.argText(arg);
                }
            }
            evidence.add(new Evidence(source, date, note, e.span()));
        }
        return new Assumption(a.id().text(), a.title().value(), p.text("description").orElse(""), risk,
                status == null ? EvidenceStatus.UNTESTED : status, evidence,
                indicatorsBySubject.getOrDefault(a.id().text(), List.of()), a.span(), a.id().span());
    }

    // ------------------------------------------------------------------ indicators

    private void indicator(Ast.IndicatorDecl i, String subject, Map<String, Indicator> indicators,
                           Map<String, List<String>> bySubject) {
        if (!isFirstDeclaration(i.id())) {
            return;
        }
        if (i.target() != null && !subject.equals(i.target().text())) {
            diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, i.target().span(),
                            "`for` is only for indicators declared outside a node")
                    .label("this indicator already belongs to `" + subject + "`")
                    .help("remove `for " + i.target().text() + "`")
                    .build());
        }
        List<String> partIds = new ArrayList<>();
        for (Ast.IndicatorDecl part : i.parts()) {
            if (isFirstDeclaration(partId(i, part))) {
                partIds.add(partId(i, part).text());
            }
        }
        Indicator indicator = read(i, i.id().text(), subject, partIds, Optional.empty());
        indicators.put(indicator.id(), indicator);
        bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(indicator.id());
        // The parts follow their composite, so that every listing shows them together.
        for (Ast.IndicatorDecl part : i.parts()) {
            Ast.Name id = partId(i, part);
            if (!isFirstDeclaration(id)) {
                continue;
            }
            for (Ast.IndicatorDecl nested : part.parts()) {
                diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, nested.id().span(),
                                "a part cannot have parts of its own")
                        .label("inside part `" + id.text() + "`")
                        .help("list every part directly in the composite indicator `" + i.id().text() + "`")
                        .build());
            }
            indicators.put(id.text(), read(part, id.text(), subject, List.of(), Optional.of(i.id().text())));
        }
    }

    /** Reads one indicator or part from its properties. */
    private Indicator read(Ast.IndicatorDecl i, String id, String subject, List<String> parts, Optional<String> partOf) {
        PropertyReader p = new PropertyReader(i.props(), diagnostics);
        Unit unit = unit(p);
        Measurement baseline = p.single("baseline").map(b -> measurement(b)).orElse(null);
        Measurement target = p.single("target").map(t -> measurement(t)).orElse(null);
        List<Measurement> milestones = new ArrayList<>();
        for (Ast.Prop m : p.all("milestone")) {
            Measurement measurement = measurement(m);
            if (measurement != null) {
                milestones.add(measurement);
            }
        }
        Optional<Population> population = population(p, unit);
        if (unit.kind() == UnitKind.COUNT && !p.has("unit") && population.isEmpty() && baseline != null
                && baseline.value().kind() == Value.Kind.PERCENT) {
            unit = new Unit(UnitKind.PERCENT, "", List.of());
        }
        Optional<Growth> growth = growth(p, unit);
        Direction direction = p.keyword("direction", Direction.class, "direction");
        boolean inferred = false;
        if (direction == null && !p.has("direction") && baseline != null && target != null) {
            OptionalDouble b = Indicator.numeric(unit, population, baseline.value());
            OptionalDouble t = Indicator.numeric(unit, population, target.value());
            if (b.isPresent() && t.isPresent()) {
                int compare = Double.compare(t.getAsDouble(), b.getAsDouble());
                direction = compare > 0 ? Direction.INCREASE : compare < 0 ? Direction.DECREASE : Direction.MAINTAIN;
                inferred = true;
            }
        }
        if (direction == null && !p.has("direction") && target == null && growth.isPresent()
                && growth.get().amount() != 0) {
            direction = growth.get().rising() ? Direction.INCREASE : Direction.DECREASE;
            inferred = true;
        }
        boolean cumulative = p.has("cumulative");
        if (cumulative && p.has("snapshot")) {
            diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, p.single("snapshot").orElseThrow().keySpan(),
                            "an indicator is either `cumulative` or `snapshot`, not both")
                    .label("contradicts `cumulative`")
                    .help("keep `cumulative` when each period adds to a running total, `snapshot` when each value stands alone")
                    .build());
        }
        Aggregation aggregation = p.keyword("aggregation", Aggregation.class, "aggregation");
        if (aggregation == null) {
            aggregation = cumulative ? Aggregation.SUM : Aggregation.LATEST;
        }
        List<String> disaggregations = new ArrayList<>();
        List<Ast.Arg> disaggregationArgs = new ArrayList<>();
        p.all("disaggregate").forEach(d -> d.args().forEach(arg -> {
            disaggregations.add(PropertyReader.argText(arg));
            disaggregationArgs.add(arg);
        }));
        recordsBinder.computation(i, p, disaggregationArgs, n -> resolve(n, "records", "records"))
                .ifPresent(c -> computations.put(c.indicatorId(), c));
        Frequency frequency = p.name("frequency").isPresent()
                ? p.keyword("frequency", Frequency.class, "frequency") : null;
        String responsible = p.name("responsible").filter(r -> resolve(r, "an actor", "actor"))
                .map(Ast.Name::text).orElse(null);
        IndicatorPlan plan = new IndicatorPlan(p.text("definition").orElse(""),
                p.single("threshold").filter(t -> !t.args().isEmpty()).map(t -> value(t.args().get(0))),
                p.text("method").orElse(""), p.name("responsible").isPresent() ? "" : p.text("responsible").orElse(""),
                p.name("frequency").isPresent() ? "" : p.text("frequency").orElse(""));
        return new Indicator(id, i.title().value(), p.text("description").orElse(""), subject,
                unit, direction, inferred, baseline, target, milestones, aggregation, cumulative, disaggregations,
                p.text("source").orElse(""), frequency, responsible, plan, i.span(), i.id().span(), codes(p, i),
                growth, population, parts, partOf);
    }

    /** {@code population 1200 "households"}: on count indicators only, a positive number. */
    private Optional<Population> population(PropertyReader p, Unit unit) {
        Optional<Ast.Prop> prop = p.single("population");
        if (prop.isEmpty() || prop.get().args().isEmpty()) {
            return Optional.empty();
        }
        Ast.Arg countArg = prop.get().args().get(0);
        if (unit.kind() != UnitKind.COUNT) {
            diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, prop.get().keySpan(),
                            "`population` applies to count indicators, not to " + unit.kind().word())
                    .label("the denominator of a count")
                    .help("count what is measured (`unit count \"households\"`) and write shares as percentages of"
                            + " the population: `target 80% by end`")
                    .build());
            return Optional.empty();
        }
        double count = countArg instanceof Ast.Num n && !n.percent() ? parseOr(n.text(), -1) : -1;
        if (!(count > 0) || count != Math.rint(count)) {
            diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, countArg.span(),
                            "`" + countArg.display() + "` is not a population")
                    .label("expected a whole number above 0")
                    .help("write how many there are in all, e.g. `population 1200 \"households\"`")
                    .build());
            return Optional.empty();
        }
        String label = prop.get().args().size() > 1 ? PropertyReader.argText(prop.get().args().get(1)) : "";
        return Optional.of(new Population(count, label, prop.get().span()));
    }

    /** {@code growth 30% per year} (compounding) or {@code growth 20 per quarter} (linear). */
    private Optional<Growth> growth(PropertyReader p, Unit unit) {
        Optional<Ast.Prop> prop = p.single("growth");
        if (prop.isEmpty() || prop.get().args().size() < 2) {
            return Optional.empty();
        }
        if (unit.kind() == UnitKind.BOOLEAN || unit.kind() == UnitKind.TEXT) {
            diagnostics.add(Diagnostic.of(Code.MISPLACED_PROPERTY, prop.get().keySpan(),
                            "`growth` applies to indicators with numbers, not to " + unit.kind().word())
                    .label("a " + unit.kind().word() + " value does not grow by a rate")
                    .help("give milestones instead, e.g. `milestone true by 2026`")
                    .build());
            return Optional.empty();
        }
        Ast.Arg amount = prop.get().args().get(0);
        if (!(amount instanceof Ast.Num n) || Double.isNaN(parseOr(n.text(), Double.NaN))) {
            diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, amount.span(), "`" + amount.display() + "` is not a rate of growth")
                    .label("expected a number or a percentage")
                    .help("write `growth 30% per year` (compounding) or `growth 20 per quarter` (the same amount each quarter)")
                    .build());
            return Optional.empty();
        }
        if (n.percent() && parseOr(n.text(), 0) <= -100) {
            diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, amount.span(), "a decline of " + n.display() + " leaves nothing")
                    .label("a compounding rate lies above -100%")
                    .build());
            return Optional.empty();
        }
        if (!(prop.get().args().get(1) instanceof Ast.Name perWord)) {
            return Optional.empty();
        }
        GrowthPeriod per = PropertyReader.keyword(perWord, GrowthPeriod.class, "growth period", diagnostics);
        if (per == null) {
            return Optional.empty();
        }
        return Optional.of(new Growth(parseOr(n.text(), 0), n.percent(), per,
                n.display() + " per " + perWord.text(), prop.get().span()));
    }

    private static double parseOr(String text, double otherwise) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The codes of every {@code code} line; a code limited to a file takes that file's path as data blocks do. */
    private List<IndicatorCode> codes(PropertyReader p, Ast.IndicatorDecl i) {
        List<IndicatorCode> codes = new ArrayList<>();
        for (Ast.Prop prop : p.all("code")) {
            List<Ast.Arg> args = prop.args();
            int in = args.size();
            for (int k = 0; k < args.size(); k++) {
                if (args.get(k) instanceof Ast.Name) {
                    in = k;
                }
            }
            Optional<String> file = Optional.empty();
            Optional<String> resolvedFile = Optional.empty();
            if (in < args.size() - 1) {
                Ast.Arg scope = args.get(in + 1);
                String written = PropertyReader.argText(scope).strip();
                if (written.isEmpty()) {
                    diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, scope.span(), "the code's data file is empty")
                            .label("which data file?")
                            .help("name the file as its data block does, e.g. `in \"monitoring.xlsx\"`, or leave out `in`")
                            .build());
                } else {
                    Optional<String> resolved = resolvedPath(scope.span(), written);
                    if (resolved.isPresent()) {
                        file = Optional.of(written);
                        resolvedFile = resolved;
                    }
                }
            }
            for (int k = 0; k < in; k++) {
                Ast.Arg arg = args.get(k);
                String code = PropertyReader.argText(arg).strip();
                if (code.isEmpty()) {
                    diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, arg.span(), "an empty code")
                            .label("no code between the quotes")
                            .help("write the code as the data source writes it, e.g. `code \"1.2\"`")
                            .build());
                    continue;
                }
                codes.add(new IndicatorCode(code, file, resolvedFile, arg.span()));
            }
        }
        return codes;
    }

    /** A data file's absolute path, relative to the .toc file it is written in; empty after reporting a bad name. */
    private Optional<String> resolvedPath(Span at, String file) {
        try {
            return Optional.of(at.source().directory().resolve(file).normalize().toString());
        } catch (java.nio.file.InvalidPathException e) {
            diagnostics.add(Diagnostic.of(Code.DATA_BINDING_INCOMPLETE, at,
                            "the data file's name holds a character no file name can have")
                    .label("not a file name")
                    .help("write the path of the workbook, relative to this .toc file")
                    .build());
            return Optional.empty();
        }
    }

    private Unit unit(PropertyReader p) {
        Optional<Ast.Prop> prop = p.single("unit");
        if (prop.isEmpty() || prop.get().args().isEmpty() || !(prop.get().args().get(0) instanceof Ast.Name word)) {
            return Unit.DEFAULT;
        }
        UnitKind kind = PropertyReader.keyword(word, UnitKind.class, "unit", diagnostics);
        if (kind == null) {
            return Unit.DEFAULT;
        }
        List<String> labels = prop.get().args().stream().skip(1).map(PropertyReader::argText).toList();
        if (kind == UnitKind.SCALE) {
            if (labels.size() < 2) {
                diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, prop.get().span(), "an ordinal scale needs its labels")
                        .label("no labels given")
                        .help("list the labels from lowest to highest: `unit scale \"none\", \"basic\", \"advanced\"`")
                        .build());
            }
            return new Unit(kind, "", labels);
        }
        return new Unit(kind, labels.isEmpty() ? "" : String.join(" ", labels), List.of());
    }

    private Measurement measurement(Ast.Prop prop) {
        if (prop.args().size() < 2) {
            return null;
        }
        Value value = value(prop.args().get(0));
        PeriodDate date = dates.resolve(prop.args().get(prop.args().size() - 1));
        return date == null ? null : new Measurement(value, date, prop.span());
    }

    private static Value value(Ast.Arg valueArg) {
        if (valueArg instanceof Ast.Num n) {
            return new Value(n.text(), n.percent() ? Value.Kind.PERCENT : Value.Kind.NUMBER, n.span());
        }
        if (valueArg instanceof Ast.Name n) {
            return new Value(n.text(), Value.Kind.WORD, n.span());
        }
        return new Value(PropertyReader.argText(valueArg), Value.Kind.TEXT, valueArg.span());
    }

    // ------------------------------------------------------------------ links and pathways

    private void links(Ast.LinkStmt statement, Map<String, Link> links) {
        PropertyReader p = new PropertyReader(statement.props(), diagnostics);
        LinkKind kind = p.keyword("kind", LinkKind.class, "link kind");
        Level strength = p.keyword("strength", Level.class, "strength");
        String rationale = p.text("rationale").orElse("");
        List<String> assumptions = resolved(p.names("assumes"), "an assumption", "assumption");
        boolean feedback = p.has("feedback");
        boolean inferred = p.has("inferred");
        String basis = p.single("inferred").filter(i -> !i.args().isEmpty())
                .map(i -> PropertyReader.argText(i.args().get(0))).orElse("");
        List<List<Ast.Name>> stages = statement.stages();
        for (List<Ast.Name> stage : stages) {
            stage.forEach(n -> resolve(n, "a node", "node"));
        }
        for (int s = 0; s + 1 < stages.size(); s++) {
            for (Ast.Name from : stages.get(s)) {
                for (Ast.Name to : stages.get(s + 1)) {
                    if (!isNode(from) || !isNode(to)) {
                        continue;
                    }
                    if (from.text().equals(to.text())) {
                        diagnostics.add(Diagnostic.of(Code.SELF_LINK, from.span().to(to.span()),
                                        "`" + from.text() + "` is linked to itself")
                                .label("a result cannot lead to itself")
                                .build());
                        continue;
                    }
                    Link link = new Link(from.text(), to.text(), kind, strength, rationale, assumptions, feedback,
                            inferred, basis, List.of(), from.span().to(to.span()), from.span(), to.span());
                    Link previous = links.get(link.key());
                    if (previous != null) {
                        diagnostics.add(Diagnostic.of(Code.DUPLICATE_LINK, link.span(),
                                        "`" + link.key() + "` is declared twice")
                                .label("already declared at " + previous.span())
                                .help("declare each link once; put its rationale and assumptions in one block")
                                .build());
                        links.put(link.key(), merge(previous, link));
                    } else {
                        links.put(link.key(), link);
                    }
                }
            }
        }
    }

    private static Link merge(Link first, Link second) {
        List<String> assumptions = new ArrayList<>(first.assumptions());
        second.assumptions().stream().filter(a -> !assumptions.contains(a)).forEach(assumptions::add);
        return new Link(first.from(), first.to(), first.kind() != null ? first.kind() : second.kind(),
                first.strength() != null ? first.strength() : second.strength(),
                first.rationale().isEmpty() ? second.rationale() : first.rationale(), assumptions,
                first.feedback() || second.feedback(), first.inferred() && second.inferred(),
                first.inferredBasis().isEmpty() ? second.inferredBasis() : first.inferredBasis(), List.of(),
                first.span(), first.fromSpan(), first.toSpan());
    }

    /**
     * A {@code transition}: resolves both ends and the assumptions, and records the assumptions on
     * every declared link from a node of the first end to a node of the second. A transition that
     * covers no link is reported (TOC223): it is most likely a slip in a kind or an id.
     */
    private Optional<Transition> transition(Ast.TransitionStmt t, Map<String, Node> nodes, Map<String, Link> links) {
        Optional<Transition.End> from = transitionEnd(t.from());
        Optional<Transition.End> to = transitionEnd(t.to());
        List<String> assumptions = resolved(t.assumptions(), "an assumption", "assumption");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        List<String> covered = new ArrayList<>();
        for (Map.Entry<String, Link> e : links.entrySet()) {
            Link link = e.getValue();
            Node a = nodes.get(link.from());
            Node b = nodes.get(link.to());
            if (a != null && b != null && from.get().matches(a) && to.get().matches(b)) {
                covered.add(e.getKey());
                e.setValue(link.withTransitionAssumptions(assumptions));
            }
        }
        Transition transition = new Transition(from.get(), to.get(), covered, assumptions, t.span());
        if (covered.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.TRANSITION_WITHOUT_LINKS, t.from().span().to(t.to().span()),
                            "transition `" + transition.display() + "` covers no link")
                    .label("no declared link runs from " + describe(from.get()) + " to " + describe(to.get()))
                    .help("declare the links first, e.g. `" + example(from.get()) + " -> " + example(to.get())
                            + "`, or correct the kinds or ids")
                    .build());
        }
        return Optional.of(transition);
    }

    private static String describe(Transition.End end) {
        return end.kind().map(k -> article(k.word())).orElseGet(() -> "`" + end.display() + "`");
    }

    private static String example(Transition.End end) {
        return end.kind().map(k -> k.word().toUpperCase(Locale.ROOT).substring(0, 2) + "1")
                .orElseGet(() -> end.nodes().isEmpty() ? "A" : end.nodes().get(0));
    }

    private Optional<Transition.End> transitionEnd(Ast.TransitionEnd end) {
        if (end.kind().isPresent()) {
            return Optional.of(new Transition.End(Optional.of(NodeKind.fromKeyword(end.kind().get().text())), List.of()));
        }
        List<String> ids = resolved(end.names(), "a node", "node");
        return ids.size() == end.names().size() ? Optional.of(new Transition.End(Optional.empty(), ids)) : Optional.empty();
    }

    private boolean isNode(Ast.Name name) {
        Declared d = declared.get(name.text());
        return d != null && d.kind().equals("node");
    }

    private void pathway(Ast.PathwayDecl decl, List<Pathway> pathways, Map<String, Link> links) {
        PropertyReader p = new PropertyReader(decl.props(), diagnostics);
        String id = decl.id() != null ? decl.id().text() : slug(decl.title().value());
        for (Pathway existing : pathways) {
            if (existing.title().equals(decl.title().value())) {
                diagnostics.add(Diagnostic.of(Code.DUPLICATE_PATHWAY, decl.title().span(),
                                "pathway \"" + decl.title().value() + "\" is declared twice")
                        .label("same title as the pathway at " + existing.span())
                        .help("give each pathway its own title")
                        .build());
                return;
            }
            if (existing.id().equals(id)) {
                Span at = decl.id() != null ? decl.id().span() : decl.title().span();
                diagnostics.add(Diagnostic.of(Code.DUPLICATE_PATHWAY, at, "two pathways have the identifier `" + id + "`")
                        .label("the pathway \"" + existing.title() + "\" at " + existing.span() + " has it too")
                        .help(decl.id() != null ? "give this pathway another identifier"
                                : "a pathway without an identifier takes one from its title; write one after `pathway`")
                        .build());
                return;
            }
        }
        List<String> members = new ArrayList<>();
        List<String> chainLinks = new ArrayList<>();
        for (List<Ast.Name> chain : decl.chains()) {
            for (Ast.Name n : chain) {
                if (resolve(n, "a node", "node") && !members.contains(n.text())) {
                    members.add(n.text());
                }
            }
            for (int k = 0; k + 1 < chain.size(); k++) {
                Ast.Name from = chain.get(k);
                Ast.Name to = chain.get(k + 1);
                if (!isNode(from) || !isNode(to) || from.text().equals(to.text())) {
                    continue;
                }
                String key = from.text() + " -> " + to.text();
                if (!links.containsKey(key)) {
                    Link added = new Link(from.text(), to.text(), null, null, "", List.of(), false, false, "",
                            List.of(), from.span().to(to.span()), from.span(), to.span());
                    links.put(key, added);
                    diagnostics.add(Diagnostic.of(Code.LINK_ONLY_IN_PATHWAY, added.span(),
                                    "`" + key + "` is declared only in pathway \"" + decl.title().value() + "\"")
                            .label("the pathway adds this link to the theory")
                            .help("declare it with its rationale, e.g. `" + key + " { rationale \"...\" }`, "
                                    + "or correct the pathway if the name is a slip")
                            .build());
                }
                if (!chainLinks.contains(key)) {
                    chainLinks.add(key);
                }
            }
        }
        for (String member : resolved(p.names("members"), "a node", "node")) {
            if (!members.contains(member)) {
                members.add(member);
            }
        }
        pathways.add(new Pathway(id, decl.title().value(), p.text("description").orElse(""), members, chainLinks,
                p.functions(), false, decl.span()));
    }

    /** "Policy route" → "policy-route": a stable id for pathways declared with a title only. */
    public static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "pathway" : slug;
    }

    // ------------------------------------------------------------------ data binding

    private Optional<DataBinding> data(Ast.DataDecl d) {
        PropertyReader p = new PropertyReader(d.props(), diagnostics);
        String file = d.file() != null ? d.file().value() : p.text("file").orElse(null);
        if (d.file() != null && p.has("file")) {
            diagnostics.add(Diagnostic.of(Code.DATA_BINDING_INCOMPLETE, p.single("file").orElseThrow().keySpan(),
                            "the data file is named twice")
                    .label("already named after `data`")
                    .help("name the file once, either `data \"file.xlsx\" { ... }` or `file \"file.xlsx\"` inside the block")
                    .build());
        }
        if (file == null || file.isBlank()) {
            diagnostics.add(Diagnostic.of(Code.DATA_BINDING_INCOMPLETE, d.span().source().span(d.span().start(),
                                    d.span().start() + 4), "the data block does not name a file")
                    .label("which workbook?")
                    .help("write `data \"monitoring.xlsx\" { ... }`")
                    .build());
            return Optional.empty();
        }
        Layout layout = p.keyword("layout", Layout.class, "layout");
        int headerRow = 0;
        int headerRowEnd = 0;
        Optional<Ast.Prop> header = p.single("header").filter(h -> !h.args().isEmpty());
        if (header.isPresent()) {
            List<Ast.Arg> args = header.get().args();
            headerRow = positiveInt(args.get(0), "a header row");
            headerRowEnd = args.size() > 1 ? positiveInt(args.get(1), "a header row") : 0;
            if (headerRowEnd != 0 && headerRowEnd < headerRow) {
                diagnostics.add(Diagnostic.of(Code.DATA_BINDING_INCOMPLETE, header.get().span(),
                                "the header ends before it starts")
                        .label("row " + headerRowEnd + " comes before row " + headerRow)
                        .help("write the first header row first: `header rows " + headerRowEnd + " to " + headerRow + "`")
                        .build());
                headerRowEnd = 0;
            }
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (Ast.Prop column : p.all("column")) {
            Ast.Name role = (Ast.Name) column.args().get(0);
            String canonical = role.text().equals("group") ? "disaggregation" : role.text();
            if (!COLUMN_ROLES.contains(canonical)) {
                Diagnostic.Builder b = Diagnostic.of(Code.INVALID_VALUE, role.span(), "unknown column role `" + role.text() + "`")
                        .label("expected one of " + String.join(", ", COLUMN_ROLES));
                Suggestions.closest(role.text(), COLUMN_ROLES).ifPresent(b::suggest);
                diagnostics.add(b.build());
                continue;
            }
            if (columns.containsKey(canonical)) {
                diagnostics.add(Diagnostic.of(Code.REPEATED_PROPERTY, role.span(),
                                "the " + canonical + " column is named twice")
                        .label("this one replaces \"" + columns.get(canonical) + "\"")
                        .build());
            }
            columns.put(canonical, PropertyReader.argText(column.args().get(1)));
        }
        int fiscalStart = 1;
        Optional<Ast.Prop> fiscal = p.single("fiscal year");
        if (fiscal.isPresent() && !fiscal.get().args().isEmpty()) {
            fiscalStart = Months.month(fiscal.get().args().get(0), diagnostics);
        }
        boolean decimalComma = false;
        Optional<Ast.Name> decimal = p.name("decimal");
        if (decimal.isPresent()) {
            switch (decimal.get().text()) {
                case "comma" -> decimalComma = true;
                case "point", "dot" -> decimalComma = false;
                default -> diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, decimal.get().span(),
                                "unknown decimal separator `" + decimal.get().text() + "`")
                        .label("expected `comma` or `point`")
                        .build());
            }
        }
        String periodColumns = p.text("period columns").orElse("");
        if (layout == Layout.WIDE && columns.containsKey("period")) {
            Span periodColumn = p.all("column").stream().filter(c -> PropertyReader.argText(c.args().get(0)).equals("period"))
                    .reduce((first, second) -> second).map(Ast.Prop::span).orElse(d.span());
            diagnostics.add(Diagnostic.of(Code.DATA_BINDING_INCOMPLETE, periodColumn,
                            "a wide layout has periods in its header, not a period column")
                    .label("contradicts `layout wide`")
                    .help("remove `period column`, or use `layout long`")
                    .build());
        }
        Optional<String> resolved = resolvedPath(d.file() != null ? d.file().span() : d.span(), file);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataBinding(file, resolved.get(), p.text("sheet").orElse(""), layout, headerRow,
                headerRowEnd, columns, periodColumns, fiscalStart, decimalComma, d.span(), codeTable(p)));
    }

    /** {@code code "IND-7" is OC1_2} lines whose indicator exists; the others are reported (TOC109). */
    private List<CodeMapping> codeTable(PropertyReader p) {
        List<CodeMapping> table = new ArrayList<>();
        for (Ast.Prop line : p.all("code")) {
            if (line.args().size() < 2 || !(line.args().get(1) instanceof Ast.Name indicator)) {
                continue;
            }
            Ast.Arg codeArg = line.args().get(0);
            String code = PropertyReader.argText(codeArg).strip();
            if (code.isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, codeArg.span(), "an empty code")
                        .label("no code between the quotes")
                        .help("write the code as the data file writes it, e.g. `code \"IND-7\" is " + indicator.text() + "`")
                        .build());
            } else if (isIndicator(indicator, code)) {
                table.add(new CodeMapping(code, indicator.text(), line.span()));
            }
        }
        return table;
    }

    /** Whether a code table's name is an indicator; reports TOC109 with the closest indicator otherwise. */
    private boolean isIndicator(Ast.Name name, String code) {
        Declared d = declared.get(name.text());
        if (d != null && d.kind().equals("indicator")) {
            return true;
        }
        Diagnostic.Builder builder = Diagnostic.of(Code.CODE_FOR_UNKNOWN_INDICATOR, name.span(),
                        d == null ? "code \"" + code + "\" is given to `" + name.text() + "`, which is not declared"
                                : "code \"" + code + "\" is given to `" + name.text() + "`, which is "
                                + article(d.kind()) + ", not an indicator")
                .label(d == null ? "no indicator of this name" : "expected an indicator here");
        Optional<String> byCode = indicatorWithCode(name.text());
        Optional<String> suggestion = byCode.isPresent() ? byCode : suggestion(name.text(), "indicator");
        if (suggestion.isPresent()) {
            builder.suggest(suggestion.get());
        } else {
            builder.help("name the indicator whose rows carry \"" + code + "\", e.g. `code \"" + code + "\" is OC1_1`");
        }
        if (byCode.isPresent()) {
            builder.note("`" + name.text() + "` is a code of `" + byCode.get() + "`; the table names indicators by id");
        }
        diagnostics.add(builder.build());
        return false;
    }

    private Optional<String> indicatorWithCode(String code) {
        String key = IndicatorCode.key(code);
        return boundIndicators.values().stream()
                .filter(i -> i.codes().stream().anyMatch(c -> IndicatorCode.key(c.code()).equals(key)))
                .map(Indicator::id).findFirst();
    }

    private int positiveInt(Ast.Arg arg, String what) {
        String text = PropertyReader.argText(arg);
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= 1_048_576) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        diagnostics.add(Diagnostic.of(Code.INVALID_VALUE, arg.span(), "`" + text + "` is not " + what)
                .label("expected a whole number from 1")
                .build());
        return 0;
    }
}
