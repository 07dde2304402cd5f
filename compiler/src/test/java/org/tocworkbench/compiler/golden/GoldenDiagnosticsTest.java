package org.tocworkbench.compiler.golden;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "UI" tests: for every case under {@code src/test/resources/diagnostics}, the diagnostics
 * exactly as {@code toc check} prints them must match the {@code .expected} file beside it.
 */
class GoldenDiagnosticsTest {
    static List<Path> cases() {
        return DiagnosticCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printedDiagnosticsMatchTheExpectedFile(Path caseFile) {
        Golden.assertMatches(Golden.sibling(caseFile, ".expected"), DiagnosticCases.humanOutput(caseFile));
    }
}
