package org.tocworkbench.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tocworkbench.compiler.model.Actor;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.EvaluationPoint;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.IndicatorCode;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Pathway;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.NodeProgress;

/**
 * The Markdown shown when the pointer rests on an identifier: what it is, what it says, how it
 * connects, and — when the theory binds monitoring data — where it stands.
 */
final class Hovers {
    private final Theory theory;
    private final Analysis.Monitoring monitoring;

    Hovers(Theory theory, Analysis.Monitoring monitoring) {
        this.theory = theory;
        this.monitoring = monitoring;
    }

    /** A hover that is not about an identifier: its text and the span it covers. */
    record Passage(String text, org.tocworkbench.compiler.source.Span span) {
    }

    /**
     * On the version line or an entry of the {@code changes} block: the theory's record of changes
     * as a table (date, version, level of change, reason).
     */
    static Optional<Passage> recordOfChanges(Theory theory, org.tocworkbench.compiler.source.SourceFile file, int offset) {
        var log = theory.metadata().changeLog();
        return log.stream()
                .filter(c -> c.span().source() == file && c.span().start() <= offset && offset <= c.span().end())
                .findFirst()
                .map(hit -> new Passage("**Record of changes**\n\n| Date | Version | Level | Reason |\n|---|---|---|---|\n"
                        + String.join("", log.stream().map(c -> "| " + c.date().map(d -> d.written()).orElse("") + " | "
                                + escape(c.version()) + " | " + c.level().map(l -> l.word()).orElse("") + " | "
                                + escape(c.reason()) + " |\n").toList())
                        + "\n`toc diff FILE --from REV` shows what changed (docs/diff.md).", hit.span()));
    }

    /**
     * On the theory's {@code identifier} or {@code reporting org}: the IATI activity header the
     * export writes (identifier, publisher's name, ref and organisation type).
     */
    static Optional<Passage> publishing(Theory theory, org.tocworkbench.compiler.source.SourceFile file, int offset) {
        var metadata = theory.metadata();
        var org = metadata.reportingOrg();
        org.tocworkbench.compiler.source.Span value = metadata.identifierSpan();
        // The identifier line from its keyword to the end of its value.
        org.tocworkbench.compiler.source.Span hit = value.source() == file
                ? file.span(file.lineStart(value.line()), value.end()) : value;
        if (!(hit.source() == file && hit.start() <= offset && offset <= hit.end())) {
            hit = org.map(o -> o.span()).filter(s -> s.source() == file && s.start() <= offset && offset <= s.end())
                    .orElse(null);
        }
        if (hit == null || (metadata.identifier().isEmpty() && org.isEmpty())) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("**IATI activity** ");
        out.append(metadata.identifier().map(id -> "`" + escape(id) + "`").orElse("_(no `identifier`)_"));
        org.ifPresentOrElse(o -> {
            out.append("  \npublished by **").append(escape(o.displayName())).append("** (`").append(escape(o.ref()))
                    .append("`)");
            out.append(o.type().map(t -> ", " + t.label() + " (type " + t.code() + ")").orElse(", _no organisation type_"));
        }, () -> out.append("  \n_no `reporting org`_"));
        out.append("\n\n`toc export FILE --format iati` publishes the results under this header; its options replace it"
                + " (docs/standards.md).");
        return Optional.of(new Passage(out.toString(), hit));
    }

    Optional<String> describe(String id) {
        if (theory.nodes().containsKey(id)) {
            return Optional.of(node(theory.nodes().get(id)));
        }
        if (theory.indicators().containsKey(id)) {
            return Optional.of(indicator(theory.indicators().get(id)));
        }
        if (theory.assumptions().containsKey(id)) {
            return Optional.of(assumption(theory.assumptions().get(id)));
        }
        if (theory.actors().containsKey(id)) {
            return Optional.of(actor(theory.actors().get(id)));
        }
        if (theory.records().containsKey(id)) {
            return Optional.of(records(theory.records().get(id)));
        }
        Optional<EvaluationPoint> point = theory.metadata().points().stream().filter(p -> p.name().equals(id)).findFirst();
        if (point.isPresent()) {
            return point.map(this::point);
        }
        return theory.pathways().stream().filter(p -> id.equals(p.id())).findFirst().map(this::pathway);
    }

    private String records(org.tocworkbench.compiler.model.RecordSource source) {
        StringBuilder out = new StringBuilder();
        out.append("**records** `").append(source.id()).append("` — ")
                .append(escape(source.format() == org.tocworkbench.compiler.model.RecordFormat.DATABASE
                        ? org.tocworkbench.evaluator.records.DatabaseCredentials.withoutParameters(source.location())
                        : source.location())).append('\n');
        source.sheet().ifPresent(s -> out.append("  \nsheet: ").append(escape(s)));
        source.joinSheet().ifPresent(s -> out.append("  \njoined to sheet: ").append(escape(s)));
        source.dateColumn().ifPresent(c -> out.append("  \ndate column: `").append(c.name()).append('`'));
        for (org.tocworkbench.compiler.model.RecordExclusion e : source.exclusions()) {
            out.append("  \nexclude: ").append(escape(e.reason()))
                    .append(e.key().map(k -> " by `" + k.name() + "`").orElse(""))
                    .append(e.condition().map(c -> " where `" + c.display() + "`").orElse(""));
        }
        List<String> computed = theory.computations().values().stream()
                .filter(c -> c.records().equals(source.id())).map(c -> c.indicatorId()).toList();
        if (!computed.isEmpty()) {
            out.append("\n\n**Computes**: ").append(ids(computed)).append('\n');
        }
        return out.toString().strip();
    }

    private String point(EvaluationPoint point) {
        StringBuilder out = new StringBuilder();
        out.append("**evaluation point** `").append(point.name()).append('`');
        if (!point.label().isEmpty()) {
            out.append(" — ").append(escape(point.label()));
        }
        out.append("  \ndate: ").append(point.date().dated() ? point.date().text() + " (until " + point.date().end() + ")"
                : "none: the theory has no period");
        if (point.date().relative()) {
            out.append(", written `").append(point.date().written()).append('`');
        }
        List<String> dated = new ArrayList<>();
        for (Indicator indicator : theory.indicators().values()) {
            if (indicator.measurements().stream().anyMatch(m -> m.date().written().equals(point.name()))) {
                dated.add(indicator.id());
            }
        }
        if (!dated.isEmpty()) {
            out.append("  \ndates values of ").append(ids(dated));
        }
        return out.toString().strip();
    }

    private String node(Node node) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(node.keyword()).append("** `").append(node.id()).append("` — ")
                .append(escape(node.title())).append("\n");
        node.label().ifPresent(label -> out.append("  \nlabel in diagrams: ").append(escape(label)));
        if (node.horizon() != null) {
            out.append("  \nhorizon: ").append(node.horizon().word());
        }
        if (!node.contributors().isEmpty()) {
            out.append("  \nby: ").append(ids(node.contributors()));
        }
        if (node.owner() != null) {
            out.append("  \nowner: `").append(node.owner()).append('`');
        }
        if (!node.functions().isEmpty()) {
            out.append("  \nfunctions: ").append(node.functions().stream().map(f -> f.label()).collect(Collectors.joining(", ")));
        }
        node.backbonePlays().forEach(play -> out.append("  \nbackbone `").append(play.actor()).append("` plays: ")
                .append(String.join(", ", play.roles())));
        if (theory.restsOnBackboneAlone(node) && node.servesNetworkFunction()) {
            out.append("  \nrests on the backbone alone");
        }
        out.append('\n');
        description(out, node.description());
        List<Link> in = theory.links().stream().filter(l -> l.to().equals(node.id())).toList();
        List<Link> out2 = theory.links().stream().filter(l -> l.from().equals(node.id())).toList();
        links(out, "Comes from", in.stream().map(Link::from).toList(),
                in.stream().filter(Link::inferred).map(Link::from).toList());
        links(out, "Leads to", out2.stream().map(Link::to).toList(),
                out2.stream().filter(Link::inferred).map(Link::to).toList());
        if (!node.indicators().isEmpty()) {
            out.append("\n**Indicators**\n");
            for (String indicatorId : node.indicators()) {
                Indicator indicator = theory.indicators().get(indicatorId);
                if (indicator != null) {
                    out.append("- `").append(indicator.id()).append("` ").append(escape(indicator.title()))
                            .append(": ").append(plan(indicator)).append(latest(indicator.id())).append('\n');
                }
            }
        }
        if (!node.assumptions().isEmpty()) {
            out.append("\n**Assumptions**: ").append(ids(node.assumptions())).append('\n');
        }
        status(out, node.id());
        return out.toString().strip();
    }

    private String indicator(Indicator indicator) {
        StringBuilder out = new StringBuilder();
        out.append("**indicator** `").append(indicator.id()).append("` — ").append(escape(indicator.title())).append('\n');
        out.append("  \nmeasures: `").append(indicator.subject()).append('`').append(title(indicator.subject()));
        codes(out, indicator);
        if (indicator.composite()) {
            out.append("  \ncomposite of ").append(ids(indicator.parts()))
                    .append(" (progress: the least of its parts')");
        } else {
            out.append("  \nunit: ").append(indicator.unit().describe());
        }
        indicator.partOf().ifPresent(composite -> out.append("  \npart of `").append(composite).append('`'));
        indicator.population().ifPresent(p -> out.append("  \npopulation: ").append(number(p.count()))
                .append(p.label().isEmpty() ? "" : " " + escape(p.label())));
        if (indicator.direction() != null) {
            out.append("  \ndirection: ").append(indicator.direction().word())
                    .append(indicator.directionInferred() ? " (inferred from baseline and target)" : "");
        }
        out.append("  \n").append(plan(indicator));
        indicator.growth().ifPresent(g -> out.append("  \ngrowth: ").append(escape(g.toString()))
                .append(g.percent() ? " (compounding from the baseline)" : " (linear from the baseline)"));
        if (!indicator.plan().definition().isEmpty()) {
            out.append("  \ndefinition: ").append(escape(indicator.plan().definition()));
        }
        indicator.plan().threshold().ifPresent(t -> out.append("  \nthreshold: ").append(escape(t.toString())));
        if (!indicator.plan().method().isEmpty()) {
            out.append("  \nmethod: ").append(escape(indicator.plan().method()));
        }
        if (indicator.frequency() != null) {
            out.append("  \nfrequency: ").append(indicator.frequency().word());
        } else if (!indicator.plan().frequencyText().isEmpty()) {
            out.append("  \nfrequency: ").append(escape(indicator.plan().frequencyText()));
        }
        if (!indicator.source().isEmpty()) {
            out.append("  \nsource: ").append(escape(indicator.source()));
        }
        if (indicator.responsible() != null) {
            out.append("  \nresponsible: `").append(indicator.responsible()).append('`');
        } else if (!indicator.plan().responsibleText().isEmpty()) {
            out.append("  \nresponsible: ").append(escape(indicator.plan().responsibleText()));
        }
        out.append('\n');
        description(out, indicator.description());
        Evaluation evaluation = monitoring.evaluation();
        theory.computation(indicator.id()).ifPresent(c -> out.append("\n**Computed**: `").append(c.definition())
                .append("`\n"));
        IndicatorProgress progress = evaluation == null ? null : evaluation.indicators().get(indicator.id());
        if (progress != null) {
            String how = evaluation.derivation(indicator.id()).flatMap(d -> d.values().stream()
                    .filter(v -> v.group().isEmpty() && v.period().label().equals(progress.actualPeriod()))
                    .findFirst()).map(v -> escape(v.how()) + " in " + escape(v.period().label())).orElse(null);
            out.append("\n**Latest**: ").append(how != null ? how : actual(progress)).append(" — ").append(progress.status().label());
            if (!Double.isNaN(progress.progress())) {
                out.append(String.format(Locale.ROOT, " (%.0f%% of the way to target", progress.progress()));
                out.append(Double.isNaN(progress.expected()) ? ")"
                        : String.format(Locale.ROOT, ", %.0f%% expected)", progress.expected()));
            }
            out.append('\n');
            evaluation.derivation(indicator.id()).ifPresent(d -> out.append("  \n").append(escape(d.source()))
                    .append(": ").append(escape(d.recordsLine())).append('\n'));
        }
        note(out);
        return out.toString().strip();
    }

    /** The codes data sources name the indicator by: its own, then those of the data blocks' code tables. */
    private void codes(StringBuilder out, Indicator indicator) {
        List<String> codes = new ArrayList<>();
        for (IndicatorCode code : indicator.codes()) {
            codes.add("`" + code.code().replace('`', '\'') + "`" + code.file().map(f -> " in " + escape(f)).orElse(""));
        }
        for (DataBinding binding : theory.data()) {
            binding.codes().stream().filter(m -> m.indicator().equals(indicator.id()))
                    .forEach(m -> codes.add("`" + m.code().replace('`', '\'') + "` in " + escape(binding.file()) + " (its data block)"));
        }
        if (!codes.isEmpty()) {
            out.append("  \ncodes: ").append(String.join(", ", codes));
        }
    }

    private String assumption(Assumption assumption) {
        StringBuilder out = new StringBuilder();
        out.append("**assumption** `").append(assumption.id()).append("` — ").append(escape(assumption.text())).append('\n');
        out.append("  \nrisk: ").append(assumption.risk() == null ? "not rated" : assumption.risk().word());
        out.append("  \nevidence: ").append(assumption.status() == null ? "untested" : assumption.status().word());
        assumption.evidence().forEach(e -> out.append("\n- ").append(escape(e.source()))
                .append(e.date() == null ? "" : " (" + e.date().text() + ")")
                .append(e.note() == null || e.note().isEmpty() ? "" : ": " + escape(e.note())));
        out.append('\n');
        description(out, assumption.description());
        List<String> on = theory.links().stream().filter(l -> l.assumptions().contains(assumption.id()))
                .map(l -> "`" + l.from() + " -> " + l.to() + "`").toList();
        List<String> nodes = theory.nodes().values().stream().filter(n -> n.assumptions().contains(assumption.id()))
                .map(n -> "`" + n.id() + "`").toList();
        List<String> transitions = theory.transitions().stream().filter(t -> t.assumptions().contains(assumption.id()))
                .map(t -> "every link `" + t.display() + "` (" + t.links().size() + (t.links().size() == 1 ? " link)" : " links)"))
                .toList();
        if (!on.isEmpty() || !nodes.isEmpty() || !transitions.isEmpty()) {
            out.append("\n**Rests under**: ").append(String.join(", ", concat(concat(on, nodes), transitions))).append('\n');
        }
        if (!assumption.indicators().isEmpty()) {
            out.append("\n**Monitored by**: ").append(ids(assumption.indicators())).append('\n');
        }
        return out.toString().strip();
    }

    private String actor(Actor actor) {
        StringBuilder out = new StringBuilder();
        out.append(actor.structure().isPresent() ? "**structure** `" : "**actor** `").append(actor.id()).append("` — ")
                .append(escape(actor.name())).append('\n');
        if (actor.structure().isPresent()) {
            var structure = actor.structure().get();
            structure.kind().ifPresent(k -> out.append("  \nkind: ").append(k.label().toLowerCase(Locale.ROOT)));
            if (!structure.serves().isEmpty()) {
                out.append("  \nserves: ").append(structure.serves().stream().map(f -> f.label()).collect(Collectors.joining(", ")));
            }
            if (!structure.members().isEmpty()) {
                out.append("  \nmembers: ").append(ids(structure.members()));
            }
        } else if (actor.role() != null) {
            out.append("  \nrole: ").append(actor.role().word());
        }
        actor.kind().ifPresent(k -> out.append("  \nkind: ").append(escape(k)));
        if (!actor.functions().isEmpty()) {
            out.append("  \nfunctions: ").append(actor.functions().stream().map(f -> f.label()).collect(Collectors.joining(", ")));
        }
        if (!actor.plays().isEmpty()) {
            out.append("  \nplays: ").append(String.join(", ", actor.plays()));
        }
        if (!actor.positions().isEmpty()) {
            out.append("  \npositions: ").append(escape(String.join(", ", actor.positions())));
        }
        if (actor.backbone() && theory.network().declared()) {
            out.append("  \nprimary functions: ").append(theory.network().primary().stream().map(f -> f.label())
                    .collect(Collectors.joining(", ")));
        }
        out.append('\n');
        description(out, actor.description());
        List<String> contributes = theory.nodes().values().stream()
                .filter(n -> n.contributors().contains(actor.id()) || actor.id().equals(n.owner()))
                .map(n -> "`" + n.id() + "`").toList();
        if (!contributes.isEmpty()) {
            out.append("\n**Contributes to**: ").append(String.join(", ", contributes)).append('\n');
        }
        return out.toString().strip();
    }

    private String pathway(Pathway pathway) {
        StringBuilder out = new StringBuilder();
        out.append("**pathway** `").append(pathway.id()).append("` — ").append(escape(pathway.title())).append('\n');
        out.append("\n").append(pathway.nodes().stream().map(n -> "`" + n + "`").collect(Collectors.joining(" → "))).append('\n');
        description(out, pathway.description());
        Evaluation evaluation = monitoring.evaluation();
        if (evaluation != null) {
            evaluation.pathways().stream().filter(p -> pathway.id().equals(p.pathwayId())).findFirst().ifPresent(p -> {
                out.append("\n**Status**: ").append(p.status().label());
                if (!Double.isNaN(p.progress())) {
                    out.append(String.format(Locale.ROOT, " (progress %.0f%%)", p.progress()));
                }
                if (p.bottleneck() != null) {
                    out.append("  \nbottleneck: `").append(p.bottleneck()).append('`').append(title(p.bottleneck()));
                }
                out.append('\n');
            });
        }
        note(out);
        return out.toString().strip();
    }

    private void links(StringBuilder out, String heading, List<String> ids, List<String> inferred) {
        if (ids.isEmpty()) {
            return;
        }
        out.append("\n**").append(heading).append("**\n");
        ids.stream().distinct().forEach(id -> out.append("- `").append(id).append('`').append(title(id))
                .append(inferred.contains(id) ? " _(inferred link)_" : "").append('\n'));
    }

    private String title(String id) {
        Node node = theory.nodes().get(id);
        if (node != null) {
            return " " + escape(node.title());
        }
        Assumption assumption = theory.assumptions().get(id);
        return assumption == null ? "" : " " + escape(assumption.text());
    }

    private static String plan(Indicator indicator) {
        return "baseline " + measurement(indicator.baseline(), "at") + ", target " + measurement(indicator.target(), "by");
    }

    private static String measurement(Measurement m, String preposition) {
        if (m == null) {
            return "not set";
        }
        return escape(m.value().toString()) + (m.date() == null ? "" : " " + preposition + " " + m.date().describe());
    }

    private String latest(String indicatorId) {
        Evaluation evaluation = monitoring.evaluation();
        IndicatorProgress progress = evaluation == null ? null : evaluation.indicators().get(indicatorId);
        return progress == null ? "" : "; latest " + actual(progress) + " — " + progress.status().label();
    }

    private static String actual(IndicatorProgress progress) {
        String value = progress.actualText() != null ? escape(progress.actualText())
                : Double.isNaN(progress.actual()) ? "no value" : number(progress.actual());
        return progress.actualPeriod() == null ? value : value + " (" + escape(progress.actualPeriod()) + ")";
    }

    private void status(StringBuilder out, String nodeId) {
        Evaluation evaluation = monitoring.evaluation();
        NodeProgress progress = evaluation == null ? null : evaluation.nodes().get(nodeId);
        if (progress != null) {
            out.append("\n**Status**: ").append(progress.status().label());
            if (!Double.isNaN(progress.progress())) {
                out.append(String.format(Locale.ROOT, " (mean progress %.0f%%)", progress.progress()));
            }
            out.append('\n');
        }
        note(out);
    }

    private void note(StringBuilder out) {
        if (monitoring.note() != null) {
            String note = monitoring.note();
            int lineEnd = note.indexOf('\n');
            out.append("\n_").append(escape(lineEnd < 0 ? note : note.substring(0, lineEnd))).append("_\n");
            if (lineEnd >= 0) {
                // The rest of a long message (e.g. the data block lines that would read a sheet) as it is printed.
                out.append("\n```text\n").append(note.substring(lineEnd + 1).replace("```", "'''")).append("\n```\n");
            }
        }
    }

    private static void description(StringBuilder out, String description) {
        if (!description.isBlank()) {
            out.append('\n').append(escape(description.strip())).append('\n');
        }
    }

    private static String ids(List<String> ids) {
        return ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    /** User text in Markdown: characters that would format are escaped. */
    static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
