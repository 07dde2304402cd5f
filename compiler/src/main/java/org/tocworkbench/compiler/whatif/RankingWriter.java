package org.tocworkbench.compiler.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;

/**
 * The answer of {@code toc what-if --rank}: the weakest points of the theory, in the terminal, as
 * Markdown (a report's risk section) and as JSON, schema {@value #SCHEMA} (docs/what-if.md).
 * The text formats list every assumption and the {@code top} weakest results; JSON lists all.
 */
public final class RankingWriter {
    public static final String SCHEMA = "toc-what-if-rank/1";

    /** @param top how many results the text formats list; 0 for all */
    public String write(FailureRanking.Ranking ranking, Theory theory, WhatIfFormat format, int top) {
        return switch (format) {
            case TERMINAL -> text(ranking, theory, top, false);
            case MARKDOWN -> text(ranking, theory, top, true);
            case DOT, SVG, PNG, PDF -> throw new IllegalArgumentException(format.word() + " is a diagram format");
            case JSON -> json(ranking, theory);
        };
    }

    private static String share(int failed, int total) {
        return total == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * failed / total);
    }

    private String text(FailureRanking.Ranking r, Theory theory, int top, boolean md) {
        StringBuilder out = new StringBuilder();
        String title = theory.metadata().title().isEmpty() ? "the theory" : theory.metadata().title();
        out.append(md ? "# Weakest points\n\n*" + title + "*: " : "Weakest points of " + title + "\n")
                .append("each assumption and result, by how many of the ").append(r.resultCount())
                .append(" results fail when it alone fails, then how many more are weakened.\n\n");
        out.append(md ? "## Assumptions (" + r.assumptions().size() + ")\n\n" : "Assumptions (" + r.assumptions().size() + "):\n");
        if (r.assumptions().isEmpty()) {
            out.append(md ? "None.\n" : "  none\n");
        } else {
            table(out, r.assumptions(), theory, r.resultCount(), md);
        }
        out.append('\n');
        List<FailureRanking.Ranked> results = top <= 0 || top >= r.results().size() ? r.results()
                : r.results().subList(0, top);
        String shown = results.size() == r.results().size() ? String.valueOf(results.size())
                : "the " + results.size() + " weakest of " + r.results().size();
        out.append(md ? "## Results (" + shown + ")\n\n" : "Results (" + shown + "):\n");
        table(out, results, theory, r.resultCount(), md);
        out.append('\n');
        out.append(md ? "## Compared with the structural check (TOC216)\n\n" : "Compared with the structural check (TOC216):\n")
                .append(md ? "" : "  ").append(structural(r, md)).append('\n');
        return out.toString();
    }

    /** What TOC216 says, and how the ranking (which also reads link kinds and assumptions) agrees. */
    private static String structural(FailureRanking.Ranking r, boolean md) {
        if (r.bottlenecks().isEmpty()) {
            List<String> failing = new java.util.ArrayList<>();
            r.assumptions().stream().filter(FailureRanking.Ranked::impactFails).forEach(x -> failing.add(x.id()));
            r.results().stream().filter(x -> x.impactFails() && x.failed() > 1) /* not the impact itself */.forEach(x -> failing.add(x.id()));
            String named = failing.stream().map(id -> md ? "`" + id + "`" : id).limit(8).reduce((a, b) -> a + ", " + b)
                    .orElse("") + (failing.size() > 8 ? " and " + (failing.size() - 8) + " more" : "");
            return "`toc check` reports no single point of failure. "
                    + (failing.isEmpty() ? "Nothing fails the impact on its own here either: the link kinds and"
                            + " assumptions leave it a second route each time."
                            : "Through the link kinds and assumptions, the impact fails all the same with " + named + ".");
        }
        List<String> ids = r.bottlenecks().stream().map(id -> md ? "`" + id + "`" : id).toList();
        return "every path from the activities to the impact runs through " + WhatIfWriter.listed(ids)
                + " (marked *); each of them fails the impact here too, and the ranking adds what the paths"
                + " alone cannot show: necessary links and shared assumptions.";
    }

    private static void table(StringBuilder out, List<FailureRanking.Ranked> rows, Theory theory, int total, boolean md) {
        if (md) {
            out.append("| # | Id | Statement | Results failing | Results weakened | Impact fails |\n"
                    + "|---:|---|---|---:|---:|---|\n");
        } else {
            out.append(String.format(Locale.ROOT, "  %3s  %s %s %s %s  %s%n", "#", WhatIfWriter.pad("id", 8),
                    WhatIfWriter.pad("failing", 10), WhatIfWriter.pad("weakened", 10), WhatIfWriter.pad("impact fails", 12),
                    "statement"));
        }
        int rank = 0;
        for (FailureRanking.Ranked row : rows) {
            rank++;
            String statement = statement(theory, row);
            String failing = row.failed() + " (" + share(row.failed(), total) + ")";
            String weakened = row.weakened() + " (" + share(row.weakened(), total) + ")";
            String id = row.id() + (row.bottleneck() ? " *" : "");
            if (md) {
                out.append("| ").append(rank).append(" | `").append(row.id()).append('`')
                        .append(row.bottleneck() ? " \\*" : "").append(" | ").append(WhatIfWriter.cut(statement, true))
                        .append(" | ").append(failing).append(" | ").append(weakened).append(" | ")
                        .append(row.impactFails() ? "yes" : "no").append(" |\n");
            } else {
                out.append(String.format(Locale.ROOT, "  %3d  %s %s %s %s  %s%n", rank, WhatIfWriter.pad(id, 8),
                        WhatIfWriter.pad(failing, 10), WhatIfWriter.pad(weakened, 10),
                        WhatIfWriter.pad(row.impactFails() ? "yes" : "no", 12),
                        WhatIfWriter.cut(statement, false)));
            }
        }
    }

    private static String statement(Theory theory, FailureRanking.Ranked row) {
        if (row.assumption()) {
            return theory.assumptions().get(row.id()).text();
        }
        Node node = theory.nodes().get(row.id());
        return node.kind().word() + ": " + node.shortTitle();
    }

    private String json(FailureRanking.Ranking r, Theory theory) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("theory", theory.metadata().title());
        root.put("resultCount", r.resultCount());
        ArrayNode bottlenecks = root.putArray("bottlenecks");
        r.bottlenecks().forEach(bottlenecks::add);
        rows(root.putArray("assumptions"), r.assumptions(), theory);
        rows(root.putArray("results"), r.results(), theory);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rows(ArrayNode array, List<FailureRanking.Ranked> rows, Theory theory) {
        int rank = 0;
        for (FailureRanking.Ranked row : rows) {
            ObjectNode o = array.addObject();
            o.put("rank", ++rank);
            o.put("id", row.id());
            o.put("kind", row.assumption() ? "assumption" : theory.nodes().get(row.id()).kind().word());
            o.put("title", row.assumption() ? theory.assumptions().get(row.id()).text() : theory.nodes().get(row.id()).title());
            o.put("failed", row.failed());
            o.put("weakened", row.weakened());
            o.put("impactFails", row.impactFails());
            if (!row.assumption()) {
                o.put("bottleneck", row.bottleneck());
            }
        }
    }
}
