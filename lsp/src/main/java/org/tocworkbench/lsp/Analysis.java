package org.tocworkbench.lsp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.syntax.Ast;
import org.tocworkbench.compiler.syntax.SyntaxParser;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.StatusBands;

/**
 * One compile of an open document at one version, and what the editor features derive from it
 * on demand: the syntax trees and symbol index of every file read, and the evaluation against
 * the theory's monitoring data. Each is computed once per compile.
 */
final class Analysis {
    /** The evaluation, or why there is none (null note when there is one or no data are bound). */
    record Monitoring(Evaluation evaluation, String note) {
    }

    private final String uri;
    private final int version;
    private final SourceFile root;
    private final Compilation compilation;
    private Map<SourceFile, Ast.File> trees;
    private SymbolIndex index;
    private Monitoring monitoring;

    Analysis(String uri, int version, SourceFile root, Compilation compilation) {
        this.uri = uri;
        this.version = version;
        this.root = root;
        this.compilation = compilation;
    }

    String uri() {
        return uri;
    }

    int version() {
        return version;
    }

    SourceFile root() {
        return root;
    }

    Compilation compilation() {
        return compilation;
    }

    Theory theory() {
        return compilation.theory();
    }

    /** Every file the compile read, the root first. */
    List<SourceFile> sources() {
        return compilation.sources().isEmpty() ? List.of(root) : compilation.sources();
    }

    /** The file read from {@code path}, if the compile read it. */
    Optional<SourceFile> source(Path path) {
        return sources().stream().filter(s -> s.location() != null && Documents.samePath(s.location(), path)).findFirst();
    }

    synchronized Map<SourceFile, Ast.File> trees() {
        if (trees == null) {
            SyntaxParser parser = new SyntaxParser();
            Map<SourceFile, Ast.File> parsed = new LinkedHashMap<>();
            for (SourceFile source : sources()) {
                parsed.put(source, parser.parse(source).file());
            }
            trees = parsed;
        }
        return trees;
    }

    synchronized SymbolIndex index() {
        if (index == null) {
            index = SymbolIndex.of(trees().values());
        }
        return index;
    }

    /**
     * The theory evaluated against the workbooks its {@code data} blocks name; nothing when it
     * binds none, and a note instead when the theory has errors or a workbook cannot be read.
     */
    synchronized Monitoring monitoring() {
        if (monitoring == null) {
            monitoring = evaluate();
        }
        return monitoring;
    }

    private Monitoring evaluate() {
        Theory theory = theory();
        if (theory == null || theory.data().isEmpty() && theory.computations().isEmpty()) {
            return new Monitoring(null, null);
        }
        if (compilation.hasErrors()) {
            return new Monitoring(null, "monitoring data are read once the theory has no errors");
        }
        try {
            Evaluation evaluation = MonitoringEvaluation.evaluate(theory, MonitoringEvaluation.boundRequests(theory),
                    null, StatusBands.DEFAULT, read -> { });
            return new Monitoring(evaluation, null);
        } catch (ImportException e) {
            return new Monitoring(null, "monitoring data not read: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Monitoring(null, "monitoring data not read: " + e);
        }
    }
}
