package org.tocworkbench.compiler.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.RecordSource;

/**
 * The compiler's tests have no evaluator on the class path: this stand-in gives {@link RecordColumnRule}
 * the header of a CSV records file (its first line, split on {@code ;} or {@code ,}), matching
 * columns as the evaluator does (full name, ignoring case, or the last part of a group path).
 */
public final class CsvRecordHeaders implements RecordHeaders {
    @Override
    public Optional<List<String>> headers(RecordSource source) {
        if (source.resolvedPath().isEmpty() || !source.location().endsWith(".csv")) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(Path.of(source.resolvedPath().get())).get(0);
            return Optional.of(Arrays.stream(first.split(first.contains(";") ? ";" : ","))
                    .map(h -> h.replace("\"", "").strip()).toList());
        } catch (IOException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean has(List<String> headers, String column) {
        String c = column.toLowerCase(java.util.Locale.ROOT);
        long endings = headers.stream().filter(h -> h.toLowerCase(java.util.Locale.ROOT).endsWith("/" + c)).count();
        return headers.stream().anyMatch(h -> h.equalsIgnoreCase(column)) || endings == 1;
    }
}
