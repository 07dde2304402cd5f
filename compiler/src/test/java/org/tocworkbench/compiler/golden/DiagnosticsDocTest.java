package org.tocworkbench.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.diagnostics.Code;

/**
 * docs/diagnostics.md documents every code, and its examples are the golden cases: each
 * {@code <!-- example TOC201-cycle -->} region holds that case's source and its expected output.
 * With {@code -Dgolden.update=true} the regions are rewritten from the cases.
 */
class DiagnosticsDocTest {
    /** The surefire working folder is the compiler module. */
    private static final Path DOC = Path.of("../docs/diagnostics.md");
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example (\\S+) -->\\n.*?<!-- end example -->", Pattern.DOTALL);

    private static String doc() throws IOException {
        assertTrue(Files.exists(DOC), DOC + " is missing");
        return Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void everyCodeHasASectionWithItsTitleAndSeverity() throws IOException {
        String doc = doc();
        List<String> missing = new ArrayList<>();
        for (Code code : Code.values()) {
            String heading = "## " + code.id() + ": " + code.title() + "\n";
            int at = doc.indexOf(heading);
            if (at < 0) {
                missing.add(heading.strip());
                continue;
            }
            String section = section(doc, at);
            if (!section.contains("Default severity: **" + code.defaultSeverity().label() + "**.")) {
                missing.add(code.id() + ": default severity " + code.defaultSeverity().label());
            }
            if (!section.contains("<!-- example " + code.id() + "-")) {
                missing.add(code.id() + ": an example region <!-- example " + code.id() + "-... -->");
            }
            if (!section.contains("**How to fix it.**")) {
                missing.add(code.id() + ": how to fix it");
            }
        }
        assertEquals(List.of(), missing, "missing from " + DOC);
    }

    @Test
    void examplesAreTheGoldenCasesAndTheirOutput() throws IOException {
        String doc = doc();
        Matcher m = EXAMPLE.matcher(doc);
        StringBuilder rewritten = new StringBuilder();
        List<String> stale = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            Path source = DiagnosticCases.FOLDER.resolve(name + ".toc");
            if (!Files.exists(source)) {
                fail(DOC + " shows the example " + name + ", but there is no case " + source);
            }
            String region = region(name, source);
            if (!region.equals(m.group())) {
                stale.add(name);
            }
            m.appendReplacement(rewritten, Matcher.quoteReplacement(region));
        }
        m.appendTail(rewritten);
        if (Golden.updating()) {
            Files.writeString(DOC, rewritten.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(List.of(), stale, "examples in " + DOC + " differ from their cases; rerun with -Dgolden.update=true");
    }

    private static String region(String name, Path source) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String output = Files.readString(Golden.sibling(source, ".expected"), StandardCharsets.UTF_8)
                .replace(DiagnosticCases.FOLDER + "/", "").stripTrailing();
        return "<!-- example " + name + " -->\n"
                + "`" + name + ".toc`:\n\n"
                + "```toc\n" + text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "```\n\n"
                + (output.isEmpty() ? "" : "```text\n" + output + "\n```\n")
                + "<!-- end example -->";
    }

    private static String section(String doc, int start) {
        int next = doc.indexOf("\n## ", start + 3);
        return next < 0 ? doc.substring(start) : doc.substring(start, next);
    }
}
