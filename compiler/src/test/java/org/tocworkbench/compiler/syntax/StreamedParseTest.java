package org.tocworkbench.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * The streamed parse (tokens dropped once parsed, any lexical problem sends the file down the full
 * path) must give exactly what the full path gives: the same AST, the same diagnostics in the same
 * order. Checked on the test theories and samples, and on thousands of edits of them that put in
 * what the lexical patching handles: stray characters, curly and single quotes, split dates,
 * unterminated strings and comments, and plain syntax errors.
 */
class StreamedParseTest {
    private static final String[] INSERTS = {
        "@", ";", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\"", "\"\"\"", "/*", "*/", "#", "-", "-6", "2026-6",
        "2026-Q5", "30/06/2026", "2026", " ", "\n", "\r\n", "{", "}", "->", ",", "%", "outcome", "x", "\u00a0", "`",
    };

    @Test
    void streamedParseEqualsTheFullPathOnEditedTheories() {
        SyntaxParser parser = new SyntaxParser();
        Random random = new Random(4242L);
        List<String> texts = theories();
        assertFalse(texts.isEmpty());
        int checked = 0;
        for (String text : texts) {
            compare(parser, text, "unedited");
            for (int edit = 0; edit < 150; edit++) {
                StringBuilder edited = new StringBuilder(text);
                int changes = 1 + random.nextInt(3);
                for (int c = 0; c < changes; c++) {
                    int at = random.nextInt(edited.length() + 1);
                    if (random.nextInt(4) == 0 && at < edited.length()) {
                        edited.deleteCharAt(at);
                    } else {
                        edited.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                    }
                }
                compare(parser, edited.toString(), "edit " + edit);
                checked++;
            }
        }
        assertFalse(checked == 0);
    }

    private static void compare(SyntaxParser parser, String text, String what) {
        SourceFile source = new SourceFile("t.toc", text);
        SyntaxParser.Result streamed = parser.parse(source);
        SyntaxParser.Result full = parser.parseWithoutStreaming(source);
        assertEquals(full.diagnostics(), streamed.diagnostics(), () -> what + ":\n" + text);
        assertEquals(full.file(), streamed.file(), () -> what + ":\n" + text);
    }

    private static List<String> theories() {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../samples"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".toc")).sorted().toList()) {
                    String text = Files.readString(file);
                    if (text.length() < 20_000) {
                        texts.add(text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts.size() > 40 ? texts.subList(0, 40) : texts;
    }
}
