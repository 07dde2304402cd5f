package org.tocworkbench.compiler.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.golden.Golden;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.SourceLoader;

/**
 * The canonical layout as golden files: each {@code format/NAME.toc} is formatted and compared
 * with {@code NAME.expected}. A case that does not parse expects the syntax errors instead, and
 * the file is not formatted. Every formatted case must also be a fixed point and mean the same
 * theory ({@link FormatChecks}). {@code -Dgolden.update=true} rewrites the expectations.
 */
class FormatGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/format");
    static final String NOT_FORMATTED = "not formatted: the file has syntax errors\n";

    static List<Path> cases() {
        return Golden.cases(CASES, ".toc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void formattedFileMatchesTheExpectedFile(Path caseFile) throws IOException {
        SourceLoader.Loaded loaded = SourceLoader.decode(Files.readAllBytes(caseFile), caseFile.getFileName().toString(),
                caseFile);
        assertTrue(loaded.ok(), loaded::problem);
        SourceFile source = loaded.file();
        TocFormatter.Result result = new TocFormatter().format(source);
        String actual;
        if (result.ok()) {
            actual = FormatChecks.formatsSoundly(source);
        } else {
            HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();
            actual = NOT_FORMATTED + result.errors().stream().map(printer::print).collect(Collectors.joining("\n"));
            assertTrue(result.text() == null, "a file with syntax errors has no formatted text");
        }
        Golden.assertMatches(Golden.sibling(caseFile, ".expected"), actual);
    }
}
