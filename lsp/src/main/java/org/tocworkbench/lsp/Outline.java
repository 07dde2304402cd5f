package org.tocworkbench.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * The outline of one file, block by block as written: the theory block, actors, results with
 * their indicators and assumptions nested, top-level indicators and assumptions, links and
 * pathways, data blocks.
 */
final class Outline {
    private Outline() {
    }

    static List<DocumentSymbol> of(Ast.File file) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (Ast.Statement statement : file.statements()) {
            DocumentSymbol symbol = symbol(statement);
            if (symbol != null) {
                symbols.add(symbol);
            }
        }
        return symbols;
    }

    private static String end(Ast.TransitionEnd end) {
        return end.kind().map(Ast.Name::text)
                .orElseGet(() -> end.names().stream().map(Ast.Name::text).collect(Collectors.joining(", ")));
    }

    private static DocumentSymbol symbol(Ast.Statement statement) {
        if (statement instanceof Ast.TheoryDecl theory) {
            return make(theory.title().value(), "theory", SymbolKind.Namespace, theory.span(), theory.title().span(), List.of());
        }
        if (statement instanceof Ast.ActorDecl actor) {
            return make(actor.id().text(), actor.keyword().text() + " — " + title(actor.title()), SymbolKind.Module, actor.span(),
                    actor.id().span(), List.of());
        }
        if (statement instanceof Ast.NodeDecl node) {
            List<DocumentSymbol> children = new ArrayList<>();
            node.indicators().forEach(i -> children.add(symbol(i)));
            node.assumptions().forEach(a -> children.add(symbol(a)));
            return make(node.id().text(), node.kindWord().text() + " — " + title(node.title()), SymbolKind.Class,
                    node.span(), node.id().span(), children);
        }
        if (statement instanceof Ast.IndicatorDecl indicator) {
            String detail = "indicator — " + title(indicator.title())
                    + (indicator.target() == null ? "" : " (for " + indicator.target().text() + ")");
            return make(indicator.id().text(), detail, SymbolKind.Field, indicator.span(), indicator.id().span(), List.of());
        }
        if (statement instanceof Ast.AssumptionDecl assumption) {
            List<DocumentSymbol> children = new ArrayList<>();
            assumption.indicators().forEach(i -> children.add(symbol(i)));
            return make(assumption.id().text(), "assumption — " + title(assumption.title()), SymbolKind.Property,
                    assumption.span(), assumption.id().span(), children);
        }
        if (statement instanceof Ast.LinkStmt link) {
            String name = link.stages().stream()
                    .map(stage -> stage.stream().map(Ast.Name::text).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining(" -> "));
            return make(name, "link", SymbolKind.Event, link.span(), link.span(), List.of());
        }
        if (statement instanceof Ast.TransitionStmt transition) {
            String name = end(transition.from()) + " -> " + end(transition.to());
            String detail = "transition — assumes " + transition.assumptions().stream().map(Ast.Name::text)
                    .collect(Collectors.joining(", "));
            return make(name, detail, SymbolKind.Event, transition.span(), transition.span(), List.of());
        }
        if (statement instanceof Ast.PathwayDecl pathway) {
            String name = pathway.id() != null ? pathway.id().text() : pathway.title().value();
            Span selection = pathway.id() != null ? pathway.id().span() : pathway.title().span();
            return make(name, "pathway — " + title(pathway.title()), SymbolKind.Interface, pathway.span(), selection, List.of());
        }
        if (statement instanceof Ast.DataDecl data) {
            String name = data.file() != null ? data.file().value() : "data";
            return make(name, "monitoring data", SymbolKind.File, data.span(),
                    data.file() != null ? data.file().span() : data.span(), List.of());
        }
        return null;
    }

    private static String title(Ast.Text text) {
        return text == null ? "" : text.value();
    }

    private static DocumentSymbol make(String name, String detail, SymbolKind kind, Span span, Span selection,
                                       List<DocumentSymbol> children) {
        DocumentSymbol symbol = new DocumentSymbol(name.isBlank() ? "(unnamed)" : name, kind,
                Positions.range(span), Positions.range(selection), detail);
        symbol.setChildren(children);
        return symbol;
    }
}
