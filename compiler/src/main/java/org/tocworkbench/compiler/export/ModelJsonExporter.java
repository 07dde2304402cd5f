package org.tocworkbench.compiler.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.NetworkPurpose;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.ChangeRecord;
import org.tocworkbench.compiler.model.CodeMapping;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.EvaluationPoint;
import org.tocworkbench.compiler.model.Evidence;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.IndicatorCode;
import org.tocworkbench.compiler.model.Keyword;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.ReportingOrganisation;
import org.tocworkbench.compiler.model.Computation;
import org.tocworkbench.compiler.model.RecordColumn;
import org.tocworkbench.compiler.model.RecordCondition;
import org.tocworkbench.compiler.model.RecordExclusion;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.compiler.model.NetworkFunction;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.Transition;
import org.tocworkbench.compiler.model.Value;
import org.tocworkbench.compiler.source.Span;

/**
 * The model as JSON, schema {@value #SCHEMA} (documented in docs/export-json.md). Keys in a fixed
 * order, absent values as null, lists always present: the output diffs cleanly.
 */
public final class ModelJsonExporter {
    public static final String SCHEMA = "toc-model/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String export(Theory theory) {
        try {
            return MAPPER.writeValueAsString(toJson(theory)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode toJson(Theory theory) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("metadata", metadata(theory.metadata()));
        ArrayNode actors = root.putArray("actors");
        theory.actors().values().forEach(a -> actors.add(actor(a)));
        ArrayNode nodes = root.putArray("nodes");
        theory.nodes().values().forEach(n -> nodes.add(node(n)));
        ArrayNode links = root.putArray("links");
        theory.links().forEach(l -> links.add(link(l)));
        ArrayNode assumptions = root.putArray("assumptions");
        theory.assumptions().values().forEach(a -> assumptions.add(assumption(a)));
        ArrayNode indicators = root.putArray("indicators");
        theory.indicators().values().forEach(i -> indicators.add(indicator(i, theory)));
        ArrayNode pathways = root.putArray("pathways");
        theory.pathways().forEach(p -> pathways.add(pathway(p)));
        ArrayNode transitions = root.putArray("transitions");
        theory.transitions().forEach(t -> transitions.add(transition(t)));
        ArrayNode data = root.putArray("data");
        theory.data().forEach(d -> data.add(data(d)));
        ArrayNode records = root.putArray("records");
        theory.records().values().forEach(r -> records.add(records(r)));
        root.set("network", network(theory.network()));
        return root;
    }

    /** The network's declared functions and backbone roles (docs/network.md). */
    private ObjectNode network(NetworkPurpose n) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode primary = o.putArray("primaryFunctions");
        n.primary().forEach(f -> primary.add(f.word()));
        ArrayNode secondary = o.putArray("secondaryFunctions");
        n.secondary().forEach(f -> secondary.add(f.word()));
        strings(o.putArray("backboneRoles"), n.roles());
        o.put("declaredBy", n.declaredBy().orElse(null));
        return o;
    }

    private ObjectNode metadata(Metadata m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", m.title());
        o.put("version", m.version());
        strings(o.putArray("authors"), m.authors());
        o.put("periodStart", date(m.periodStart()));
        o.put("periodEnd", date(m.periodEnd()));
        o.put("asOf", date(m.asOf()));
        o.put("accountabilityCeiling", m.ceiling());
        o.put("description", m.description());
        ArrayNode points = o.putArray("points");
        for (EvaluationPoint point : m.points()) {
            ObjectNode item = points.addObject();
            item.put("name", point.name());
            item.put("label", point.label());
            item.put("date", point.date().dated() ? point.date().text() : null);
            item.put("dateEnd", point.date().dated() ? point.date().end().toString() : null);
            item.put("dateWritten", point.date().written());
        }
        ArrayNode changes = o.putArray("changes");
        for (ChangeRecord change : m.changeLog()) {
            ObjectNode item = changes.addObject();
            item.put("version", change.version());
            item.put("date", change.date().filter(PeriodDate::dated).map(PeriodDate::text).orElse(null));
            item.put("dateWritten", change.date().map(PeriodDate::written).orElse(null));
            item.put("level", change.level().map(Keyword::word).orElse(null));
            item.put("reason", change.reason());
        }
        o.put("iatiIdentifier", m.identifier().orElse(null));
        if (m.reportingOrg().isPresent()) {
            ReportingOrganisation org = m.reportingOrg().get();
            ObjectNode r = o.putObject("reportingOrg");
            r.put("ref", org.ref());
            r.put("name", org.name().orElse(null));
            r.put("type", org.type().map(OrganisationType::code).orElse(null));
            r.put("typeWord", org.type().map(Keyword::word).orElse(null));
        } else {
            o.putNull("reportingOrg");
        }
        return o;
    }

    private ObjectNode actor(Actor a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("name", a.name());
        o.put("role", word(a.role()));
        o.put("description", a.description());
        functions(o, a.functions());
        o.put("kind", a.kind().orElse(null));
        strings(o.putArray("plays"), a.plays());
        strings(o.putArray("positions"), a.positions());
        if (a.structure().isPresent()) {
            ObjectNode s = o.putObject("structure");
            s.put("kind", a.structure().get().kind().map(k -> k.word()).orElse(null));
            ArrayNode serves = s.putArray("serves");
            a.structure().get().serves().forEach(f -> serves.add(f.word()));
            strings(s.putArray("members"), a.structure().get().members());
        } else {
            o.putNull("structure");
        }
        location(o, a.span());
        return o;
    }

    private ObjectNode node(Node n) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", n.id());
        o.put("kind", n.kind().word());
        o.put("title", n.title());
        o.put("label", n.label().orElse(null));
        o.put("description", n.description());
        o.put("horizon", word(n.horizon()));
        o.put("rank", n.rank());
        strings(o.putArray("contributors"), n.contributors());
        o.put("owner", n.owner());
        functions(o, n.functions());
        strings(o.putArray("assumptions"), n.assumptions());
        strings(o.putArray("indicators"), n.indicators());
        ArrayNode plays = o.putArray("backbonePlays");
        for (var play : n.backbonePlays()) {
            ObjectNode p = plays.addObject();
            p.put("actor", play.actor());
            strings(p.putArray("roles"), play.roles());
        }
        location(o, n.span());
        return o;
    }

    private ObjectNode link(Link l) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("from", l.from());
        o.put("to", l.to());
        o.put("kind", word(l.kind()));
        o.put("strength", word(l.strength()));
        o.put("rationale", l.rationale());
        strings(o.putArray("assumptions"), l.assumptions());
        strings(o.putArray("transitionAssumptions"), l.transitionAssumptions());
        o.put("feedback", l.feedback());
        o.put("inferred", l.inferred());
        o.put("inferredBasis", l.inferredBasis());
        location(o, l.span());
        return o;
    }

    private ObjectNode assumption(Assumption a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("text", a.text());
        o.put("description", a.description());
        o.put("risk", word(a.risk()));
        o.put("status", word(a.status()));
        ArrayNode evidence = o.putArray("evidence");
        for (Evidence e : a.evidence()) {
            ObjectNode item = evidence.addObject();
            item.put("source", e.source());
            item.put("date", e.date() == null || !e.date().dated() ? null : e.date().text());
            item.put("dateWritten", e.date() == null ? null : e.date().written());
            item.put("note", e.note());
        }
        strings(o.putArray("indicators"), a.indicators());
        location(o, a.span());
        return o;
    }

    private ObjectNode indicator(Indicator i, Theory theory) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", i.id());
        o.put("title", i.title());
        o.put("description", i.description());
        o.put("subject", i.subject());
        ArrayNode codes = o.putArray("codes");
        for (IndicatorCode code : i.codes()) {
            ObjectNode c = codes.addObject();
            c.put("code", code.code());
            c.put("file", code.file().orElse(null));
        }
        ObjectNode unit = o.putObject("unit");
        unit.put("kind", i.unit().kind().word());
        unit.put("label", i.unit().label());
        strings(unit.putArray("scale"), i.unit().scale());
        o.put("direction", word(i.direction()));
        o.put("directionInferred", i.directionInferred());
        o.set("baseline", measurement(i, i.baseline()));
        o.set("target", measurement(i, i.target()));
        ArrayNode milestones = o.putArray("milestones");
        i.milestones().forEach(m -> milestones.add(measurement(i, m)));
        o.put("aggregation", i.aggregation().word());
        o.put("cumulative", i.cumulative());
        strings(o.putArray("disaggregations"), i.disaggregations());
        o.put("source", i.source());
        o.put("frequency", word(i.frequency()));
        o.put("frequencyText", i.plan().frequencyText());
        o.put("responsible", i.responsible());
        o.put("responsibleText", i.plan().responsibleText());
        o.put("definition", i.plan().definition());
        o.set("threshold", i.plan().threshold().map(ModelJsonExporter::value).orElse(null));
        o.put("method", i.plan().method());
        o.set("growth", i.growth().map(g -> {
            ObjectNode growth = MAPPER.createObjectNode();
            growth.put("amount", g.amount());
            growth.put("percent", g.percent());
            growth.put("per", g.per().word());
            return growth;
        }).orElse(null));
        o.set("population", i.population().map(p -> {
            ObjectNode population = MAPPER.createObjectNode();
            population.put("count", p.count());
            population.put("label", p.label());
            return population;
        }).orElse(null));
        strings(o.putArray("parts"), i.parts());
        o.put("partOf", i.partOf().orElse(null));
        o.set("computed", theory.computation(i.id()).map(this::computation).orElse(null));
        location(o, i.span());
        return o;
    }

    private static ObjectNode value(Value v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("value", v.raw());
        o.put("percent", v.kind() == Value.Kind.PERCENT);
        return o;
    }

    private ObjectNode transition(Transition t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("from", end(t.from()));
        o.set("to", end(t.to()));
        strings(o.putArray("links"), t.links());
        strings(o.putArray("assumptions"), t.assumptions());
        location(o, t.span());
        return o;
    }

    private static ObjectNode end(Transition.End e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", e.kind().map(k -> k.word()).orElse(null));
        strings(o.putArray("nodes"), e.nodes());
        return o;
    }

    /** How an indicator is computed from records (docs/records.md). */
    private ObjectNode computation(Computation c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("definition", c.definition());
        o.put("records", c.records());
        o.put("measure", c.measure().word());
        o.put("distinct", c.distinct());
        o.put("column", c.column().map(RecordColumn::name).orElse(null));
        o.put("where", c.where().map(RecordCondition::display).orElse(null));
        o.put("among", c.among().map(RecordCondition::display).orElse(null));
        o.put("each", c.bucket().map(Computation.Bucket::word).orElse(null));
        o.put("at", c.at().map(d -> d.text()).orElse(null));
        strings(o.putArray("groups"), c.groups().stream().map(RecordColumn::name).toList());
        return o;
    }

    private ObjectNode records(RecordSource r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("source", r.location());
        o.put("format", r.format().name().toLowerCase(java.util.Locale.ROOT));
        o.put("sheet", r.sheet().orElse(null));
        o.put("joinSheet", r.joinSheet().orElse(null));
        o.put("dateColumn", r.dateColumn().map(RecordColumn::name).orElse(null));
        o.put("fiscalYearStart", r.fiscalYearStart());
        o.put("decimalComma", r.decimalComma());
        ArrayNode exclusions = o.putArray("exclusions");
        for (RecordExclusion e : r.exclusions()) {
            ObjectNode x = exclusions.addObject();
            x.put("rule", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            x.put("reason", e.reason());
            x.put("key", e.key().map(RecordColumn::name).orElse(null));
            x.put("where", e.condition().map(RecordCondition::display).orElse(null));
        }
        o.put("query", r.query().orElse(null));
        location(o, r.span());
        return o;
    }

    private ObjectNode measurement(Indicator i, Measurement m) {
        if (m == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("value", m.value().raw());
        o.put("percent", m.value().kind() == org.tocworkbench.compiler.model.Value.Kind.PERCENT);
        java.util.OptionalDouble number = i.numeric(m.value());
        if (number.isPresent()) {
            o.put("number", number.getAsDouble());
        } else {
            o.putNull("number");
        }
        o.put("date", m.date().dated() ? m.date().text() : null);
        o.put("dateEnd", m.date().dated() ? m.date().end().toString() : null);
        o.put("dateWritten", m.date().written());
        return o;
    }

    private ObjectNode pathway(Pathway p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", p.id());
        o.put("title", p.title());
        o.put("description", p.description());
        o.put("derived", p.derived());
        strings(o.putArray("nodes"), p.nodes());
        strings(o.putArray("links"), p.links());
        functions(o, p.functions());
        return o;
    }

    private ObjectNode data(DataBinding d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", d.file());
        o.put("sheet", d.sheet().isEmpty() ? null : d.sheet());
        o.put("layout", word(d.layout()));
        o.put("headerRow", d.headerRow() == 0 ? null : d.headerRow());
        o.put("headerRowEnd", d.headerRowEnd() == 0 ? null : d.headerRowEnd());
        ObjectNode columns = o.putObject("columns");
        d.columns().forEach(columns::put);
        o.put("periodColumns", d.periodColumns().isEmpty() ? null : d.periodColumns());
        o.put("fiscalYearStart", d.fiscalYearStart());
        o.put("decimalComma", d.decimalComma());
        ArrayNode codes = o.putArray("codes");
        for (CodeMapping mapping : d.codes()) {
            ObjectNode c = codes.addObject();
            c.put("code", mapping.code());
            c.put("indicator", mapping.indicator());
        }
        return o;
    }

    private static void functions(ObjectNode o, Collection<NetworkFunction> functions) {
        ArrayNode array = o.putArray("functions");
        functions.forEach(f -> array.add(f.word()));
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static void location(ObjectNode o, Span span) {
        if (span == null || span.isNone()) {
            o.putNull("location");
            return;
        }
        o.put("location", span.path() + ":" + span.line() + ":" + span.column());
    }

    private static String word(Keyword keyword) {
        return keyword == null ? null : keyword.word();
    }

    private static String date(PeriodDate date) {
        return date == null ? null : date.text();
    }
}
