package org.tocworkbench.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.export.ModelJsonExporter;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.SourceLoader;

/**
 * Thousands of damaged theories, made from the test theories and the samples by flipping bytes,
 * inserting tokens and stray characters, truncating, and deleting, duplicating or shuffling
 * tokens and lines. The compiler must never throw or hang, and every diagnostic must hold its
 * invariants ({@link DiagnosticInvariants}). Reproducible: the seed is fixed
 * ({@code -Dfuzz.seed=...} to change it, {@code -Dfuzz.mutants=...} for more, {@code -Dfuzz.seconds=...}
 * for the time budget); a failure prints the seed, the mutant's number and its text.
 */
class MutationFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20240601L);
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 6000);
    /** On a slow machine the run stops here; mutant #n is the same whatever the budget, so failures reproduce. */
    private static final long BUDGET_SECONDS = Long.getLong("fuzz.seconds", 35);
    private static final long TIMEOUT_SECONDS = 10;

    private static final String[] TOKENS = {"impact", "goal", "outcome", "output", "activity", "intervention",
        "precondition", "indicator", "assumption", "actor", "pathway", "theory", "data", "import", "horizon", "short",
        "long", "by", "owner", "for", "unit", "percent", "scale", "baseline", "target", "milestone", "at", "to", "as of",
        "accountability ceiling", "period", "risk", "high", "status", "evidence", "date", "note", "rationale", "kind",
        "strength", "assumes", "feedback", "members", "functions", "advocacy", "file", "sheet", "layout", "wide",
        "header rows", "column", "columns", "fiscal year starts", "decimal", "comma", "cumulative", "snapshot",
        "disaggregate by", "code", "in", "is", "identifier", "reporting org", "type", "government", "\"GB-1/2\"", "->", "->", ",", "{", "}", "{", "}", "\"", "\"\"\"", "\"text\"", "/*", "*/", "#", "//", "%",
        "12", "-3", "4.5", "45 %", "2026", "2026-06", "2026-Q2", "2026-06-30", "2026-13", "2026-Q9", "9999-99-99",
        "O1", "A1", "I", "P1", "AS1", "BB", "X", "\n", "\n", "\r\n", "\r", "\t", " ", "\u00a0", "\ufeff", "\u0000",
        "é", "“", "”", "😀", "\ud83d", "\\", "\\\"", ";", "@", "=", ":", "(", ")", "[", "]"};

    private static ExecutorService executor;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-compile");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void damagedTheoriesNeverBreakTheCompiler() throws Exception {
        List<String> seeds = seedTexts();
        assertFalse(seeds.isEmpty(), "no seed theories found");
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
        int tried = 0;
        for (int i = 0; i < MUTANTS && System.nanoTime() < deadline; i++) {
            tried++;
            String seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutant = mutate(seed, random);
            int number = i;
            Future<?> run = executor.submit(() -> compileAndCheck(mutant));
            try {
                run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                run.cancel(true);
                fail(report(number, mutant, "took more than " + TIMEOUT_SECONDS + " s"));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError(report(number, mutant, String.valueOf(e.getCause())), e.getCause());
            }
        }
        System.out.println("mutation fuzz: " + tried + " mutants of " + seeds.size() + " theories, seed " + SEED);
        assertTrue(tried >= Math.min(MUTANTS, 500), "too few mutants tried in the time budget: " + tried);
    }

    private static void compileAndCheck(byte[] bytes) {
        TocCompiler compiler = new TocCompiler();
        SourceLoader.Loaded loaded = SourceLoader.decode(bytes, "fuzz.toc", null);
        String text = loaded.ok() ? loaded.file().text() : new String(bytes, StandardCharsets.UTF_8);
        if (!loaded.ok() && (loaded.problem() == null || loaded.problem().isBlank())) {
            fail("the loader refused the input without saying why");
        }
        Compilation compilation = compiler.compile(new SourceFile("fuzz.toc", text), CompileOptions.DEFAULT);
        DiagnosticInvariants.check(compilation);
        new ModelJsonExporter().export(compilation.theory());
        Compilation strict = compiler.compile(new SourceFile("fuzz.toc", text),
                new CompileOptions(true, java.util.Set.of(org.tocworkbench.compiler.diagnostics.Code.values())));
        DiagnosticInvariants.check(strict);
    }

    private static String report(int number, byte[] mutant, String problem) {
        String text = new String(mutant, StandardCharsets.UTF_8);
        return "mutant #" + number + " of seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + " -Dfuzz.mutants="
                + (number + 1) + "): " + problem + "\n----- mutant -----\n" + text + "\n----- end -----";
    }

    // ------------------------------------------------------------------ mutations

    static byte[] mutate(String seed, Random random) {
        int rounds = 1 + random.nextInt(3);
        String text = seed;
        byte[] bytes = null;
        for (int r = 0; r < rounds; r++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                bytes = flipBytes(bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), random);
                text = new String(bytes, StandardCharsets.UTF_8);
                continue;
            }
            bytes = null;
            text = switch (kind) {
                case 1 -> insertToken(text, random);
                case 2 -> insertCharacter(text, random);
                case 3 -> truncate(text, random);
                case 4 -> editTokens(text, random, 0);
                case 5 -> editTokens(text, random, 1);
                case 6 -> editTokens(text, random, 2);
                case 7 -> editLines(text, random, 0);
                case 8 -> editLines(text, random, 1);
                default -> editLines(text, random, 2);
            };
        }
        return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static String insertToken(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        String token = TOKENS[random.nextInt(TOKENS.length)];
        String glue = random.nextBoolean() ? " " : "";
        return text.substring(0, at) + glue + token + glue + text.substring(at);
    }

    private static String insertCharacter(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        char c = (char) random.nextInt(random.nextBoolean() ? 128 : 0x10000);
        return text.substring(0, at) + c + text.substring(at);
    }

    /** Cuts the text at a random place, or just before or after a random kind of character. */
    private static String truncate(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length() + 1);
        String marks = "\"{}->#/\n ";
        char mark = marks.charAt(random.nextInt(marks.length()));
        int found = text.indexOf(mark, at);
        if (found >= 0 && random.nextBoolean()) {
            at = found + random.nextInt(2);
        }
        return text.substring(0, Math.min(at, text.length()));
    }

    /** 0: delete a token, 1: duplicate one, 2: swap two. Tokens are runs of non-space characters. */
    private static String editTokens(String text, Random random, int operation) {
        List<String> parts = split(text, "(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
        return String.join("", edit(parts, random, operation));
    }

    private static String editLines(String text, Random random, int operation) {
        List<String> lines = split(text, "(?<=\n)");
        return String.join("", edit(lines, random, operation));
    }

    private static List<String> split(String text, String regex) {
        return new ArrayList<>(Arrays.asList(text.split(regex, -1)));
    }

    private static List<String> edit(List<String> parts, Random random, int operation) {
        if (parts.isEmpty()) {
            return parts;
        }
        int i = random.nextInt(parts.size());
        int j = random.nextInt(parts.size());
        switch (operation) {
            case 0 -> parts.remove(i);
            case 1 -> parts.add(j, parts.get(i));
            default -> {
                String swap = parts.get(i);
                parts.set(i, parts.get(j));
                parts.set(j, swap);
            }
        }
        return parts;
    }

    // ------------------------------------------------------------------ seeds

    /** The test theories, and the samples when the repository has them. */
    static List<String> seedTexts() {
        List<Path> files = new ArrayList<>();
        files.addAll(tocFilesUnder(Path.of("src/test/resources")));
        files.addAll(tocFilesUnder(Path.of("../samples")));
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length < 200_000) {
                    texts.add(new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static List<Path> tocFilesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".toc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
