package org.tocworkbench.evaluator.standards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.format.TocFormatter;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.syntax.StringLiterals;

/**
 * Writes a JSON model ({@code toc-model/1}, docs/export-json.md) back as {@code .toc} text: every
 * part of the model the language can state (metadata and evaluation points, actors, results with
 * contributors, owners and functions, indicators with all their properties, parts and record
 * computations, assumptions with risks and evidence, links, transitions, pathways, data bindings
 * and record sources). Parts the compiler derives (derived pathways, inferred directions, ranks,
 * dates of relative dates) are left for the compiler to derive again. The text is passed through
 * {@link TocFormatter}.
 */
final class ModelTocWriter {
    private static final String IN = "    ";
    private final StringBuilder out = new StringBuilder();

    /** Which indicators state their aggregation and their cumulative/snapshot: those whose derived one differs. */
    private final Set<String> explicitAggregation;
    private final Set<String> explicitCumulative;
    private final boolean nest;

    private ModelTocWriter(Set<String> explicitAggregation, Set<String> explicitCumulative, boolean nest) {
        this.explicitAggregation = explicitAggregation;
        this.explicitCumulative = explicitCumulative;
        this.nest = nest;
    }

    /**
     * The theory as text. A first draft leaves out every aggregation and cumulative/snapshot; where
     * the compiler derives another one than the model states, the second draft states it.
     */
    static String write(JsonNode root, List<String> header) {
        boolean nest = nestable(root);
        Set<String> aggregation = new LinkedHashSet<>();
        Set<String> cumulative = new LinkedHashSet<>();
        String first = new ModelTocWriter(Set.of(), Set.of(), nest).text(root, header);
        Compilation draft = new TocCompiler().compile(new SourceFile("imported.toc", first), CompileOptions.DEFAULT);
        for (JsonNode indicator : root.path("indicators")) {
            String id = indicator.path("id").asText();
            Indicator derived = draft.hasErrors() ? null : draft.theory().indicators().get(id);
            if (derived == null || !derived.aggregation().word().equals(indicator.path("aggregation").asText())) {
                aggregation.add(id);
            }
            if (derived == null || derived.cumulative() != indicator.path("cumulative").asBoolean()) {
                cumulative.add(id);
            }
        }
        return new ModelTocWriter(aggregation, cumulative, nest).text(root, header);
    }

    /**
     * Indicators are written inside their result or assumption when that keeps the model's order of
     * indicators (results' first, then assumptions'); otherwise each is written after them with {@code for}.
     */
    private static boolean nestable(JsonNode root) {
        List<String> order = new ArrayList<>();
        root.path("indicators").forEach(i -> order.add(i.path("id").asText()));
        List<String> nested = new ArrayList<>();
        for (String part : List.of("nodes", "assumptions")) {
            for (JsonNode subject : root.path(part)) {
                for (JsonNode i : root.path("indicators")) {
                    if (i.path("subject").asText().equals(subject.path("id").asText()) && i.path("partOf").isNull()) {
                        addWithParts(nested, i, root);
                    }
                }
            }
        }
        return nested.equals(order);
    }

    private static void addWithParts(List<String> ids, JsonNode indicator, JsonNode root) {
        ids.add(indicator.path("id").asText());
        for (JsonNode part : indicator.path("parts")) {
            for (JsonNode i : root.path("indicators")) {
                if (i.path("id").asText().equals(part.asText())) {
                    addWithParts(ids, i, root);
                }
            }
        }
    }

    private String text(JsonNode root, List<String> header) {
        header.forEach(line -> out.append(line.isEmpty() ? "#" : "# " + line).append('\n'));
        if (!header.isEmpty()) {
            out.append('\n');
        }
        theory(root);
        String text = out.toString();
        TocFormatter.Result formatted = new TocFormatter().format(new SourceFile("imported.toc", text));
        if (!formatted.ok()) {
            throw new IllegalStateException("the imported theory does not parse: " + formatted.errors() + "\n" + text);
        }
        return formatted.text();
    }

    /** The IATI publishing words: {@code identifier}, {@code reporting org REF NAME type WORD} (a code as its word). */
    private void publishing(JsonNode m) {
        given(m, "iatiIdentifier").ifPresent(id -> line(IN, "identifier " + quote(id)));
        JsonNode org = m.path("reportingOrg");
        given(org, "ref").ifPresent(ref -> line(IN, "reporting org " + quote(ref)
                + given(org, "name").map(n -> " " + quote(n)).orElse("")
                + given(org, "typeWord").or(() -> given(org, "type"))
                .or(() -> org.path("type").isIntegralNumber() ? java.util.Optional.of(org.path("type").asText())
                        : java.util.Optional.empty())
                .map(t -> " type " + OrganisationType.of(t).map(OrganisationType::word).orElse(t)).orElse("")));
    }

    private void theory(JsonNode root) {
        JsonNode m = root.path("metadata");
        out.append("theory ").append(quote(m.path("title").asText(""))).append(" {\n");
        publishing(m);
        List<JsonNode> changes = new ArrayList<>();
        m.path("changes").forEach(changes::add);
        JsonNode stamp = !changes.isEmpty() && changes.get(changes.size() - 1).path("version").asText()
                .equals(m.path("version").asText()) ? changes.remove(changes.size() - 1) : null;
        given(m, "version").ifPresent(v -> line(IN, "version " + quote(v) + (stamp == null ? "" : change(stamp))));
        if (!changes.isEmpty()) {
            line(IN, "changes {");
            changes.forEach(c -> line(IN + IN, quote(c.path("version").asText()) + change(c)));
            line(IN, "}");
        }
        JsonNode network = root.path("network");
        String declarer = network.path("declaredBy").asText("");
        if (declarer.isEmpty() || network.path("declaredBy").isNull()) {
            networkFunctions(IN, network);
        }
        List<String> roles = new ArrayList<>();
        network.path("backboneRoles").forEach(r -> roles.add(r.asText()));
        roles.removeAll(org.tocworkbench.compiler.model.BackboneRole.known());
        if (!roles.isEmpty()) {
            line(IN, "backbone plays " + String.join(", ", roles));
        }
        if (!m.path("authors").isEmpty()) {
            line(IN, "authors " + join(m.path("authors"), true));
        }
        given(m, "periodStart").ifPresent(s -> given(m, "periodEnd").ifPresent(e -> line(IN, "period " + s + " to " + e)));
        given(m, "asOf").ifPresent(d -> line(IN, "as of " + d));
        given(m, "accountabilityCeiling").ifPresent(c -> line(IN, "accountability ceiling " + c));
        description(IN, m.path("description"));
        for (JsonNode point : m.path("points")) {
            line(IN, "point " + point.path("name").asText()
                    + given(point, "label").map(l -> " " + quote(l)).orElse("") + " at " + date(point));
        }
        out.append("}\n");
        for (JsonNode actor : root.path("actors")) {
            JsonNode structure = actor.path("structure");
            boolean isStructure = structure.isObject();
            out.append('\n').append(isStructure ? "structure " : "actor ").append(actor.path("id").asText()).append(' ')
                    .append(quote(actor.path("name").asText()));
            List<String> props = new ArrayList<>();
            if (!isStructure) {
                given(actor, "role").ifPresent(r -> props.add("role " + r));
            }
            if (isStructure) {
                given(structure, "kind").ifPresent(k -> props.add("kind " + k));
                if (!structure.path("serves").isEmpty()) {
                    props.add("serves " + join(structure.path("serves"), false));
                }
                if (!structure.path("members").isEmpty()) {
                    props.add("members " + join(structure.path("members"), false));
                }
            } else {
                given(actor, "kind").ifPresent(k -> props.add("kind " + k));
            }
            if (!actor.path("plays").isEmpty()) {
                props.add("plays " + join(actor.path("plays"), false));
            }
            if (!actor.path("positions").isEmpty()) {
                props.add("position " + join(actor.path("positions"), true));
            }
            if (actor.path("id").asText().equals(declarer)) {
                for (String group : List.of("primary", "secondary")) {
                    if (!network.path(group + "Functions").isEmpty()) {
                        props.add(group + " functions " + join(network.path(group + "Functions"), false));
                    }
                }
            }
            given(actor, "description").ifPresent(d -> props.add("description " + quote(d)));
            if (!actor.path("functions").isEmpty()) {
                props.add("functions " + join(actor.path("functions"), false));
            }
            block("", props);
        }
        Map<String, JsonNode> indicators = new LinkedHashMap<>();
        root.path("indicators").forEach(i -> indicators.put(i.path("id").asText(), i));
        for (JsonNode node : root.path("nodes")) {
            out.append('\n').append(node.path("kind").asText()).append(' ').append(node.path("id").asText()).append(' ')
                    .append(quote(node.path("title").asText()));
            List<String> props = new ArrayList<>();
            given(node, "label").ifPresent(l -> props.add("label " + quote(l)));
            given(node, "horizon").ifPresent(h -> props.add("horizon " + h));
            if (!node.path("contributors").isEmpty()) {
                props.add("by " + join(node.path("contributors"), false));
            }
            given(node, "owner").ifPresent(o -> props.add("owner " + o));
            if (!node.path("functions").isEmpty()) {
                props.add("functions " + join(node.path("functions"), false));
            }
            if (!node.path("assumptions").isEmpty()) {
                props.add("assumes " + join(node.path("assumptions"), false));
            }
            for (JsonNode play : node.path("backbonePlays")) {
                props.add("backbone" + given(play, "actor").map(a -> " " + a).orElse("") + " plays "
                        + join(play.path("roles"), false));
            }
            withIndicators(props, node, indicators);
        }
        for (JsonNode assumption : root.path("assumptions")) {
            out.append('\n').append("assumption ").append(assumption.path("id").asText()).append(' ')
                    .append(quote(assumption.path("text").asText()));
            List<String> props = new ArrayList<>();
            given(assumption, "risk").ifPresent(r -> props.add("risk " + r));
            given(assumption, "status").ifPresent(s -> props.add("status " + s));
            for (JsonNode e : assumption.path("evidence")) {
                String written = e.path("dateWritten").isNull() ? e.path("date").asText("") : e.path("dateWritten").asText();
                props.add("evidence " + quote(e.path("source").asText()) + (written.isEmpty() ? "" : " date " + written)
                        + given(e, "note").map(n -> " note " + quote(n)).orElse(""));
            }
            withIndicators(props, assumption, indicators);
        }
        for (JsonNode indicator : indicators.values()) {
            if (indicator.path("partOf").isNull() && !nest) {
                out.append('\n');
                indicator("", "indicator", indicator, indicators, true);
            }
        }
        if (!root.path("links").isEmpty()) {
            out.append('\n');
        }
        for (JsonNode link : root.path("links")) {
            out.append(link.path("from").asText()).append(" -> ").append(link.path("to").asText());
            List<String> props = new ArrayList<>();
            given(link, "kind").ifPresent(k -> props.add("kind " + k));
            given(link, "strength").ifPresent(s -> props.add("strength " + s));
            given(link, "rationale").ifPresent(r -> props.add("rationale " + quote(r)));
            if (!link.path("assumptions").isEmpty()) {
                props.add("assumes " + join(link.path("assumptions"), false));
            }
            if (link.path("feedback").asBoolean()) {
                props.add("feedback");
            }
            if (link.path("inferred").asBoolean()) {
                props.add("inferred" + given(link, "inferredBasis").map(b -> " " + quote(b)).orElse(""));
            }
            block("", props);
        }
        for (JsonNode transition : root.path("transitions")) {
            out.append('\n').append("transition ").append(end(transition.path("from"))).append(" -> ")
                    .append(end(transition.path("to"))).append(" assumes ")
                    .append(join(transition.path("assumptions"), false)).append('\n');
        }
        for (JsonNode pathway : root.path("pathways")) {
            if (!pathway.path("derived").asBoolean()) {
                pathway(pathway);
            }
        }
        for (JsonNode data : root.path("data")) {
            data(data);
        }
        for (JsonNode records : root.path("records")) {
            records(records);
        }
    }

    private void indicator(String indent, String word, JsonNode i, Map<String, JsonNode> all, boolean top) {
        String in = indent + IN;
        String id = i.path("id").asText();
        String parent = i.path("partOf").asText("") + ".";
        out.append(indent).append(word).append(' ').append(!top && id.startsWith(parent) ? id.substring(parent.length())
                : id).append(' ')
                .append(quote(i.path("title").asText()));
        if (top) {
            out.append(" for ").append(i.path("subject").asText());
        }
        out.append(" {\n");
        description(in, i.path("description"));
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (JsonNode code : i.path("codes")) {
            codes.computeIfAbsent(code.path("file").isNull() ? "" : code.path("file").asText(), k -> new ArrayList<>())
                    .add(quote(code.path("code").asText()));
        }
        codes.forEach((file, list) -> line(in, "code " + String.join(", ", list)
                + (file.isEmpty() ? "" : " in " + quote(file))));
        JsonNode unit = i.path("unit");
        String label = unit.path("label").asText("");
        line(in, "unit " + unit.path("kind").asText("count")
                + (!unit.path("scale").isEmpty() ? " " + join(unit.path("scale"), true)
                : label.isEmpty() ? "" : " " + quote(label)));
        if (!i.path("direction").isNull() && !i.path("directionInferred").asBoolean()) {
            line(in, "direction " + i.path("direction").asText());
        }
        if (!i.path("baseline").isNull()) {
            line(in, "baseline " + value(i.path("baseline")) + " at " + date(i.path("baseline")));
        }
        for (JsonNode milestone : i.path("milestones")) {
            line(in, "milestone " + value(milestone) + " by " + date(milestone));
        }
        if (!i.path("target").isNull()) {
            line(in, "target " + value(i.path("target")) + " by " + date(i.path("target")));
        }
        if (explicitAggregation.contains(id)) {
            given(i, "aggregation").ifPresent(a -> line(in, "aggregation " + a));
        }
        if (explicitCumulative.contains(id)) {
            line(in, i.path("cumulative").asBoolean() ? "cumulative" : "snapshot");
        }
        if (!i.path("disaggregations").isEmpty()) {
            line(in, "disaggregate by " + join(i.path("disaggregations"), true));
        }
        given(i, "source").ifPresent(s -> line(in, "source " + quote(s)));
        if (given(i, "frequencyText").isPresent()) {
            line(in, "frequency " + quote(i.path("frequencyText").asText()));
        } else {
            given(i, "frequency").ifPresent(f -> line(in, "frequency " + f));
        }
        if (given(i, "responsibleText").isPresent()) {
            line(in, "responsible " + quote(i.path("responsibleText").asText()));
        } else {
            given(i, "responsible").ifPresent(r -> line(in, "responsible " + r));
        }
        given(i, "definition").ifPresent(d -> line(in, "definition " + quote(d)));
        if (!i.path("threshold").isNull()) {
            line(in, "threshold " + value(i.path("threshold")));
        }
        given(i, "method").ifPresent(d -> line(in, "method " + quote(d)));
        JsonNode growth = i.path("growth");
        if (!growth.isNull() && !growth.isMissingNode()) {
            line(in, "growth " + growth.path("amount").asText() + (growth.path("percent").asBoolean() ? "%" : "")
                    + " per " + growth.path("per").asText());
        }
        JsonNode population = i.path("population");
        if (!population.isNull() && !population.isMissingNode()) {
            line(in, "population " + population.path("count").asText()
                    + given(population, "label").map(l -> " " + quote(l)).orElse(""));
        }
        JsonNode computed = i.path("computed");
        if (!computed.isNull() && !computed.isMissingNode()) {
            line(in, "compute " + computed.path("measure").asText() + (computed.path("distinct").asBoolean() ? " distinct" : "")
                    + given(computed, "column").map(c -> " " + quote(c)).orElse("") + " from "
                    + computed.path("records").asText() + given(computed, "at").map(d -> " at " + d).orElse(""));
            given(computed, "where").ifPresent(w -> line(in, "where " + w));
            given(computed, "among").ifPresent(a -> line(in, "among " + a));
            given(computed, "each").ifPresent(e -> line(in, "each " + e));
        }
        for (JsonNode part : i.path("parts")) {
            JsonNode p = all.get(part.asText());
            if (p != null) {
                indicator(in, "part", p, all, false);
            }
        }
        out.append(indent).append("}\n");
    }

    private void pathway(JsonNode pathway) {
        out.append('\n').append("pathway ").append(pathway.path("id").asText()).append(' ')
                .append(quote(pathway.path("title").asText())).append(" {\n");
        description(IN, pathway.path("description"));
        Set<String> covered = new LinkedHashSet<>();
        for (JsonNode link : pathway.path("links")) {
            String[] ends = link.asText().split("\\s*->\\s*");
            line(IN, ends[0] + " -> " + ends[1]);
            covered.add(ends[0]);
            covered.add(ends[1]);
        }
        List<String> members = new ArrayList<>();
        pathway.path("nodes").forEach(n -> {
            if (!covered.contains(n.asText())) {
                members.add(n.asText());
            }
        });
        if (!members.isEmpty()) {
            line(IN, "members " + String.join(", ", members));
        }
        if (!pathway.path("functions").isEmpty()) {
            line(IN, "functions " + join(pathway.path("functions"), false));
        }
        out.append("}\n");
    }

    private void data(JsonNode data) {
        out.append('\n').append("data ").append(quote(data.path("file").asText())).append(" {\n");
        given(data, "sheet").ifPresent(s -> line(IN, "sheet " + quote(s)));
        given(data, "layout").ifPresent(l -> line(IN, "layout " + l));
        if (!data.path("headerRow").isNull()) {
            line(IN, "header row " + data.path("headerRow").asText()
                    + (data.path("headerRowEnd").isNull() ? "" : " to " + data.path("headerRowEnd").asText()));
        }
        data.path("columns").fields().forEachRemaining(c -> line(IN, (c.getKey().equals("indicator") ? "indicator"
                : c.getKey()) + " column " + quote(c.getValue().asText())));
        given(data, "periodColumns").ifPresent(p -> line(IN, "period columns " + quote(p)));
        if (data.path("fiscalYearStart").asInt(1) != 1) {
            line(IN, "fiscal year starts " + data.path("fiscalYearStart").asInt());
        }
        if (data.path("decimalComma").asBoolean()) {
            line(IN, "decimal comma");
        }
        for (JsonNode code : data.path("codes")) {
            line(IN, "code " + quote(code.path("code").asText()) + " is " + code.path("indicator").asText());
        }
        out.append("}\n");
    }

    private void records(JsonNode records) {
        out.append('\n').append("records ").append(records.path("id").asText()).append(" {\n");
        if (records.path("query").isNull()) {
            line(IN, "file " + quote(records.path("source").asText()));
        } else {
            line(IN, "file " + quote(records.path("source").asText()));
            line(IN, "query " + quote(records.path("query").asText()));
        }
        given(records, "sheet").ifPresent(s -> line(IN, "sheet " + quote(s)));
        given(records, "joinSheet").ifPresent(s -> line(IN, "join sheet " + quote(s)));
        given(records, "dateColumn").ifPresent(c -> line(IN, "date column " + quote(c)));
        if (records.path("fiscalYearStart").asInt(1) != 1) {
            line(IN, "fiscal year starts " + records.path("fiscalYearStart").asInt());
        }
        if (records.path("decimalComma").asBoolean()) {
            line(IN, "decimal comma");
        }
        for (JsonNode e : records.path("exclusions")) {
            switch (e.path("rule").asText()) {
                case "unapproved" -> line(IN, "exclude unapproved");
                case "duplicates" -> line(IN, "exclude duplicates" + given(e, "key").map(k -> " by " + quote(k)).orElse(""));
                default -> line(IN, "exclude " + quote(e.path("reason").asText()) + " where " + e.path("where").asText());
            }
        }
        out.append("}\n");
    }

    private void networkFunctions(String indent, JsonNode network) {
        for (String group : List.of("primary", "secondary")) {
            if (!network.path(group + "Functions").isEmpty()) {
                line(indent, group + " functions " + join(network.path(group + "Functions"), false));
            }
        }
    }

    /** A version's {@code at DATE level WORD because "why"}, as far as the record says them. */
    private static String change(JsonNode change) {
        String date = change.path("dateWritten").isTextual() ? change.path("dateWritten").asText()
                : change.path("date").asText("");
        return (date.isEmpty() || change.path("dateWritten").isNull() && change.path("date").isNull() ? "" : " at " + date)
                + given(change, "level").map(l -> " level " + l).orElse("")
                + given(change, "reason").map(r -> " because " + quote(r)).orElse("");
    }

    private static String end(JsonNode end) {
        return end.path("kind").isNull() ? join(end.path("nodes"), false) : end.path("kind").asText();
    }

    /** Properties between braces, or none: the declaration ends its line. */
    private void block(String indent, List<String> props) {
        if (props.isEmpty()) {
            out.append('\n');
            return;
        }
        out.append(" {\n");
        props.forEach(p -> line(indent + IN, p));
        out.append(indent).append("}\n");
    }

    /** A result's or assumption's block: description, properties, and its indicators when they are nested. */
    private void withIndicators(List<String> props, JsonNode subject, Map<String, JsonNode> indicators) {
        List<JsonNode> own = new ArrayList<>();
        for (JsonNode i : indicators.values()) {
            if (nest && i.path("partOf").isNull() && i.path("subject").asText().equals(subject.path("id").asText())) {
                own.add(i);
            }
        }
        if (props.isEmpty() && own.isEmpty() && subject.path("description").asText("").isEmpty()) {
            out.append('\n');
            return;
        }
        out.append(" {\n");
        description(IN, subject.path("description"));
        props.forEach(p -> line(IN, p));
        for (JsonNode i : own) {
            indicator(IN, "indicator", i, indicators, false);
        }
        out.append("}\n");
    }

    private void description(String indent, JsonNode text) {
        String value = text.asText("");
        if (value.isEmpty() || text.isNull()) {
            return;
        }
        if (value.contains("\n") && !value.contains("\"\"\"")) {
            out.append(indent).append("description \"\"\"\n");
            value.lines().forEach(l -> out.append(l.isBlank() ? "" : indent + IN + l).append('\n'));
            out.append(indent).append("\"\"\"\n");
        } else {
            line(indent, "description " + quote(value));
        }
    }

    private void line(String indent, String text) {
        out.append(indent).append(text).append('\n');
    }

    private static String date(JsonNode dated) {
        JsonNode written = dated.path("dateWritten");
        return written.isTextual() && !written.asText().isEmpty() ? written.asText() : dated.path("date").asText();
    }

    private static String value(JsonNode v) {
        String raw = v.path("value").asText();
        if (v.path("percent").asBoolean()) {
            return raw + "%";
        }
        return raw.matches("-?\\d+(\\.\\d+)?") ? raw : quote(raw);
    }

    private static java.util.Optional<String> given(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? java.util.Optional.of(value.asText()) : java.util.Optional.empty();
    }

    private static String join(JsonNode values, boolean quoted) {
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add(quoted ? quote(v.asText()) : v.asText()));
        return String.join(", ", list);
    }

    private static String quote(String text) {
        return StringLiterals.quote(text);
    }
}
