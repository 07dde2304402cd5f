package org.tocworkbench.evaluator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Evidence;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Keyword;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.progress.AssumptionProgress;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.InconsistentLink;
import org.tocworkbench.evaluator.progress.NodeProgress;
import org.tocworkbench.evaluator.progress.PathwayProgress;
import org.tocworkbench.evaluator.progress.NetworkLens;
import org.tocworkbench.evaluator.progress.Rollup;
import org.tocworkbench.evaluator.progress.Status;
import org.tocworkbench.evaluator.progress.TrendPoint;
import org.tocworkbench.evaluator.series.DataIssues;
import org.tocworkbench.evaluator.series.Derivation;

/**
 * The evaluation as JSON, schema {@value #SCHEMA}, documented in docs/report-json.md. Keys in a
 * fixed order, unknown numbers and dates as null, lists always present, numbers without
 * exponents: the same evaluation gives the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {
    public static final String SCHEMA = "toc-report/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        out.write(toJson(evaluation).getBytes(StandardCharsets.UTF_8));
    }

    public String toJson(Evaluation evaluation) {
        try {
            return MAPPER.writeValueAsString(tree(evaluation)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode tree(Evaluation e) {
        Theory theory = e.theory();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("theory", theory(theory.metadata()));
        root.put("asOf", e.settings().asOf().toString());
        root.put("asOfSource", e.asOfSource());
        ObjectNode bands = root.putObject("bands");
        bands.put("onTrack", Format.exact(e.settings().bands().onTrack()));
        bands.put("atRisk", Format.exact(e.settings().bands().atRisk()));
        bands.put("maintainTolerance", Format.exact(e.settings().bands().maintainTolerance()));
        strings(root.putArray("methods"), Evaluation.methods());
        ObjectNode summary = root.putObject("summary");
        summary.set("pathways", counts(e.pathways().stream().map(PathwayProgress::status).toList()));
        summary.set("nodes", counts(e.nodes().values().stream().map(NodeProgress::status).toList()));
        summary.set("indicators", counts(e.indicators().values().stream().map(IndicatorProgress::status).toList()));
        summary.put("observations", e.observationCount());
        summary.put("dataIssues", e.issues().total());
        ArrayNode pathways = root.putArray("pathways");
        e.pathways().forEach(p -> pathways.add(pathway(p, theory)));
        ArrayNode nodes = root.putArray("nodes");
        e.nodes().values().forEach(n -> nodes.add(node(n, theory.nodes().get(n.nodeId()))));
        ArrayNode indicators = root.putArray("indicators");
        for (IndicatorProgress i : e.indicators().values()) {
            ObjectNode node = indicator(i, theory.indicators().get(i.indicatorId()), e.derivation(i.indicatorId()).orElse(null));
            ((ObjectNode) node.get("actual")).put("comment", e.iptt().comment(i.indicatorId(), i.actualPeriod(), null));
            node.get("groups").forEach(g -> ((ObjectNode) g).put("comment",
                    e.iptt().comment(i.indicatorId(), i.actualPeriod(), g.get("group").asText())));
            indicators.add(node);
        }
        ArrayNode links = root.putArray("inconsistentLinks");
        e.inconsistentLinks().forEach(l -> links.add(link(l)));
        ArrayNode assumptions = root.putArray("assumptions");
        e.assumptions().forEach(a -> assumptions.add(assumption(a, theory.assumptions().get(a.assumptionId()))));
        ObjectNode rollups = root.putObject("rollups");
        ArrayNode byActor = rollups.putArray("byActor");
        e.byActor().forEach(r -> byActor.add(rollup(r, theory.actors().get(r.key()))));
        ArrayNode byFunction = rollups.putArray("byFunction");
        e.byFunction().forEach(r -> byFunction.add(rollup(r, null)));
        root.set("deviations", JsonIptt.deviations(MAPPER, e));
        root.set("iptt", JsonIptt.iptt(MAPPER, e));
        root.set("dataIssues", issues(e.issues()));
        root.set("network", network(e.network()));
        return root;
    }

    /** The network lens (docs/network.md, docs/report-json.md#network). */
    private static ObjectNode network(NetworkLens lens) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode primary = o.putArray("primaryFunctions");
        lens.purpose().primary().forEach(f -> primary.add(f.word()));
        ArrayNode secondary = o.putArray("secondaryFunctions");
        lens.purpose().secondary().forEach(f -> secondary.add(f.word()));
        ArrayNode functions = o.putArray("functions");
        for (NetworkLens.FunctionRow row : lens.functions()) {
            ObjectNode f = functions.addObject();
            f.put("function", row.function().word());
            f.put("rank", row.rank());
            f.set("pathways", cells(lens, row.cells()));
            f.set("overall", cell(row.overall()));
        }
        ArrayNode actors = o.putArray("actors");
        for (NetworkLens.ActorRow row : lens.actors()) {
            ObjectNode a = actors.addObject();
            a.put("actor", row.actorId());
            a.put("role", row.role().isEmpty() ? null : row.role());
            a.set("pathways", cells(lens, row.cells()));
        }
        NetworkLens.BackboneDependency b = lens.backbone();
        ObjectNode backbone = o.putObject("backbone");
        strings(backbone.putArray("actors"), b.backboneActors());
        strings(backbone.putArray("results"), b.results());
        strings(backbone.putArray("backboneOnly"), b.backboneOnly());
        strings(backbone.putArray("networkFunctionBackboneOnly"), b.networkFunctionOnly());
        ArrayNode pathways = backbone.putArray("pathways");
        for (NetworkLens.PathwayDependency p : b.pathways()) {
            ObjectNode item = pathways.addObject();
            item.put("pathway", p.pathwayId());
            item.put("results", p.results());
            strings(item.putArray("backboneOnly"), p.backboneOnly());
            item.put("backboneAlone", p.backboneAlone());
        }
        strings(backbone.putArray("indicators"), b.indicators());
        strings(backbone.putArray("backboneOnlyIndicators"), b.backboneOnlyIndicators());
        strings(backbone.putArray("reportedByBackbone"), b.reportedByBackbone());
        backbone.put("allIndicators", b.allIndicators());
        ArrayNode roles = backbone.putArray("roles");
        for (NetworkLens.RolePlayed r : b.roles()) {
            ObjectNode item = cell(r.results());
            item.put("role", r.role());
            roles.add(item);
        }
        ArrayNode diversity = o.putArray("diversity");
        for (NetworkLens.Diversity d : lens.diversity()) {
            ObjectNode item = diversity.addObject();
            item.put("pathway", d.pathwayId());
            strings(item.putArray("members"), d.members());
            item.put("totalMembers", d.totalMembers());
            strings(item.putArray("memberKinds"), d.kinds());
            strings(item.putArray("membersWithoutKind"), d.unkinded());
            strings(item.putArray("structures"), d.structures());
            strings(item.putArray("others"), d.others());
        }
        ArrayNode structures = o.putArray("structures");
        for (NetworkLens.StructureRow s : lens.structures()) {
            ObjectNode item = structures.addObject();
            item.put("structure", s.actorId());
            item.put("kind", s.kind().isEmpty() ? null : s.kind());
            ArrayNode serves = item.putArray("serves");
            s.serves().forEach(f -> serves.add(f.word()));
            strings(item.putArray("members"), s.members());
            item.set("results", cell(s.results()));
        }
        NetworkLens.Learning learning = lens.learning();
        ObjectNode l = o.putObject("learning");
        ArrayNode timeline = l.putArray("timeline");
        for (NetworkLens.TimePoint t : learning.timeline()) {
            ObjectNode item = timeline.addObject();
            item.put("date", t.date().toString());
            ObjectNode counts = item.putObject("counts");
            for (org.tocworkbench.compiler.model.EvidenceStatus s : org.tocworkbench.compiler.model.EvidenceStatus.values()) {
                counts.put(s.word(), t.counts().getOrDefault(s, 0));
            }
        }
        l.put("since", learning.since().map(Object::toString).orElse(null));
        l.put("sinceLabel", learning.sinceLabel());
        ArrayNode changed = l.putArray("changed");
        for (NetworkLens.Changed c : learning.changed()) {
            ObjectNode item = changed.addObject();
            item.put("assumption", c.assumptionId());
            item.put("status", c.status().word());
            item.put("evidenceDate", c.evidenceDate().toString());
            item.put("evidence", c.evidence());
        }
        strings(l.putArray("undated"), learning.undated());
        return o;
    }

    /** The cells of a matrix row, in pathway order, for the pathways that have one. */
    private static ArrayNode cells(NetworkLens lens, Map<String, Rollup> cells) {
        ArrayNode out = MAPPER.createArrayNode();
        for (NetworkLens.Column column : lens.pathways()) {
            Rollup r = cells.get(column.id());
            if (r != null) {
                ObjectNode item = cell(r);
                item.put("pathway", column.id());
                out.add(item);
            }
        }
        return out;
    }

    /** A group of results: status, mean progress and the result ids. */
    private static ObjectNode cell(Rollup r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", r.status().id());
        number(o, "progress", r.progress(), true);
        strings(o.putArray("nodes"), r.nodes());
        return o;
    }

    private static ObjectNode theory(Metadata m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", m.title());
        o.put("version", m.version());
        o.put("periodStart", text(m.periodStart()));
        o.put("periodEnd", text(m.periodEnd()));
        return o;
    }

    private static ObjectNode counts(Collection<Status> statuses) {
        ObjectNode o = MAPPER.createObjectNode();
        for (Status s : Status.values()) {
            o.put(s.id(), statuses.stream().filter(x -> x == s).count());
        }
        return o;
    }

    private static ObjectNode pathway(PathwayProgress p, Theory theory) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", p.pathwayId());
        o.put("title", p.title());
        o.put("status", p.status().id());
        number(o, "progress", p.progress(), true);
        o.put("bottleneck", p.bottleneck());
        strings(o.putArray("heldUp"), p.heldUp());
        ArrayNode steps = o.putArray("steps");
        for (PathwayProgress.Step s : p.steps()) {
            ObjectNode step = steps.addObject();
            Node node = theory.nodes().get(s.nodeId());
            step.put("node", s.nodeId());
            step.put("title", node == null ? "" : node.title());
            step.put("kind", node == null ? null : node.kind().word());
            step.put("status", s.status().id());
            number(step, "progress", s.progress(), true);
        }
        strings(o.putArray("inconsistentLinks"), p.inconsistentLinks().stream().map(InconsistentLink::key).toList());
        strings(o.putArray("notes"), p.notes());
        return o;
    }

    private static ObjectNode node(NodeProgress n, Node node) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", n.nodeId());
        o.put("kind", node.kind().word());
        o.put("horizon", word(node.horizon()));
        o.put("title", node.title());
        o.put("status", n.status().id());
        number(o, "progress", n.progress(), true);
        strings(o.putArray("indicators"), n.indicators());
        strings(o.putArray("notes"), n.notes());
        return o;
    }

    private static ObjectNode indicator(IndicatorProgress p, Indicator indicator, Derivation derivation) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", p.indicatorId());
        o.put("title", indicator.title());
        o.put("subject", indicator.subject());
        o.put("unit", indicator.unit().kind().word());
        o.put("unitLabel", indicator.unit().label());
        strings(o.putArray("scale"), indicator.unit().scale());
        o.put("direction", word(p.direction()));
        o.put("aggregation", indicator.aggregation().word());
        o.put("cumulative", indicator.cumulative());
        o.set("baseline", point(p.baseline(), p.baselineDate(), Format.when(indicator.baseline(), p.baselineDate()),
                Format.words(p.baseline(), indicator.baseline())));
        o.set("target", point(p.target(), p.targetDate(), Format.when(indicator.target(), p.targetDate()),
                Format.words(p.target(), indicator.target())));
        ObjectNode actual = o.putObject("actual");
        number(actual, "value", p.actual(), false);
        actual.put("text", p.actualText());
        actual.put("period", p.actualPeriod());
        actual.put("date", date(p.actualDate()));
        actual.put("periodsUsed", p.periodsUsed());
        quantities(o, p, indicator);
        number(o, "progress", p.progress(), true);
        number(o, "expected", p.expected(), true);
        o.put("status", p.status().id());
        strings(o.putArray("notes"), p.notes());
        ArrayNode groups = o.putArray("groups");
        for (IndicatorProgress.GroupProgress g : p.groups()) {
            ObjectNode group = groups.addObject();
            group.put("group", g.group());
            number(group, "actual", g.actual(), false);
            number(group, "progress", g.progress(), true);
            group.put("status", g.status().id());
        }
        trend(o.putArray("history"), p.history());
        trend(o.putArray("expectedPath"), p.expectedPath());
        o.put("valuesAfterAsOf", p.valuesAfterAsOf());
        strings(o.putArray("partialPeriods"), p.partialPeriods());
        ArrayNode uncounted = o.putArray("uncounted");
        for (org.tocworkbench.evaluator.progress.UncountedValue u : p.uncounted()) {
            ObjectNode value = uncounted.addObject();
            value.put("period", u.period());
            value.put("start", u.start().toString());
            value.put("end", u.end().toString());
            number(value, "value", u.value(), false);
            value.put("reason", u.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        o.set("computed", derivation == null ? null : computed(derivation));
        return o;
    }

    /** How an indicator computed from records got its values (docs/report-json.md, docs/records.md). */
    private static ObjectNode computed(Derivation d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("definition", d.definition());
        o.put("source", d.source());
        o.put("inDatabase", d.inDatabase());
        o.put("recordsRead", d.recordsRead());
        ObjectNode excluded = o.putObject("excluded");
        d.excluded().forEach(excluded::put);
        if (!d.inDatabase()) {
            o.put("kept", d.kept());
        }
        o.put("counted", d.counted());
        if (!d.inDatabase()) {
            o.put("notMatching", d.notMatching());
        }
        ArrayNode values = o.putArray("values");
        for (Derivation.DerivedValue v : d.values()) {
            ObjectNode value = values.addObject();
            value.put("period", v.period().label());
            value.put("start", v.period().start().toString());
            value.put("end", v.period().end().toString());
            value.put("group", v.group());
            number(value, "value", v.value(), false);
            value.put("numerator", v.numerator());
            value.put("denominator", v.denominator());
            value.put("how", v.how());
        }
        return o;
    }

    /**
     * Keys present only for indicators that use them, so that reports of theories that do not
     * are as before: the population and the actual's share of it, the growth rate, a composite's
     * parts and a part's composite.
     */
    private static void quantities(ObjectNode o, IndicatorProgress p, Indicator indicator) {
        indicator.population().ifPresent(population -> {
            ObjectNode node = o.putObject("population");
            number(node, "count", population.count(), false);
            node.put("label", population.label());
            number(node, "actualShare", population.shareOf(p.actual()), true);
        });
        indicator.growth().ifPresent(growth -> {
            ObjectNode node = o.putObject("growth");
            number(node, "amount", growth.amount(), false);
            node.put("percent", growth.percent());
            node.put("per", growth.per().word());
        });
        if (indicator.composite()) {
            strings(o.putArray("parts"), indicator.parts());
        }
        indicator.partOf().ifPresent(composite -> o.put("partOf", composite));
    }

    private static ObjectNode link(InconsistentLink l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("from", l.from());
        o.put("to", l.to());
        o.put("fromStatus", l.fromStatus().id());
        o.put("toStatus", l.toStatus().id());
        o.put("message", l.message());
        return o;
    }

    private static ObjectNode assumption(AssumptionProgress a, Assumption assumption) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.assumptionId());
        o.put("text", assumption.text());
        o.put("risk", word(a.risk()));
        o.put("evidenceStatus", a.evidence().word());
        o.put("outlook", a.outlook().label());
        o.put("reason", a.reason());
        o.put("monitoring", a.monitoring().id());
        strings(o.putArray("indicators"), a.indicators());
        strings(o.putArray("links"), a.links());
        strings(o.putArray("nodes"), a.nodes());
        ArrayNode evidence = o.putArray("evidence");
        for (Evidence ev : assumption.evidence()) {
            ObjectNode item = evidence.addObject();
            item.put("source", ev.source());
            item.put("date", text(ev.date()));
            item.put("note", ev.note());
        }
        return o;
    }

    private static ObjectNode rollup(Rollup r, Actor actor) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", r.key());
        o.put("label", r.label());
        o.put("role", actor == null ? null : word(actor.role()));
        o.put("status", r.status().id());
        o.put("worst", r.worst().id());
        number(o, "progress", r.progress(), true);
        ObjectNode counts = o.putObject("counts");
        for (Map.Entry<Status, Integer> c : r.counts().entrySet()) {
            counts.put(c.getKey().id(), c.getValue());
        }
        strings(o.putArray("nodes"), r.nodes());
        strings(o.putArray("indicators"), r.indicators());
        o.put("indicatorsWithoutData", r.indicatorsWithoutData());
        return o;
    }

    private static ObjectNode issues(DataIssues issues) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("total", issues.total());
        o.put("warnings", issues.warnings());
        o.put("skipped", issues.skipped());
        o.put("notListed", issues.notKept());
        ObjectNode counts = o.putObject("counts");
        issues.counts().forEach((kind, count) -> counts.put(kind(kind), count));
        ArrayNode list = o.putArray("issues");
        for (DataIssue issue : issues.kept()) {
            ObjectNode item = list.addObject();
            item.put("file", IssueLocation.file(issue.where()));
            item.put("cell", IssueLocation.cell(issue.where()));
            item.put("kind", kind(issue.kind()));
            item.put("valueUsed", issue.kind().valueUsed());
            item.put("message", issue.message());
            item.put("cause", issue.cause().isEmpty() ? null : issue.cause());
            item.put("hint", issue.hint().isEmpty() ? null : issue.hint());
        }
        return o;
    }

    /** {@code UNKNOWN_INDICATOR} → {@code unknown-indicator}. */
    static String kind(DataIssue.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode point(double value, LocalDate date, String label, String text) {
        ObjectNode o = MAPPER.createObjectNode();
        number(o, "value", value, false);
        o.put("text", text);
        o.put("date", date(date));
        o.put("label", label.isEmpty() ? null : label);
        return o;
    }

    private static void trend(ArrayNode array, List<TrendPoint> points) {
        for (TrendPoint t : points) {
            ObjectNode o = array.addObject();
            o.put("date", t.date().toString());
            o.put("label", t.label());
            number(o, "value", t.value(), false);
        }
    }

    static void number(ObjectNode o, String key, double value, boolean points) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            o.putNull(key);
        } else {
            o.put(key, points ? Format.points(value) : Format.exact(value));
        }
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static String word(Keyword keyword) {
        return keyword == null ? null : keyword.word();
    }

    private static String text(PeriodDate date) {
        return date == null ? null : date.text();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
