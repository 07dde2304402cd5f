package org.tocworkbench.compiler.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.draft.DraftAssumption;
import org.tocworkbench.compiler.draft.DraftIndicator;
import org.tocworkbench.compiler.draft.DraftLink;
import org.tocworkbench.compiler.draft.DraftResult;
import org.tocworkbench.compiler.draft.DraftValue;
import org.tocworkbench.compiler.draft.TheoryDraft;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.syntax.StringLiterals;

/**
 * Writes an imported {@link TheoryDraft} as {@code .toc} text in the canonical layout (the text is
 * passed through {@link TocFormatter}, so {@code toc fmt} leaves it as it is). What the source left
 * open is written as {@code # To check:} comments where it belongs: above the theory, a result,
 * an indicator or the links.
 */
public final class DraftWriter {
    private static final String NOTE = "# To check: ";

    public String write(TheoryDraft draft) {
        StringBuilder out = new StringBuilder();
        draft.header().forEach(line -> out.append(line.isEmpty() ? "#" : "# " + line).append('\n'));
        if (!draft.header().isEmpty()) {
            out.append('\n');
        }
        notes(out, "", draft.notes());
        out.append("theory ").append(quote(draft.title())).append(" {\n");
        publishing(out, draft);
        if (draft.periodStart().isPresent() && draft.periodEnd().isPresent()) {
            out.append("    period ").append(draft.periodStart().get()).append(" to ").append(draft.periodEnd().get())
                    .append('\n');
        }
        description(out, draft.description());
        out.append("}\n");
        Map<String, List<DraftAssumption>> homed = new LinkedHashMap<>();
        List<DraftAssumption> homeless = new ArrayList<>();
        for (DraftAssumption assumption : draft.assumptions()) {
            if (assumption.result().isPresent()) {
                homed.computeIfAbsent(assumption.result().get(), k -> new ArrayList<>()).add(assumption);
            } else {
                homeless.add(assumption);
            }
        }
        for (DraftResult result : draft.results()) {
            out.append('\n');
            result(out, result, homed.getOrDefault(result.id(), List.of()));
        }
        if (!draft.links().isEmpty()) {
            out.append('\n');
            for (DraftLink link : draft.links()) {
                out.append(link.from()).append(" -> ").append(link.to());
                link.inferred().ifPresent(why -> out.append(" { inferred ").append(quote(why)).append(" }"));
                out.append('\n');
            }
        }
        if (!homeless.isEmpty()) {
            out.append('\n');
            out.append(NOTE).append("the source gives these assumptions no result or link; attach each with"
                    + " `assumes` where it belongs\n");
            for (DraftAssumption assumption : homeless) {
                out.append("assumption ").append(assumption.id()).append(' ').append(quote(assumption.text())).append('\n');
            }
        }
        for (String file : draft.data()) {
            out.append('\n').append("data ").append(quote(file)).append(" { }\n");
        }
        TocFormatter.Result formatted = new TocFormatter().format(new SourceFile("imported.toc", out.toString()));
        if (!formatted.ok()) {
            throw new IllegalStateException("the imported theory does not parse: " + formatted.errors() + "\n" + out);
        }
        return formatted.text();
    }

    /** The IATI publishing words: the activity identifier and the organisation that publishes it. */
    private static void publishing(StringBuilder out, TheoryDraft draft) {
        draft.identifier().ifPresent(id -> out.append("    identifier ").append(quote(id)).append('\n'));
        draft.reportingOrg().ifPresent(org -> {
            out.append("    reporting org ").append(quote(org.ref()));
            org.name().ifPresent(name -> out.append(' ').append(quote(name)));
            org.type().ifPresent(type -> out.append(" type ").append(type.word()));
            out.append('\n');
        });
    }

    /** A one-line description in quotes; one of several lines between triple quotes, as written. */
    private static void description(StringBuilder out, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!text.contains("\n") || text.contains("\"\"\"")) {
            out.append("    description ").append(StringLiterals.quote(text.replaceAll("\\s*\\n\\s*", " "))).append('\n');
            return;
        }
        out.append("    description \"\"\"\n");
        text.lines().forEach(line -> out.append(line.isBlank() ? "" : "        " + line.strip()).append('\n'));
        out.append("    \"\"\"\n");
    }

    private static void result(StringBuilder out, DraftResult result, List<DraftAssumption> assumptions) {
        notes(out, "", result.notes());
        out.append(result.kind().words().get(0)).append(' ').append(result.id()).append(' ')
                .append(quote(result.title()));
        result.horizon().ifPresent(h -> out.append(" horizon ").append(h));
        if (result.description().isEmpty() && result.indicators().isEmpty() && assumptions.isEmpty()
                && result.label().isEmpty()) {
            out.append('\n');
            return;
        }
        out.append(" {\n");
        result.label().ifPresent(l -> out.append("    label ").append(quote(l)).append('\n'));
        if (!result.description().isEmpty()) {
            out.append("    description ").append(quote(result.description())).append('\n');
        }
        for (DraftIndicator indicator : result.indicators()) {
            indicator(out, indicator);
        }
        for (DraftAssumption assumption : assumptions) {
            out.append("    assumption ").append(assumption.id()).append(' ').append(quote(assumption.text())).append('\n');
        }
        out.append("}\n");
    }

    private static void indicator(StringBuilder out, DraftIndicator indicator) {
        String in = "        ";
        notes(out, "    ", indicator.notes());
        out.append("    indicator ").append(indicator.id()).append(' ').append(quote(indicator.title())).append(" {\n");
        if (!indicator.description().isEmpty()) {
            out.append(in).append("description ").append(quote(indicator.description())).append('\n');
        }
        if (!indicator.codes().isEmpty()) {
            out.append(in).append("code ").append(String.join(", ", indicator.codes().stream().map(DraftWriter::quote)
                    .toList())).append('\n');
        }
        out.append(in).append("unit ").append(indicator.unit().words().get(0));
        if (indicator.unit() == UnitKind.SCALE) {
            out.append(' ').append(String.join(", ", indicator.scale().stream().map(DraftWriter::quote).toList()));
        } else if (!indicator.unitLabel().isEmpty() && !indicator.unitLabel().equals("%")) {
            out.append(' ').append(quote(indicator.unitLabel()));
        }
        out.append('\n');
        indicator.direction().ifPresent(d -> out.append(in).append("direction ").append(d.words().get(0)).append('\n'));
        indicator.baseline().ifPresent(v -> measurement(out, in, "baseline", " at ", v));
        indicator.milestones().forEach(v -> measurement(out, in, "milestone", " by ", v));
        indicator.target().ifPresent(v -> measurement(out, in, "target", " by ", v));
        if (indicator.cumulative()) {
            out.append(in).append("cumulative\n");
        }
        indicator.aggregation().ifPresent(a -> out.append(in).append("aggregation ").append(a.word()).append('\n'));
        indicator.frequency().ifPresent(f -> out.append(in).append("frequency ").append(f.words().get(0)).append('\n'));
        if (!indicator.disaggregations().isEmpty()) {
            out.append(in).append("disaggregate by ").append(String.join(", ",
                    indicator.disaggregations().stream().map(DraftWriter::quote).toList())).append('\n');
        }
        if (!indicator.source().isEmpty()) {
            out.append(in).append("source ").append(quote(indicator.source())).append('\n');
        }
        out.append("    }\n");
    }

    /** A dated value as a property; an undated one cannot be a property, so it becomes a note. */
    private static void measurement(StringBuilder out, String indent, String word, String joint, DraftValue value) {
        String written = value.numeric() ? value.value() + (value.percent() ? "%" : "") : quote(value.value());
        Optional<String> date = value.date();
        if (date.isEmpty()) {
            out.append(indent).append(NOTE).append("the source gives the ").append(word).append(' ').append(written)
                    .append(" without a date; add `").append(word).append(' ').append(written).append(joint)
                    .append("DATE`\n");
            return;
        }
        out.append(indent).append(word).append(' ').append(written).append(joint).append(date.get()).append('\n');
    }

    private static void notes(StringBuilder out, String indent, List<String> notes) {
        notes.forEach(note -> out.append(indent).append(NOTE).append(note.replace('\n', ' ')).append('\n'));
    }

    private static String quote(String text) {
        return StringLiterals.quote(text.replace('\n', ' ').replace('\r', ' ').strip());
    }
}
