package org.tocworkbench.lsp;

import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diff.DiffMarkdownWriter;
import org.tocworkbench.compiler.diff.GitRevisions;
import org.tocworkbench.compiler.diff.TheoryDiffer;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * The {@value #COMMAND} command (workspace/executeCommand): the diff of an open theory, as the
 * editor holds it, against a git revision (default {@code HEAD}, the last committed version), as
 * Markdown (docs/lsp.md). Arguments: the document's URI, then optionally the revision. What goes
 * wrong (no repository, an unknown revision, errors in either version) is said in the Markdown.
 */
final class DiffAgainstRevision {
    static final String COMMAND = "toc.diff";

    private final Documents documents;

    DiffAgainstRevision(Documents documents) {
        this.documents = documents;
    }

    String execute(ExecuteCommandParams params) {
        List<Object> args = params.getArguments() == null ? List.of() : params.getArguments();
        if (args.isEmpty()) {
            return "`toc.diff` needs the document's URI as its first argument.";
        }
        String uri = text(args.get(0));
        String revision = args.size() > 1 ? text(args.get(1)) : "HEAD";
        Path path = Documents.path(uri);
        if (path == null) {
            return "`toc.diff` compares files on disk with git; `" + uri + "` is not a file.";
        }
        String now = documents.get(uri).map(Documents.Document::text).orElseGet(() -> read(path));
        if (now == null) {
            return "Cannot read `" + path + "`.";
        }
        TocCompiler compiler = new TocCompiler(documents::textAt);
        Compilation after = compiler.compile(new SourceFile(Documents.displayPath(path), path, now), CompileOptions.DEFAULT.withoutRules());
        Compilation before;
        try {
            before = GitRevisions.of(path).compile(path, revision, CompileOptions.DEFAULT.withoutRules());
        } catch (GitRevisions.GitException e) {
            return "No diff: " + e.getMessage() + ".";
        }
        if (before.hasErrors() || after.hasErrors()) {
            return "No diff: " + (before.hasErrors() ? "the version at `" + revision + "`" : "the open file")
                    + " has errors; `toc check` lists them.";
        }
        return new DiffMarkdownWriter().write(new TheoryDiffer().diff(Documents.displayPath(path) + "@" + revision,
                before.theory(), Documents.displayPath(path), after.theory()));
    }

    private static String text(Object arg) {
        return arg instanceof JsonPrimitive p ? p.getAsString() : String.valueOf(arg);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
