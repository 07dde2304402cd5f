package org.tocworkbench.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tocworkbench.compiler.binding.Binder;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.graph.PathwayDeriver;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.rules.Rule;
import org.tocworkbench.compiler.rules.RuleContext;
import org.tocworkbench.compiler.rules.Rules;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.SourceLoader;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.syntax.Ast;
import org.tocworkbench.compiler.syntax.SyntaxParser;

/**
 * The compiler: read the root file and its imports, parse, bind into a theory, derive pathways
 * when none are declared, run every rule, and return the theory with its diagnostics in source
 * order. Never throws on bad input.
 *
 * <p>Each stage reports only when the stages before it found no errors, so that one mistake
 * gives one error, not a page of its consequences: a file that cannot be read or parsed is
 * reported for that alone (a declaration lost to a syntax error would otherwise show up as
 * undefined wherever it is used), and the logic rules (TOC2xx, TOC3xx) run only on a theory
 * whose names all resolve. The theory is still built as far as the input allows.
 */
public final class TocCompiler {
    private final SourceLoader loader = new SourceLoader();
    private final SyntaxParser parser = new SyntaxParser();
    private final java.util.function.Function<Path, String> openBuffers;

    public TocCompiler() {
        this(path -> null);
    }

    /**
     * A compiler that reads an imported file from {@code openBuffers} before the disk: an editor's
     * unsaved text takes precedence over what is saved.
     *
     * @param openBuffers the text of the file at an absolute, normalised path, or null to read the disk
     */
    public TocCompiler(java.util.function.Function<Path, String> openBuffers) {
        this.openBuffers = openBuffers;
    }

    public Compilation compile(Path file, CompileOptions options) {
        String display = file.toString();
        SourceLoader.Loaded loaded = loader.load(file, display);
        if (!loaded.ok()) {
            Code code = loaded.notText() ? Code.NOT_TEXT : loaded.tooLarge() ? Code.FILE_TOO_LARGE : Code.FILE_UNREADABLE;
            Diagnostic d = Diagnostic.of(code, Span.none(), loaded.problem()).build();
            return new Compilation(null, List.of(d), List.of(), true);
        }
        return compile(loaded.file(), options);
    }

    /** Compiles text that is already in memory (an editor buffer, a test); imports are read from disk. */
    public Compilation compile(SourceFile root, CompileOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        Map<Path, Ast.File> files = new LinkedHashMap<>();
        Ast.File rootAst = parse(root, diagnostics);
        files.put(key(root), rootAst);
        loadImports(rootAst, files, new ArrayList<>(List.of(key(root))), diagnostics);

        List<Ast.File> asts = new ArrayList<>(files.values());
        boolean readCleanly = !diagnostics.hasErrors();
        Theory theory = new Binder(readCleanly ? diagnostics : new Diagnostics()).bind(asts);
        boolean boundCleanly = !diagnostics.hasErrors();
        if (theory.nodes().isEmpty() && asts.stream().allMatch(f -> f.statements().isEmpty()) && boundCleanly) {
            diagnostics.add(Diagnostic.of(Code.EMPTY_THEORY, root.span(0, 0), "nothing is declared in this file")
                    .label(root.text().isBlank() ? "the file is empty" : "only comments and blank lines")
                    .help("start with an impact and what leads to it; see docs/language.md"));
        }
        TheoryGraph graph = new TheoryGraph(theory);
        if (theory.pathways().isEmpty()) {
            PathwayDeriver.Result derived = new PathwayDeriver().derive(graph);
            theory = theory.withPathways(derived.pathways());
            graph = graph.of(theory);
            if (derived.truncated() && boundCleanly) {
                Span at = theory.impacts().isEmpty() ? root.span(0, 0) : theory.impacts().get(0).idSpan();
                diagnostics.add(Diagnostic.of(Code.PATHWAYS_TRUNCATED, at,
                                String.format(java.util.Locale.ROOT, "%,.0f paths lead to the impact, more than the %d that are derived",
                                        derived.pathCount(), PathwayDeriver.BOUND))
                        .label("pathways are not derived")
                        .help("declare the pathways that matter: `pathway \"Policy route\" { A1 -> O1 -> I }`"));
            }
        }
        if (options.rules() && !theory.nodes().isEmpty() && boundCleanly) {
            RuleContext context = new RuleContext(theory, graph, diagnostics);
            for (Rule rule : Rules.all()) {
                rule.check(context);
            }
        }
        List<String> order = theory.sources().stream().map(SourceFile::displayPath).toList();
        List<Diagnostic> filtered = new ArrayList<>();
        for (Diagnostic d : diagnostics.sorted(order)) {
            if (d.severity() != Severity.ERROR && options.allowed().contains(d.code())) {
                continue;
            }
            filtered.add(options.strict() && d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d);
        }
        return new Compilation(theory, filtered, theory.sources(), false);
    }

    private Ast.File parse(SourceFile source, Diagnostics diagnostics) {
        SyntaxParser.Result result = parser.parse(source);
        diagnostics.addAll(result.diagnostics());
        return result.file();
    }

    private void loadImports(Ast.File file, Map<Path, Ast.File> files, List<Path> stack, Diagnostics diagnostics) {
        for (Ast.Statement statement : file.statements()) {
            if (!(statement instanceof Ast.Import imp)) {
                continue;
            }
            SourceFile from = file.source();
            Path target;
            try {
                target = from.directory().resolve(imp.path().value()).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                diagnostics.add(Diagnostic.of(Code.FILE_UNREADABLE, imp.path().span(),
                                "cannot import this path: it holds a character no file name can have")
                        .label("not a file name")
                        .help("write the path of a .toc file, relative to this one"));
                continue;
            }
            Path targetKey = key(target);
            if (stack.contains(targetKey)) {
                List<String> chain = new ArrayList<>();
                for (Path p : stack.subList(stack.indexOf(targetKey), stack.size())) {
                    chain.add(p.getFileName().toString());
                }
                chain.add(targetKey.getFileName().toString());
                diagnostics.add(Diagnostic.of(Code.IMPORT_CYCLE, imp.span(), "import cycle: " + String.join(" -> ", chain))
                        .label("this import leads back to a file that imports it")
                        .help("move what both files need into a third file that both import"));
                continue;
            }
            if (files.containsKey(targetKey)) {
                continue;
            }
            String display = importDisplayPath(from, imp.path().value());
            String buffered = openBuffers.apply(target);
            SourceLoader.Loaded loaded = buffered != null
                    ? new SourceLoader.Loaded(new SourceFile(display, target, buffered), display, null, false, false)
                    : loader.load(target, display);
            if (!loaded.ok()) {
                Code code = loaded.notText() ? Code.NOT_TEXT : loaded.tooLarge() ? Code.FILE_TOO_LARGE : Code.FILE_UNREADABLE;
                diagnostics.add(Diagnostic.of(code, imp.path().span(),
                                "cannot import `" + display + "`: it " + loaded.reason())
                        .label("imported here")
                        .help("paths are relative to the importing file (" + from.displayPath() + ")"));
                continue;
            }
            Ast.File imported = parse(loaded.file(), diagnostics);
            files.put(targetKey, imported);
            stack.add(targetKey);
            loadImports(imported, files, stack, diagnostics);
            stack.remove(stack.size() - 1);
        }
    }

    private static String importDisplayPath(SourceFile from, String imported) {
        Path parent = Path.of(from.displayPath()).getParent();
        return (parent == null ? Path.of(imported) : parent.resolve(imported)).normalize().toString();
    }

    private static Path key(SourceFile file) {
        return file.location() == null ? Path.of(file.displayPath()).toAbsolutePath().normalize() : key(file.location());
    }

    private static Path key(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
