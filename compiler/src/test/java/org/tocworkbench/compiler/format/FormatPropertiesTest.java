package org.tocworkbench.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.grammar.TocLexer;

/**
 * Properties of the formatter on real and generated theories: it is idempotent and keeps the
 * theory (see {@link FormatChecks}) on every sample, on theories from bench/GenerateToc.java and
 * on samples whose whitespace, comments and blank lines were shuffled; the layout does not depend
 * on the spacing it was given; and no prefix of a sample makes it throw. Reproducible: the seed is
 * fixed ({@code -Dfmt.seed=...} to change it).
 */
class FormatPropertiesTest {
    private static final long SEED = Long.getLong("fmt.seed", 20261203L);
    private static final int MUTANTS_PER_SAMPLE = Integer.getInteger("fmt.mutants", 40);
    private static final String[] WHITESPACE = {" ", " ", "  ", "\t", "\n", "\n", "\r\n", "\n\n", "\n\n\n", " \n    ",
        "\r", "\n\t\t", "   \n  \n"};

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            return files.filter(p -> p.toString().endsWith(".toc")).sorted().toList();
        }
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleFormatsIdempotentlyAndKeepsItsModel(Path sample) throws IOException {
        FormatChecks.formatsSoundly(FormatChecks.source(sample, read(sample)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shuffledWhitespaceCommentsAndBlankLinesKeepTheModel(Path sample) throws IOException {
        String text = read(sample);
        Random random = new Random(SEED + sample.getFileName().toString().hashCode());
        for (int i = 0; i < MUTANTS_PER_SAMPLE; i++) {
            String mutant = i % 2 == 0 ? reSpaced(text, random) : withComments(reSpaced(text, random), random);
            if (i % 5 == 0) {
                mutant = "\uFEFF" + mutant.replace("\r\n", "\n").replace("\n", "\r\n");
            }
            String m = mutant;
            int n = i;
            SourceFile source = FormatChecks.source(sample, mutant);
            TocFormatter.Result result = new TocFormatter().format(source);
            assertTrue(result.ok(), () -> "mutant #" + n + " of " + sample + " (seed " + SEED + ") does not parse: "
                    + result.errors() + "\n----- mutant -----\n" + m);
            FormatChecks.formatsSoundly(source);
        }
    }

    /** With comments and blank lines out of the way, the layout is a function of the tokens alone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void layoutDoesNotDependOnTheSpacingGiven(Path sample) throws IOException {
        String tokensOnly = withoutComments(read(sample));
        String expected = withoutBlankLines(format(FormatChecks.source(sample, tokensOnly)));
        Random random = new Random(SEED ^ sample.getFileName().toString().hashCode());
        for (int i = 0; i < MUTANTS_PER_SAMPLE; i++) {
            String mutant = reSpaced(tokensOnly, random);
            assertEquals(expected, withoutBlankLines(format(FormatChecks.source(sample, mutant))),
                    "respaced mutant #" + i + " of " + sample + " (seed " + SEED + ") is laid out differently");
        }
    }

    @Test
    void generatedTheoriesFormatIdempotentlyAndKeepTheirModel(@TempDir Path folder) throws Exception {
        int[] sizes = {40, 600, 2000};
        generate(folder, sizes);
        for (int nodes : sizes) {
            Path file = folder.resolve("generated-" + nodes + ".toc");
            String text = read(file);
            String formatted = FormatChecks.formatsSoundly(FormatChecks.source(file, text));
            Random random = new Random(SEED + nodes);
            FormatChecks.formatsSoundly(FormatChecks.source(file, withComments(reSpaced(text, random), random)));
            assertNotNull(formatted);
        }
    }

    private static final boolean EXHAUSTIVE = "1".equals(System.getenv("TOC_EXHAUSTIVE"));

    /**
     * Every prefix of every sample, as an editor sends a file being typed: never a throw, and
     * either text or errors that agree with the compiler's. The first 1,000 characters of each
     * sample are cut at every character, the rest at a stride, for several thousand prefixes in
     * all; with the environment variable {@code TOC_EXHAUSTIVE=1} (CI sets it) at every character
     * to the end, some 70,000 prefixes, which takes minutes rather than seconds.
     */
    @Test
    void noPrefixOfASampleBreaksTheFormatter() throws IOException {
        TocFormatter formatter = new TocFormatter();
        int tried = 0;
        for (Path sample : samples()) {
            String text = read(sample);
            int stride = EXHAUSTIVE ? 1 : Math.max(1, text.length() / 300);
            for (int end = 0; end <= text.length(); end += end < 1000 ? 1 : stride) {
                String prefix = text.substring(0, end);
                SourceFile source = FormatChecks.source(sample, prefix);
                TocFormatter.Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                        java.time.Duration.ofSeconds(10), () -> formatter.format(source),
                        () -> "prefix of " + sample + " up to " + prefix.length() + " hangs");
                FormatChecks.assertAgreesWithTheCompiler(source, result);
                if (result.ok()) {
                    assertNotNull(result.text(), "no text and no errors");
                    FormatChecks.assertLayout(sample + " prefix " + end, result.text());
                } else {
                    assertNull(result.text(), "text returned for a file with errors");
                }
                tried++;
            }
        }
        assertTrue(tried >= 3000, "too few prefixes tried: " + tried);
    }

    /**
     * Samples damaged at random (a token deleted, doubled or moved, a character inserted): the
     * formatter never throws; a mutant that still parses formats soundly, one that does not is refused.
     */
    @Test
    void damagedSamplesAreFormattedSoundlyOrRefused() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path sample : samples()) {
            texts.add(read(sample));
        }
        String[] inserts = {"{", "}", "->", ",", "\"", "/*", "*/", "#", "%", "-", "\n", " feedback", " by X",
            " horizon", " 2026-06", " \"text\"", " description", " members"};
        Random random = new Random(SEED);
        TocFormatter formatter = new TocFormatter();
        int parsed = 0;
        for (int i = 0; i < 400; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            List<String> parts = new ArrayList<>(List.of(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)", -1)));
            int at = random.nextInt(parts.size());
            switch (random.nextInt(4)) {
                case 0 -> parts.remove(at);
                case 1 -> parts.add(at, parts.get(at));
                case 2 -> parts.add(random.nextInt(parts.size()), parts.remove(at));
                default -> parts.add(at, inserts[random.nextInt(inserts.length)]);
            }
            String mutant = String.join("", parts);
            SourceFile source = new SourceFile("mutant-" + i + ".toc", mutant);
            TocFormatter.Result result = formatter.format(source);
            FormatChecks.assertAgreesWithTheCompiler(source, result);
            if (result.ok()) {
                parsed++;
                FormatChecks.formatsSoundly(source);
            } else {
                assertNull(result.text());
            }
        }
        assertTrue(parsed > 20, "too few damaged samples still parse to test anything: " + parsed);
    }

    // ------------------------------------------------------------------ helpers

    private static String format(SourceFile source) {
        TocFormatter.Result result = new TocFormatter().format(source);
        assertTrue(result.ok(), () -> "does not parse: " + result.errors());
        return result.text();
    }

    private static String withoutBlankLines(String text) {
        return text.replaceAll("\n\n+", "\n");
    }

    private static List<Token> tokens(String text) {
        TocLexer lexer = new TocLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        return new ArrayList<>(stream.getTokens());
    }

    /** Every run of whitespace between tokens replaced by a random one; a line comment keeps a line end after it. */
    static String reSpaced(String text, Random random) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token token : tokens(text)) {
            if (token.getType() == Token.EOF) {
                break;
            }
            if (token.getType() == TocLexer.WS) {
                String ws = WHITESPACE[random.nextInt(WHITESPACE.length)];
                if (previous != null && previous.getType() == TocLexer.LINE_COMMENT && !ws.contains("\n")
                        && !ws.contains("\r")) {
                    ws = ws + "\n";
                }
                out.append(ws);
            } else {
                out.append(token.getText());
            }
            previous = token;
        }
        return out.toString();
    }

    /** Comments of both kinds inserted at random places between tokens. */
    static String withComments(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens(text)) {
            if (token.getType() == Token.EOF) {
                break;
            }
            out.append(token.getText());
            if (token.getType() == TocLexer.WS && random.nextInt(8) == 0) {
                out.append(switch (random.nextInt(4)) {
                    case 0 -> "# inserted line comment\n";
                    case 1 -> "// inserted ünïcode comment 🙂\n";
                    case 2 -> "/* inserted */ ";
                    default -> "/* inserted\n   over two lines */\n";
                });
            }
        }
        return out.toString();
    }

    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens(text)) {
            if (token.getType() == Token.EOF) {
                break;
            }
            boolean comment = token.getType() == TocLexer.LINE_COMMENT || token.getType() == TocLexer.BLOCK_COMMENT;
            out.append(comment ? "\n" : token.getText());
        }
        return out.toString();
    }

    /** Compiles bench/GenerateToc.java once, in this JVM, and runs it for each size. */
    private static void generate(Path folder, int[] sizes) throws Exception {
        Path classes = Files.createDirectories(folder.resolve("classes"));
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK is needed to compile bench/GenerateToc.java");
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, "-d", classes.toString(), "../bench/GenerateToc.java");
        assertEquals(0, status, () -> "bench/GenerateToc.java does not compile: " + messages);
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()})) {
            java.lang.reflect.Method main = loader.loadClass("GenerateToc").getMethod("main", String[].class);
            for (int nodes : sizes) {
                main.invoke(null, (Object) new String[] {String.valueOf(nodes),
                    folder.resolve("generated-" + nodes + ".toc").toString(), "7"});
            }
        }
    }
}
