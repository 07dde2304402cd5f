package org.tocworkbench.lsp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * Re-checks open documents as they change. Changes to a document are debounced; compiles run one
 * at a time on a background thread, never on the thread that reads JSON-RPC messages; a result
 * for a version the editor has moved past is dropped, since a newer check is already scheduled.
 *
 * <p>Diagnostics found in an imported file are published to that file's URI. A file imported by
 * several open documents shows the union of what each found, and loses a document's share when
 * that document is closed.
 */
final class Checker {
    private final Documents documents;
    private final Supplier<LanguageClient> client;
    private final PrintStream log;
    private final long debounceMillis;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "toc-lsp-check");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> lastScheduled = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Analysis>> compiling = new ConcurrentHashMap<>();
    /** Target URI → root URI → the diagnostics that root's compile found in the target. */
    private final Map<String, Map<String, List<org.eclipse.lsp4j.Diagnostic>>> published = new HashMap<>();

    Checker(Documents documents, Supplier<LanguageClient> client, PrintStream log, long debounceMillis) {
        this.documents = documents;
        this.client = client;
        this.log = log;
        this.debounceMillis = debounceMillis;
    }

    /**
     * A document was opened, changed or saved: check it, and the open documents that import it.
     * The first change after a quiet spell is checked at once (leading edge); changes that follow
     * it within the debounce interval are coalesced into one check when they stop.
     */
    void changed(String uri, boolean now) {
        ScheduledFuture<?> running = pending.get(uri);
        Long started = lastScheduled.get(uri);
        boolean quiet = (running == null || running.isDone())
                && (started == null || System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(debounceMillis));
        schedule(uri, now || quiet ? 0 : debounceMillis);
        lastScheduled.put(uri, System.nanoTime());
        Path path = Documents.path(uri);
        if (path == null) {
            return;
        }
        for (Analysis analysis : latest.values()) {
            if (!analysis.uri().equals(uri) && analysis.source(path).isPresent()) {
                schedule(analysis.uri(), debounceMillis);
            }
        }
    }

    /** Files changed on disk: every open document is checked again. */
    void recheckAll() {
        documents.all().forEach(d -> schedule(d.uri(), debounceMillis));
    }

    void closed(String uri) {
        ScheduledFuture<?> future = pending.remove(uri);
        if (future != null) {
            future.cancel(false);
        }
        Analysis last = latest.remove(uri);
        lastScheduled.remove(uri);
        executor.execute(() -> {
            publish(uri, Map.of(), -1);
            if (last != null) {
                Path path = Documents.path(uri);
                latest.values().stream().filter(a -> path != null && a.source(path).isPresent())
                        .forEach(a -> schedule(a.uri(), 0));
            }
        });
    }

    /** The analysis of the document's current text, compiled now if the last one is older. */
    Optional<Analysis> current(String uri) {
        Optional<Documents.Document> document = documents.get(uri);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        Analysis last = latest.get(uri);
        if (last != null && last.version() == document.get().version()) {
            return Optional.of(last);
        }
        return Optional.of(store(compile(document.get())));
    }

    /** The newest analysis there is, even of an older version; compiled now only when there is none. */
    Optional<Analysis> recent(String uri) {
        Analysis last = latest.get(uri);
        return last != null ? Optional.of(last) : current(uri);
    }

    /**
     * Stops checking: pending checks are cancelled and a running one ends without publishing. The
     * thread is not interrupted, since an interrupt in the middle of a write would close an
     * interruptible output channel under the JSON-RPC connection.
     */
    void shutdown() {
        pending.values().forEach(f -> f.cancel(false));
        executor.shutdown();
    }

    private void schedule(String uri, long delay) {
        ScheduledFuture<?> next = executor.schedule(() -> check(uri), delay, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(uri, next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void check(String uri) {
        try {
            Optional<Documents.Document> document = documents.get(uri);
            if (document.isEmpty()) {
                return;
            }
            Analysis analysis = store(compile(document.get()));
            Optional<Documents.Document> now = documents.get(uri);
            if (now.isEmpty() || now.get().version() != analysis.version()) {
                return;
            }
            publish(uri, byFile(analysis), analysis.version());
        } catch (RuntimeException | StackOverflowError e) {
            log.println("toc lsp: checking " + uri + " failed: " + e);
            e.printStackTrace(log);
        }
    }

    /**
     * Compiles a document version once: a request that needs the version the background check is
     * compiling waits for that compile instead of starting a second one.
     */
    private Analysis compile(Documents.Document document) {
        String key = document.version() + "@" + document.uri();
        CompletableFuture<Analysis> mine = new CompletableFuture<>();
        CompletableFuture<Analysis> running = compiling.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            SourceFile source = document.source();
            TocCompiler compiler = new TocCompiler(documents::textAt);
            Analysis analysis = new Analysis(document.uri(), document.version(), source,
                    compiler.compile(source, CompileOptions.DEFAULT));
            mine.complete(analysis);
            return analysis;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            compiling.remove(key, mine);
        }
    }

    private Analysis store(Analysis analysis) {
        return latest.merge(analysis.uri(), analysis, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /** The analysis's diagnostics grouped by the URI of the file they are in; every file read has an entry. */
    private Map<String, List<org.eclipse.lsp4j.Diagnostic>> byFile(Analysis analysis) {
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> files = new LinkedHashMap<>();
        files.put(analysis.uri(), new ArrayList<>());
        for (SourceFile source : analysis.sources()) {
            files.putIfAbsent(uriOf(source, analysis), new ArrayList<>());
        }
        for (Diagnostic d : analysis.compilation().diagnostics()) {
            String target = d.span().isNone() ? analysis.uri() : uriOf(d.span().source(), analysis);
            files.computeIfAbsent(target, t -> new ArrayList<>()).add(convert(d));
        }
        return files;
    }

    private synchronized void publish(String root, Map<String, List<org.eclipse.lsp4j.Diagnostic>> files, int version) {
        Set<String> affected = new LinkedHashSet<>(files.keySet());
        published.forEach((target, roots) -> {
            if (roots.containsKey(root)) {
                affected.add(target);
            }
        });
        LanguageClient out = executor.isShutdown() ? null : client.get();
        for (String target : affected) {
            Map<String, List<org.eclipse.lsp4j.Diagnostic>> roots = published.computeIfAbsent(target, t -> new LinkedHashMap<>());
            List<org.eclipse.lsp4j.Diagnostic> found = files.get(target);
            if (found == null) {
                roots.remove(root);
            } else {
                roots.put(root, found);
            }
            Set<org.eclipse.lsp4j.Diagnostic> union = new LinkedHashSet<>();
            roots.values().forEach(union::addAll);
            if (roots.isEmpty()) {
                published.remove(target);
            }
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(target, new ArrayList<>(union));
            if (target.equals(root) && version >= 0) {
                params.setVersion(version);
            }
            if (out != null) {
                out.publishDiagnostics(params);
            }
        }
    }

    /** The URI to report a file under: the one the editor opened it by, else its file URI. */
    String uriOf(SourceFile source, Analysis analysis) {
        if (source.location() == null) {
            return analysis.uri();
        }
        for (Documents.Document document : documents.all()) {
            if (document.path() != null && Documents.samePath(document.path(), source.location())) {
                return document.uri();
            }
        }
        Path rootPath = Documents.path(analysis.uri());
        return rootPath != null && Documents.samePath(rootPath, source.location()) ? analysis.uri()
                : Documents.uri(source.location());
    }

    static org.eclipse.lsp4j.Diagnostic convert(Diagnostic d) {
        StringBuilder message = new StringBuilder(d.message());
        if (!d.label().isBlank()) {
            message.append("\n").append(d.label());
        }
        d.help().forEach(h -> message.append("\nhelp: ").append(h));
        d.notes().forEach(n -> message.append("\nnote: ").append(n));
        DiagnosticSeverity severity = switch (d.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(Positions.range(d.span()), message.toString(),
                severity, "toc", d.code().id());
        return out;
    }
}
