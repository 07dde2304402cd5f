package org.tocworkbench.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.JsonDiagnosticPrinter;
import org.tocworkbench.compiler.export.ModelJsonExporter;

/**
 * JSON outputs as golden files: diagnostics as {@code toc check --format json} prints them
 * ({@code json/diagnostics}), and the model as {@code toc export --format json} writes it
 * ({@code json/export}). Each {@code .toc} case has its {@code .json} beside it.
 */
class GoldenJsonTest {
    private static final Path DIAGNOSTICS = Path.of("src/test/resources/json/diagnostics");
    private static final Path EXPORT = Path.of("src/test/resources/json/export");

    static List<Path> diagnosticCases() {
        return Golden.cases(DIAGNOSTICS, ".toc");
    }

    static List<Path> exportCases() {
        return Golden.cases(EXPORT, ".toc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagnosticCases")
    void diagnosticsAsJsonMatchTheExpectedFile(Path caseFile) {
        Compilation compilation = new TocCompiler().compile(caseFile, CompileOptions.DEFAULT);
        Golden.assertMatches(Golden.sibling(caseFile, ".json"), new JsonDiagnosticPrinter().print(compilation.diagnostics()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportCases")
    void exportedModelMatchesTheExpectedFile(Path caseFile) {
        Compilation compilation = new TocCompiler().compile(caseFile, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), () -> "an export case must compile without errors:\n"
                + Checked.of(compilation).human());
        Golden.assertMatches(Golden.sibling(caseFile, ".json"), new ModelJsonExporter().export(compilation.theory()));
    }
}
