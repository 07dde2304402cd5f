package org.tocworkbench.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.whatif.CurrentProgress;
import org.tocworkbench.compiler.whatif.FailurePropagation;
import org.tocworkbench.compiler.whatif.FailureRanking;
import org.tocworkbench.compiler.whatif.RankingWriter;
import org.tocworkbench.compiler.whatif.WhatIfFormat;
import org.tocworkbench.compiler.whatif.WhatIfWriter;
import org.tocworkbench.evaluator.progress.ProgressToday;

/**
 * {@code toc what-if} in the editor (docs/lsp.md): a code lens "What if this fails?" on every
 * assumption and result declared in the document, and one "Weakest points" lens on its first
 * line, running the commands {@value #WHAT_IF} (arguments: the document's URI and the id) and
 * {@value #RANK} (the URI), which answer with the Markdown of {@code toc what-if --fails ID} and
 * {@code toc what-if --rank}. Nothing is offered while the theory has errors.
 */
final class WhatIfLenses {
    static final String WHAT_IF = "toc.whatIf";
    static final String RANK = "toc.whatIfRank";
    static final List<String> COMMANDS = List.of(WHAT_IF, RANK);

    private WhatIfLenses() {
    }

    static List<CodeLens> lenses(Analysis analysis) {
        Theory theory = analysis.theory();
        if (theory == null || analysis.compilation().hasErrors() || theory.nodes().isEmpty()) {
            return List.of();
        }
        SourceFile root = analysis.sources().get(0);
        List<CodeLens> lenses = new ArrayList<>();
        lenses.add(new CodeLens(new Range(new Position(0, 0), new Position(0, 0)),
                new Command("Weakest points: what fails with each assumption", RANK, List.of(analysis.uri())), null));
        for (Assumption assumption : theory.assumptions().values()) {
            lens(assumption.id(), assumption.idSpan(), root, analysis.uri()).ifPresent(lenses::add);
        }
        for (Node node : theory.nodes().values()) {
            lens(node.id(), node.idSpan(), root, analysis.uri()).ifPresent(lenses::add);
        }
        return lenses;
    }

    private static Optional<CodeLens> lens(String id, Span span, SourceFile root, String uri) {
        if (span.isNone() || !root.equals(span.source())) {
            return Optional.empty();
        }
        return Optional.of(new CodeLens(Positions.range(span),
                new Command("What if this fails?", WHAT_IF, List.of(uri, id)), null));
    }

    /** The document URI a command names, its first argument. */
    static String uriArgument(ExecuteCommandParams params) {
        return argument(params, 0);
    }

    /** The Markdown answer of a command, for the analysis of the document it names. */
    static String execute(ExecuteCommandParams params, Analysis analysis) {
        Theory theory = analysis.theory();
        if (theory == null || analysis.compilation().hasErrors()) {
            throw error("the theory has errors: fix them first (see the Problems list)");
        }
        TheoryGraph graph = new TheoryGraph(theory);
        if (params.getCommand().equals(RANK)) {
            return new RankingWriter().write(FailureRanking.rank(graph), theory, WhatIfFormat.MARKDOWN, 0);
        }
        String id = argument(params, 1);
        if (!theory.nodes().containsKey(id) && !theory.assumptions().containsKey(id)) {
            throw error("no result or assumption `" + id + "`"
                    + FailurePropagation.suggestion(theory, id).map(s -> "; did you mean `" + s + "`?").orElse(""));
        }
        Analysis.Monitoring monitoring = analysis.monitoring();
        Optional<CurrentProgress> progress = monitoring.evaluation() == null ? Optional.empty()
                : Optional.of(ProgressToday.of(monitoring.evaluation()));
        return new WhatIfWriter().write(FailurePropagation.propagate(graph, List.of(id)), WhatIfFormat.MARKDOWN, progress);
    }

    private static String argument(ExecuteCommandParams params, int index) {
        List<Object> arguments = params.getArguments();
        if (arguments == null || arguments.size() <= index) {
            throw error(params.getCommand() + " needs " + (index + 1) + " argument(s): the document URI"
                    + (index > 0 ? " and an id" : ""));
        }
        Object value = arguments.get(index);
        if (value instanceof JsonPrimitive primitive) {
            return primitive.getAsString();
        }
        if (value instanceof JsonElement element) {
            return element.toString();
        }
        return String.valueOf(value);
    }

    static ResponseErrorException error(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
