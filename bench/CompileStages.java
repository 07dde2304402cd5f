import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.binding.Binder;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.graph.TheoryGraph;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.rules.Rule;
import org.tocworkbench.compiler.rules.RuleContext;
import org.tocworkbench.compiler.rules.Rules;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.SourceLoader;
import org.tocworkbench.compiler.syntax.Ast;
import org.tocworkbench.compiler.syntax.SyntaxParser;

/**
 * Where a warm compile of one file spends its time: the stages of the compiler called one by one
 * (parse, bind, graph, each rule) in one JVM, N times after warm-up, with the median of each
 * stage printed; then the whole compile as the compiler runs it, for comparison. The timing lives
 * here, not in the compiler. The last line is the memory the loop's thread allocated per iteration
 * (the stages and the compile: two compiles). Imports are not followed (the generated theories have none).
 *
 * <p>Run by bench/compile-stages.sh:
 * {@code java -cp cli/target/toc.jar bench/CompileStages.java FILE WARMUP RUNS}.
 */
public final class CompileStages {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        SourceLoader.Loaded loaded = new SourceLoader().load(file, file.toString());
        if (!loaded.ok()) {
            System.err.println(loaded.problem());
            System.exit(3);
        }
        SourceFile source = loaded.file();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup + runs; i++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            Map<String, Double> one = stages(source);
            one.put("allocated per iteration (MB)", (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1e6);
            if (i >= warmup) {
                one.forEach((stage, ms) -> times.computeIfAbsent(stage, s -> new ArrayList<>()).add(ms));
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d runs after %d warm-up, milliseconds%n", file, runs, warmup);
        System.out.printf(Locale.ROOT, "%-36s %9s %9s %9s%n", "stage", "median", "min", "max");
        times.forEach((stage, list) -> {
            List<Double> sorted = list.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-36s %9.1f %9.1f %9.1f%n", stage,
                    median(sorted), sorted.get(0), sorted.get(sorted.size() - 1));
        });
    }

    private static Map<String, Double> stages(SourceFile source) {
        Map<String, Double> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        SyntaxParser.Result parsed = new SyntaxParser().parse(source);
        long t1 = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(parsed.diagnostics());
        Theory theory = new Binder(diagnostics).bind(List.<Ast.File>of(parsed.file()));
        long t2 = System.nanoTime();
        TheoryGraph graph = new TheoryGraph(theory);
        long t3 = System.nanoTime();
        out.put("parse", ms(t0, t1));
        out.put("bind", ms(t1, t2));
        out.put("graph", ms(t2, t3));
        RuleContext context = new RuleContext(theory, graph, diagnostics);
        long rulesStart = System.nanoTime();
        for (Rule rule : Rules.all()) {
            long s = System.nanoTime();
            rule.check(context);
            out.put("  " + rule.getClass().getSimpleName(), ms(s, System.nanoTime()));
        }
        long rulesEnd = System.nanoTime();
        out.put("rules (all)", ms(rulesStart, rulesEnd));
        out.put("stages total", ms(t0, rulesEnd));
        long c0 = System.nanoTime();
        Compilation compilation = new TocCompiler().compile(source, CompileOptions.DEFAULT);
        out.put("TocCompiler.compile", ms(c0, System.nanoTime()));
        if (compilation.diagnostics().size() != diagnostics.all().size()) {
            throw new IllegalStateException("the stages found " + diagnostics.all().size()
                    + " diagnostics, the compiler " + compilation.diagnostics().size());
        }
        return out;
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
