package org.tocworkbench.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

/** Every stable code has a case file named after it, and every case really produces its code. */
class EveryCodeHasAnExampleTest {
    @Test
    void everyCodeHasACaseFileNamedAfterIt() {
        List<String> caseNames = DiagnosticCases.all().stream().map(p -> p.getFileName().toString()).toList();
        List<String> missing = Arrays.stream(Code.values())
                .filter(code -> caseNames.stream().noneMatch(name -> name.startsWith(code.id() + "-")))
                .map(Code::id).toList();
        assertEquals(List.of(), missing, "codes with no case file under " + DiagnosticCases.FOLDER);
    }

    static List<Path> cases() {
        return DiagnosticCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseProducesTheCodeInItsName(Path caseFile) {
        String id = DiagnosticCases.codeId(caseFile);
        assertTrue(Code.byId(id).isPresent(), caseFile + " is not named after a code (e.g. TOC201-cycle.toc)");
        List<String> produced = DiagnosticCases.compile(caseFile).diagnostics().stream()
                .map(Diagnostic::code).map(Code::id).toList();
        assertTrue(produced.contains(id), caseFile + " should produce " + id + " but produced " + produced);
    }

    @Test
    void thereAreCases() {
        assertFalse(DiagnosticCases.all().isEmpty(), "no cases found in " + DiagnosticCases.FOLDER);
    }
}
