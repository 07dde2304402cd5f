package org.tocworkbench.lsp;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The .toc language server: full-text synchronisation, diagnostics as the user types, hover,
 * definition, references, highlights, completion, outline, rename, quick fixes and formatting.
 * See docs/lsp.md. Nothing but JSON-RPC goes to the client; logs go to {@code log} (stderr).
 */
public final class TocLanguageServer implements LanguageServer, LanguageClientAware {
    /** How long a document must be left alone before it is checked again. */
    public static final long DEBOUNCE_MILLIS = 75;

    private final AtomicReference<LanguageClient> client = new AtomicReference<>();
    private final Documents documents = new Documents();
    private final ExecutorService workers;
    private final Checker checker;
    private final TocTextDocumentService textDocuments;
    private final WorkspaceService workspace;
    private final Runnable onExit;
    private volatile boolean shutdown;

    /** @param onExit what the {@code exit} notification does (the command line ends the process) */
    public TocLanguageServer(PrintStream log, Runnable onExit) {
        this.onExit = onExit;
        this.workers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "toc-lsp-request");
            thread.setDaemon(true);
            return thread;
        });
        this.checker = new Checker(documents, client::get, log, DEBOUNCE_MILLIS);
        this.textDocuments = new TocTextDocumentService(documents, checker, workers, log, client::get);
        this.workspace = new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
                // no settings yet: every check uses the defaults of `toc check`
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                checker.recheckAll();
            }

            @Override
            public CompletableFuture<Object> executeCommand(org.eclipse.lsp4j.ExecuteCommandParams params) {
                return DiffAgainstRevision.COMMAND.equals(params.getCommand())
                        ? CompletableFuture.supplyAsync(() -> new DiffAgainstRevision(documents).execute(params), workers)
                        : textDocuments.executeCommand(params);
            }
        };
    }

    /** The open documents, for tests that check the text the server holds. */
    Documents documents() {
        return documents;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        client.set(languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(">", ",")));
        capabilities.setRenameProvider(Either.forRight(new RenameOptions(true)));
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setCodeLensProvider(new org.eclipse.lsp4j.CodeLensOptions(false));
        List<String> commands = new java.util.ArrayList<>(WhatIfLenses.COMMANDS);
        commands.add(DiffAgainstRevision.COMMAND);
        capabilities.setExecuteCommandProvider(new org.eclipse.lsp4j.ExecuteCommandOptions(commands));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("toc", version())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        checker.shutdown();
        workers.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        if (!shutdown) {
            checker.shutdown();
            workers.shutdown();
        }
        onExit.run();
    }

    /** True once the client has asked the server to shut down (exit code 0 rather than 1 on exit). */
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static String version() {
        String version = TocLanguageServer.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
