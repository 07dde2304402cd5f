package org.tocworkbench.compiler.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.EvaluationPoint;
import org.tocworkbench.compiler.model.Evidence;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Keyword;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.PeriodDate;

/**
 * The comparable properties of each kind of element, named as the language writes them and
 * shown as text, with references read through {@link Renames}. Two elements differ where these
 * maps differ; a property not given is absent, so that adding one reads "(none) → value".
 * What an element contains (a result's indicators, an assumption's indicators) is not a property
 * of it: those elements are compared on their own.
 */
final class ElementProperties {
    private ElementProperties() {
    }

    static Map<String, String> theory(Metadata m) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "title", m.title());
        put(p, "version", m.version());
        put(p, "authors", String.join(", ", m.authors()));
        if (m.periodStart() != null && m.periodEnd() != null) {
            put(p, "period", m.periodStart().written() + " to " + m.periodEnd().written());
        }
        put(p, "as of", m.asOf() == null ? "" : m.asOf().written());
        put(p, "accountability ceiling", m.ceiling());
        put(p, "description", m.description());
        put(p, "points", String.join(", ", m.points().stream().map(ElementProperties::point).toList()));
        put(p, "identifier", m.identifier().orElse(""));
        put(p, "reporting org", m.reportingOrg().map(o -> o.ref() + o.name().map(n -> " \"" + n + "\"").orElse("")
                + o.type().map(t -> " type " + t.word()).orElse("")).orElse(""));
        return p;
    }

    static Map<String, String> actor(Actor a) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "name", a.name());
        put(p, "role", word(a.role()));
        put(p, "description", a.description());
        put(p, "functions", words(a.functions()));
        return p;
    }

    static Map<String, String> node(Node n, Renames r) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "level", n.kind().name().toLowerCase(java.util.Locale.ROOT));
        put(p, "statement", n.title());
        put(p, "label", n.label().orElse(""));
        put(p, "horizon", word(n.horizon()));
        put(p, "description", n.description());
        put(p, "by", ids(n.contributors(), id -> r.map(ElementKind.ACTOR, id)));
        put(p, "owner", r.map(ElementKind.ACTOR, n.owner()));
        put(p, "functions", words(n.functions()));
        put(p, "assumes", ids(n.assumptions(), id -> r.map(ElementKind.ASSUMPTION, id)));
        return p;
    }

    static Map<String, String> link(Link l, Renames r) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "kind", word(l.kind()));
        put(p, "strength", word(l.strength()));
        put(p, "rationale", l.rationale());
        put(p, "assumes", ids(l.allAssumptions(), id -> r.map(ElementKind.ASSUMPTION, id)));
        put(p, "feedback", l.feedback() ? "yes" : "");
        put(p, "inferred", l.inferred() ? (l.inferredBasis().isEmpty() ? "yes" : l.inferredBasis()) : "");
        return p;
    }

    static Map<String, String> assumption(Assumption a) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "statement", a.text());
        put(p, "description", a.description());
        put(p, "risk", word(a.risk()));
        put(p, "status", word(a.status()));
        put(p, "evidence", String.join("; ", a.evidence().stream().map(ElementProperties::evidence).toList()));
        return p;
    }

    static Map<String, String> indicator(Indicator i, Renames r) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "statement", i.title());
        put(p, "measures", r.subject(i.subject()));
        put(p, "description", i.description());
        put(p, "unit", i.unit() == null ? "" : i.unit().describe());
        put(p, "direction", i.directionInferred() ? "" : word(i.direction()));
        put(p, "baseline", measurement(i.baseline(), "at"));
        put(p, "milestones", String.join(", ", i.milestones().stream().map(m -> measurement(m, "by")).toList()));
        put(p, "target", measurement(i.target(), "by"));
        i.growth().ifPresent(g -> put(p, "growth", g.written()));
        i.population().ifPresent(pop -> put(p, "population", number(pop.count())
                + (pop.label().isEmpty() ? "" : " " + pop.label())));
        put(p, "aggregation", word(i.aggregation()));
        put(p, "cumulative", i.cumulative() ? "yes" : "");
        put(p, "disaggregate by", String.join(", ", i.disaggregations()));
        put(p, "source", i.source());
        put(p, "frequency", i.frequency() == null ? i.plan().frequencyText() : word(i.frequency()));
        put(p, "responsible", i.responsible() == null ? i.plan().responsibleText()
                : r.map(ElementKind.ACTOR, i.responsible()));
        put(p, "definition", i.plan().definition());
        put(p, "threshold", i.plan().threshold().map(Object::toString).orElse(""));
        put(p, "method", i.plan().method());
        put(p, "code", String.join(", ", i.codes().stream().map(c -> c.code()
                + c.file().map(f -> " in " + f).orElse("")).toList()));
        put(p, "parts", ids(i.parts(), id -> r.map(ElementKind.INDICATOR, id)));
        return p;
    }

    static Map<String, String> pathway(Pathway w, Renames r) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "title", w.title());
        put(p, "description", w.description());
        put(p, "members", ids(w.nodes(), id -> r.map(ElementKind.RESULT, id)));
        put(p, "chains", String.join(", ", w.links().stream().map(k -> linkKey(k, r)).toList()));
        put(p, "functions", words(w.functions()));
        return p;
    }

    static Map<String, String> data(DataBinding d, Renames r) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "sheet", d.sheet());
        put(p, "layout", word(d.layout()));
        if (d.headerRow() > 0) {
            put(p, "header rows", d.headerRow() + (d.headerRowEnd() > 0 ? " to " + d.headerRowEnd() : ""));
        }
        d.columns().forEach((role, header) -> put(p, role + " column", header));
        put(p, "period columns", d.periodColumns());
        put(p, "fiscal year starts", d.fiscalYearStart() > 1 ? java.time.Month.of(d.fiscalYearStart())
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT) : "");
        put(p, "decimal", d.decimalComma() ? "comma" : "");
        put(p, "codes", String.join(", ", d.codes().stream()
                .map(c -> c.code() + " is " + r.map(ElementKind.INDICATOR, c.indicator())).toList()));
        return p;
    }

    /** A link's key ({@code A -> B}) with both ends read through the renames. */
    static String linkKey(String key, Renames r) {
        int arrow = key.indexOf(" -> ");
        if (arrow < 0) {
            return key;
        }
        return r.map(ElementKind.RESULT, key.substring(0, arrow)) + " -> "
                + r.map(ElementKind.RESULT, key.substring(arrow + 4));
    }

    /** The changed properties, in the order of the new version's map, then those only in the old. */
    static List<PropertyChange> compare(Map<String, String> before, Map<String, String> after) {
        List<PropertyChange> changes = new java.util.ArrayList<>();
        after.forEach((key, value) -> {
            String old = before.getOrDefault(key, "");
            if (!old.equals(value)) {
                changes.add(new PropertyChange(key, old, value));
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                changes.add(new PropertyChange(key, value, ""));
            }
        });
        return changes;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null && !value.isEmpty()) {
            p.put(key, value);
        }
    }

    private static String word(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Keyword k ? k.word() : value.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String words(List<? extends Keyword> values) {
        return String.join(", ", values.stream().map(Keyword::word).toList());
    }

    private static String ids(List<String> ids, UnaryOperator<String> map) {
        return String.join(", ", ids.stream().map(map).toList());
    }

    private static String measurement(Measurement m, String preposition) {
        if (m == null) {
            return "";
        }
        return m.value() + Optional.ofNullable(m.date()).map(PeriodDate::written).map(d -> " " + preposition + " " + d).orElse("");
    }

    private static String evidence(Evidence e) {
        return e.source() + (e.date() == null ? "" : " (" + e.date().written() + ")")
                + (e.note().isEmpty() ? "" : ": " + e.note());
    }

    private static String point(EvaluationPoint p) {
        return p.name() + (p.label().isEmpty() ? "" : " \"" + p.label() + "\"") + " at " + p.date().written();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
