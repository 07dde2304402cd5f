package org.tocworkbench.compiler.golden;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.HumanDiagnosticPrinter;
import org.tocworkbench.compiler.source.SourceLoader;

/**
 * The diagnostic cases under {@code src/test/resources/diagnostics}: one or more {@code .toc}
 * files per code, named after it ({@code TOC201-cycle.toc}). Files in sub-folders are only
 * imported by cases. Paths are relative to the compiler module, the tests' working folder, so
 * the output is the same on every machine.
 */
public final class DiagnosticCases {
    public static final Path FOLDER = Path.of("src/test/resources/diagnostics");

    /** Inputs that cannot be committed (a NUL byte, a file over the size limit), made before the cases run. */
    public static final Path GENERATED = Path.of("target/golden-inputs");

    private DiagnosticCases() {
    }

    public static List<Path> all() {
        return Golden.cases(FOLDER, ".toc");
    }

    /** The code a case is named after: {@code TOC201-cycle.toc} → {@code TOC201}. */
    public static String codeId(Path caseFile) {
        String name = caseFile.getFileName().toString();
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    public static Compilation compile(Path caseFile) {
        prepareGeneratedInputs();
        return new TocCompiler().compile(caseFile, CompileOptions.DEFAULT);
    }

    /** What `toc check` prints for the case, without the summary line. */
    public static String humanOutput(Path caseFile) {
        HumanDiagnosticPrinter printer = new HumanDiagnosticPrinter();
        return compile(caseFile).diagnostics().stream().map(d -> printer.print(d) + "\n").collect(Collectors.joining());
    }

    /** Writes the generated inputs that some cases import; idempotent. */
    public static synchronized void prepareGeneratedInputs() {
        try {
            Files.createDirectories(GENERATED);
            Path notText = GENERATED.resolve("not-text.toc");
            if (!Files.exists(notText)) {
                Files.write(notText, "impact I \"Prepared\"\nactivity A1 \"Train\"\0\nA1 -> I\n"
                        .getBytes(StandardCharsets.UTF_8));
            }
            Path tooLarge = GENERATED.resolve("too-large.toc");
            if (!Files.exists(tooLarge) || Files.size(tooLarge) <= SourceLoader.MAX_BYTES) {
                try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
                    file.setLength(SourceLoader.MAX_BYTES + 1024 * 1024); // sparse: costs no disk space
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
