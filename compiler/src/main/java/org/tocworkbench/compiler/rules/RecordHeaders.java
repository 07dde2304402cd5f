package org.tocworkbench.compiler.rules;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.tocworkbench.compiler.model.RecordSource;

/**
 * Reads the header of a records file at check time, so that a column named in a definition that
 * the file does not have is a compile-time error (TOC306). The compiler reads no spreadsheets
 * itself: the evaluator provides this through {@link ServiceLoader}; without it the check waits
 * for evaluation, where the same problem is a data issue.
 */
public interface RecordHeaders {
    /**
     * The headers of the records, or empty when they cannot be read at check time (a database, a
     * missing or unreadable file). For a repeat-group sheet, its own headers then the main sheet's.
     */
    Optional<List<String>> headers(RecordSource source);

    /**
     * Whether a column name, as a definition writes it, names exactly one of the headers (full
     * name, ignoring case, or the last part of a group path).
     */
    boolean has(List<String> headers, String column);

    /**
     * The sheets of a workbook, or empty when they cannot be read at check time (a database, a CSV
     * file, a missing or unreadable file), so that a misspelt {@code sheet} or {@code join sheet}
     * is a compile-time error (TOC306) too.
     */
    default Optional<List<String>> sheets(RecordSource source) {
        return Optional.empty();
    }

    /** The provider on the class path, if any. */
    static Optional<RecordHeaders> provided() {
        return ServiceLoader.load(RecordHeaders.class, RecordHeaders.class.getClassLoader()).findFirst();
    }
}
