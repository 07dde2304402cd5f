package org.tocworkbench.evaluator.logframe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Link;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.report.Format;

/**
 * Turns a theory into a logframe: results ordered impact → long-, medium-, short-term outcomes
 * (and preconditions) → outputs → activities, in declaration order within a level. A result's
 * assumptions are its own and those of the links that leave it (their own and those of the
 * transitions that cover them) — what must hold for it to lead to the next level, as the
 * assumptions column of a logframe reads.
 */
public final class LogframeBuilder {
    private LogframeBuilder() {
    }

    public static Logframe build(Theory theory) {
        List<Node> nodes = new ArrayList<>(theory.nodes().values());
        nodes.sort(Comparator.comparingInt(Node::rank).reversed());
        List<Logframe.Row> rows = new ArrayList<>();
        for (Node node : nodes) {
            List<Logframe.IndicatorLine> lines = new ArrayList<>();
            for (String id : node.indicators()) {
                Indicator i = theory.indicators().get(id);
                if (i != null) {
                    lines.add(new Logframe.IndicatorLine(i.id(), title(i), baseline(i), target(i), verification(i)));
                    // A composite's parts follow it, each with its own baseline and target.
                    for (String part : i.parts()) {
                        Indicator p = theory.indicators().get(part);
                        lines.add(new Logframe.IndicatorLine(p.id(), title(p), baseline(p), target(p), verification(p)));
                    }
                }
            }
            rows.add(new Logframe.Row(level(node), node.id(), node.title(), lines, assumptions(theory, node)));
        }
        return new Logframe(theory.metadata().title(), rows);
    }

    /** The indicator's title, with its definition and threshold when the theory gives them. */
    private static String title(Indicator i) {
        List<String> parts = new ArrayList<>();
        if (!i.plan().definition().isBlank()) {
            parts.add("definition: " + i.plan().definition().strip());
        }
        i.plan().threshold().ifPresent(t -> parts.add("threshold: " + t));
        return parts.isEmpty() ? i.title() : i.title() + " — " + String.join("; ", parts);
    }

    /** The means of verification: the source, and the method, frequency and who reports when written as text. */
    private static String verification(Indicator i) {
        List<String> parts = new ArrayList<>();
        if (!i.source().isBlank()) {
            parts.add(i.source().strip());
        }
        if (!i.plan().method().isBlank()) {
            parts.add("method: " + i.plan().method().strip());
        }
        if (!i.plan().frequencyText().isBlank()) {
            parts.add("frequency: " + i.plan().frequencyText().strip());
        }
        if (!i.plan().responsibleText().isBlank()) {
            parts.add("responsible: " + i.plan().responsibleText().strip());
        }
        return String.join("; ", parts);
    }

    static String level(Node node) {
        if (node.kind() == NodeKind.OUTCOME || node.kind() == NodeKind.PRECONDITION) {
            String noun = node.kind() == NodeKind.OUTCOME ? "outcome" : "precondition";
            if (node.horizon() == null) {
                return node.kind() == NodeKind.OUTCOME ? "Outcome" : "Precondition";
            }
            String horizon = node.horizon().word();
            return Character.toUpperCase(horizon.charAt(0)) + horizon.substring(1) + "-term " + noun;
        }
        String word = node.kind().word();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String baseline(Indicator i) {
        return i.baseline() == null ? "" : value(i, i.baseline()) + " (" + i.baseline().date().describe() + ")";
    }

    /**
     * Numbers in their unit ({@code 10,000,000 KES}, {@code 31%}); scale and yes/no values as their
     * labels ({@code drafted}, {@code no}, whether the theory wrote the label, its position or
     * {@code false}); text as written.
     */
    private static String value(Indicator i, Measurement m) {
        java.util.OptionalDouble n = i.numeric(m.value());
        if (n.isEmpty()) {
            return m.value().toString();
        }
        return switch (i.unit().kind()) {
            case SCALE, BOOLEAN -> Format.value(n.getAsDouble(), i.unit());
            default -> i.unit().kind().isNumeric() ? Format.value(n.getAsDouble(), i) : m.value().toString();
        };
    }

    private static String target(Indicator i) {
        StringBuilder target = new StringBuilder(i.target() == null ? "" : by(i, i.target()));
        if (!i.milestones().isEmpty()) {
            List<String> milestones = new ArrayList<>();
            i.milestones().forEach(m -> milestones.add(by(i, m)));
            target.append(target.length() == 0 ? "" : " ").append("(milestones: ")
                    .append(String.join(", ", milestones)).append(')');
        }
        i.growth().ifPresent(g -> target.append(target.length() == 0 ? "" : " ").append("(growth ").append(g)
                .append(')'));
        return target.toString();
    }

    private static String by(Indicator i, Measurement m) {
        return value(i, m) + " by " + m.date().describe();
    }

    private static List<String> assumptions(Theory theory, Node node) {
        Set<String> ids = new LinkedHashSet<>(node.assumptions());
        for (Link link : theory.links()) {
            if (link.from().equals(node.id())) {
                ids.addAll(link.allAssumptions());
            }
        }
        List<String> texts = new ArrayList<>();
        for (String id : ids) {
            Assumption a = theory.assumptions().get(id);
            if (a != null) {
                texts.add(a.id() + ": " + a.text());
            }
        }
        return texts;
    }
}
