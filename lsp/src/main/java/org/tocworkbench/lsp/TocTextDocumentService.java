package org.tocworkbench.lsp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.grammar.TocLexer;

/**
 * The editor features for .toc documents. Requests are answered on a worker pool from the
 * analysis of the document's current text; a failure inside a handler is logged to stderr and
 * answered with an empty result (or an error response), never allowed to stop the server.
 */
final class TocTextDocumentService implements TextDocumentService {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*([.\\-][\\p{L}\\p{N}_]+)*");

    private final Documents documents;
    private final Checker checker;
    private final ExecutorService workers;
    private final PrintStream log;
    private final Formatting formatting;

    TocTextDocumentService(Documents documents, Checker checker, ExecutorService workers, PrintStream log,
                           Supplier<LanguageClient> client) {
        this.documents = documents;
        this.checker = checker;
        this.workers = workers;
        this.log = log;
        this.formatting = new Formatting(client);
    }

    // ------------------------------------------------------------------ synchronisation

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        guard("didOpen", () -> {
            var item = params.getTextDocument();
            documents.put(item.getUri(), item.getText(), item.getVersion());
            checker.changed(item.getUri(), true);
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        guard("didChange", () -> {
            String uri = params.getTextDocument().getUri();
            List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
            if (changes.isEmpty()) {
                return;
            }
            documents.change(uri, changes, params.getTextDocument().getVersion());
            checker.changed(uri, false);
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        guard("didSave", () -> {
            String uri = params.getTextDocument().getUri();
            if (params.getText() != null) {
                int version = documents.get(uri).map(Documents.Document::version).orElse(0);
                documents.put(uri, params.getText(), version);
            }
            checker.changed(uri, true);
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        guard("didClose", () -> {
            String uri = params.getTextDocument().getUri();
            documents.remove(uri);
            checker.closed(uri);
        });
    }

    // ------------------------------------------------------------------ features

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer("hover", null, () -> {
            Analysis analysis = analysis(params.getTextDocument().getUri()).orElse(null);
            if (analysis == null || analysis.theory() == null) {
                return null;
            }
            SourceFile file = analysis.sources().get(0);
            return analysis.index().at(file, Positions.offset(file, params.getPosition()))
                    .flatMap(o -> new Hovers(analysis.theory(), analysis.monitoring()).describe(o.id())
                            .map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), Positions.range(o.span()))))
                    .or(() -> Hovers.recordOfChanges(analysis.theory(), file, Positions.offset(file, params.getPosition()))
                            .or(() -> Hovers.publishing(analysis.theory(), file, Positions.offset(file, params.getPosition())))
                            .map(c -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, c.text()), Positions.range(c.span()))))
                    .orElse(null);
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return answer("definition", Either.forLeft(List.of()), () -> {
            List<Location> found = new ArrayList<>();
            at(params.getTextDocument().getUri(), params.getPosition()).ifPresent(hit -> hit.analysis().index()
                    .declaration(hit.occurrence().id())
                    .ifPresent(d -> found.add(location(hit.analysis(), d.idSpan()))));
            if (found.isEmpty()) {
                importedFile(params.getTextDocument().getUri(), params.getPosition()).ifPresent(found::add);
            }
            return Either.forLeft(found);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return answer("references", List.of(), () -> {
            List<Location> found = new ArrayList<>();
            boolean declarations = params.getContext() == null || params.getContext().isIncludeDeclaration();
            at(params.getTextDocument().getUri(), params.getPosition()).ifPresent(hit -> hit.analysis().index()
                    .occurrences(hit.occurrence().id()).stream()
                    .filter(o -> declarations || !o.declaration())
                    .forEach(o -> found.add(location(hit.analysis(), o.span()))));
            return found;
        });
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return answer("documentHighlight", List.of(), () -> {
            List<DocumentHighlight> found = new ArrayList<>();
            at(params.getTextDocument().getUri(), params.getPosition()).ifPresent(hit -> hit.analysis().index()
                    .occurrences(hit.occurrence().id()).stream()
                    .filter(o -> o.span().source() == hit.file())
                    .forEach(o -> found.add(new DocumentHighlight(Positions.range(o.span()),
                            o.declaration() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))));
            return found;
        });
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer("completion", Either.forLeft(List.of()), () -> {
            String uri = params.getTextDocument().getUri();
            Optional<Documents.Document> document = documents.get(uri);
            if (document.isEmpty()) {
                return Either.forLeft(List.of());
            }
            Analysis recent = checker.recent(uri).orElse(null);
            SourceFile source = document.get().source();
            List<CompletionItem> items = new Completions(recent == null ? null : recent.theory())
                    .at(source, Positions.offset(source, params.getPosition()));
            return Either.forLeft(items);
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return answer("documentSymbol", List.of(), () -> {
            Analysis analysis = analysis(params.getTextDocument().getUri()).orElse(null);
            if (analysis == null) {
                return List.of();
            }
            var tree = analysis.trees().get(analysis.sources().get(0));
            List<Either<SymbolInformation, DocumentSymbol>> symbols = new ArrayList<>();
            Outline.of(tree).forEach(s -> symbols.add(Either.forRight(s)));
            return symbols;
        });
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return answer("prepareRename", null, () -> {
            Hit hit = at(params.getTextDocument().getUri(), params.getPosition()).orElseThrow(() -> refuse(
                    "only a declared identifier can be renamed; this is a keyword, a value, a string or a comment"));
            return Either3.forSecond(new PrepareRenameResult(Positions.range(hit.occurrence().span()), hit.occurrence().id()));
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return answer("rename", null, () -> {
            Hit hit = at(params.getTextDocument().getUri(), params.getPosition()).orElseThrow(() -> refuse(
                    "only a declared identifier can be renamed; this is a keyword, a value, a string or a comment"));
            String oldName = hit.occurrence().id();
            String newName = params.getNewName() == null ? "" : params.getNewName().strip();
            if (!IDENTIFIER.matcher(newName).matches()) {
                throw refuse("`" + newName + "` is not an identifier: start with a letter or _, then letters, digits, _ "
                        + "(with . or - between parts)");
            }
            if (isKeyword(newName)) {
                throw refuse("`" + newName + "` is a keyword of the .toc language; choose another name");
            }
            if (!newName.equals(oldName) && hit.analysis().index().declaration(newName).isPresent()) {
                var clash = hit.analysis().index().declaration(newName).get();
                throw refuse("`" + newName + "` is already declared at " + clash.idSpan() + "; choose another name");
            }
            Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
            for (SymbolIndex.Occurrence o : hit.analysis().index().occurrences(oldName)) {
                changes.computeIfAbsent(checker.uriOf(o.span().source(), hit.analysis()), u -> new ArrayList<>())
                        .add(new TextEdit(Positions.range(o.span()), newName));
            }
            return new WorkspaceEdit(changes);
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return answer("codeAction", List.of(), () -> {
            String uri = params.getTextDocument().getUri();
            Analysis analysis = analysis(uri).orElse(null);
            if (analysis == null) {
                return List.of();
            }
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            for (Diagnostic d : analysis.compilation().diagnostics()) {
                if (d.replacement() == null || d.span().isNone() || !checker.uriOf(d.span().source(), analysis).equals(uri)
                        || !overlaps(Positions.range(d.span()), params.getRange())) {
                    continue;
                }
                CodeAction action = new CodeAction("Replace `" + d.span().text() + "` with `" + d.replacement() + "`");
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(Checker.convert(d)));
                action.setIsPreferred(true);
                action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(Positions.range(d.span()), d.replacement())))));
                actions.add(Either.forRight(action));
            }
            return actions;
        });
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.CodeLens>> codeLens(org.eclipse.lsp4j.CodeLensParams params) {
        return answer("codeLens", List.of(), () -> analysis(params.getTextDocument().getUri())
                .map(WhatIfLenses::lenses).orElse(List.of()));
    }

    /** The commands of the code lenses ({@link WhatIfLenses}): the Markdown answer. */
    CompletableFuture<Object> executeCommand(org.eclipse.lsp4j.ExecuteCommandParams params) {
        return answer("executeCommand", null, () -> {
            if (!WhatIfLenses.COMMANDS.contains(params.getCommand())) {
                throw WhatIfLenses.error("unknown command `" + params.getCommand() + "`");
            }
            String uri = WhatIfLenses.uriArgument(params);
            return WhatIfLenses.execute(params, analysis(uri).orElseThrow(() -> WhatIfLenses.error(
                    "`" + uri + "` is not open in the editor")));
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return answer("formatting", List.of(), () -> documents.get(params.getTextDocument().getUri())
                .map(formatting::edits).orElse(List.of()));
    }

    // ------------------------------------------------------------------ helpers

    /** The identifier under the cursor, in the analysis of the document's current text. */
    private record Hit(Analysis analysis, SourceFile file, SymbolIndex.Occurrence occurrence) {
    }

    private Optional<Hit> at(String uri, Position position) {
        Analysis analysis = analysis(uri).orElse(null);
        if (analysis == null) {
            return Optional.empty();
        }
        SourceFile file = analysis.sources().get(0);
        return analysis.index().at(file, Positions.offset(file, position)).map(o -> new Hit(analysis, file, o));
    }

    /** On the path of an {@code import}: the start of the imported file, when it was read. */
    private Optional<Location> importedFile(String uri, Position position) {
        Analysis analysis = analysis(uri).orElse(null);
        if (analysis == null) {
            return Optional.empty();
        }
        SourceFile file = analysis.sources().get(0);
        int offset = Positions.offset(file, position);
        for (var statement : analysis.trees().get(file).statements()) {
            if (statement instanceof org.tocworkbench.compiler.syntax.Ast.Import imp
                    && Positions.contains(imp.path().span(), offset)) {
                java.nio.file.Path target = file.directory().resolve(imp.path().value()).normalize();
                return analysis.source(target).map(source -> new Location(checker.uriOf(source, analysis),
                        new Range(new Position(0, 0), new Position(0, 0))));
            }
        }
        return Optional.empty();
    }

    private Optional<Analysis> analysis(String uri) {
        return checker.current(uri);
    }

    private Location location(Analysis analysis, org.tocworkbench.compiler.source.Span span) {
        return new Location(checker.uriOf(span.source(), analysis), Positions.range(span));
    }

    private static boolean overlaps(Range a, Range b) {
        return !(before(a.getEnd(), b.getStart()) || before(b.getEnd(), a.getStart()));
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
    }

    static boolean isKeyword(String word) {
        for (int type = 1; type <= TocLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = TocLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.equals("'" + word + "'")) {
                return true;
            }
        }
        return false;
    }

    private static ResponseErrorException refuse(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    private <T> CompletableFuture<T> answer(String what, T fallback, Supplier<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return handler.get();
            } catch (ResponseErrorException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                log.println("toc lsp: " + what + " failed: " + e);
                e.printStackTrace(log);
                return fallback;
            }
        }, workers);
    }

    private void guard(String what, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            log.println("toc lsp: " + what + " failed: " + e);
            e.printStackTrace(log);
        }
    }
}
