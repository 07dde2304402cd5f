package org.tocworkbench.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * A theory compiled from text in a test, with assertions that read as sentences:
 * {@code Checked.text("...").reports(Code.CYCLE, "4:1", "cycle in the results chain")}.
 */
public final class Checked {
    private final Compilation compilation;

    private Checked(Compilation compilation) {
        this.compilation = compilation;
    }

    /** Compiles text as the file {@code test.toc}, with default options. */
    public static Checked text(String text) {
        return text(text, CompileOptions.DEFAULT);
    }

    public static Checked text(String text, CompileOptions options) {
        return new Checked(new TocCompiler().compile(new SourceFile("test.toc", text), options));
    }

    public static Checked of(Compilation compilation) {
        return new Checked(compilation);
    }

    public Compilation compilation() {
        return compilation;
    }

    public List<Diagnostic> diagnostics() {
        return compilation.diagnostics();
    }

    public List<Diagnostic> all(Code code) {
        return compilation.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    /**
     * Asserts that exactly one diagnostic with this code starts at {@code position} ("line:column")
     * and that its message contains every fragment; returns it for further checks.
     */
    public Diagnostic reports(Code code, String position, String... messageFragments) {
        List<Diagnostic> matching = compilation.diagnostics().stream()
                .filter(d -> d.code() == code && position.equals(d.span().line() + ":" + d.span().column()))
                .toList();
        if (matching.size() != 1) {
            fail("expected one " + code.id() + " at " + position + ", found " + matching.size() + " among:\n" + human());
        }
        Diagnostic d = matching.get(0);
        for (String fragment : messageFragments) {
            assertTrue(d.message().contains(fragment),
                    () -> "message of " + code.id() + " at " + position + " should contain «" + fragment + "» but is «"
                            + d.message() + "»");
        }
        return d;
    }

    /** Asserts that no diagnostic has this code. */
    public Checked reportsNo(Code code) {
        List<Diagnostic> found = all(code);
        if (!found.isEmpty()) {
            fail("expected no " + code.id() + " but found:\n" + human());
        }
        return this;
    }

    /** Asserts the exact codes reported, in source order. */
    public Checked reportsExactly(Code... codes) {
        assertEquals(List.of(codes).stream().map(Code::id).collect(Collectors.joining(" ")),
                codes().stream().map(Code::id).collect(Collectors.joining(" ")),
                () -> "diagnostics were:\n" + human());
        return this;
    }

    public Checked reportsNothing() {
        return reportsExactly();
    }

    public List<Code> codes() {
        return compilation.diagnostics().stream().map(Diagnostic::code).toList();
    }

    /** Every diagnostic as `toc check` prints it. */
    public String human() {
        HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();
        return compilation.diagnostics().stream().map(d -> printer.print(d) + "\n").collect(Collectors.joining());
    }
}
