package org.tocworkbench.compiler.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.tocworkbench.compiler.source.Span;

/**
 * A code by which a data source names an indicator ({@code code "1.2"}): an ITT number, an IATI
 * indicator reference, a DHIS2 data element UID. Rows are matched by code before the
 * indicator's id, so that sheets need not use the theory's identifiers.
 *
 * @param code         as written, trimmed
 * @param file         the data file the code is limited to, as written after {@code in}; empty
 *                     when the code holds in every data source
 * @param resolvedFile that file's absolute path, resolved against the .toc file that declares
 *                     the code; empty when {@code file} is
 */
public record IndicatorCode(String code, Optional<String> file, Optional<String> resolvedFile, Span span) {
    public IndicatorCode {
        code = code.strip();
    }

    /** The form codes are compared in: trimmed, ignoring case. */
    public static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    public boolean scoped() {
        return file.isPresent();
    }

    /**
     * Whether a scoped code holds in the data file at {@code path}: the same file, or, when the
     * scope names a bare file name, a file of that name (data given on the command line may sit
     * elsewhere than the binding says).
     */
    public boolean appliesTo(String path) {
        if (file.isEmpty()) {
            return true;
        }
        Path data = Path.of(path).toAbsolutePath().normalize();
        if (resolvedFile.map(r -> Path.of(r).toAbsolutePath().normalize().equals(data)).orElse(false)) {
            return true;
        }
        Path written = Path.of(file.get());
        return written.getNameCount() == 1 && data.getFileName() != null
                && data.getFileName().toString().equals(written.toString());
    }
}
